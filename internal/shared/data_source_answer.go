package shared

import (
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// Asked is what a data source asks Seam for: the kind of object, the attribute that names it
// (At), and in words the value it holds (What: `space_key "lobby"`), for the messages.
type Asked struct {
	Object Descriptor
	At     path.Path
	What   string
	Source Source
}

// Answered is Seam's answer to a data source's get, found or err: the object when it is the
// one asked for (is); else nil, and the error that says what was asked: Seam has none, the
// call failed, or Seam answered with another object, refused (id names it).
func Answered[T any](a Asked, found *T, err error, is func(*T) bool, id func(*T) string) (*T, diag.Diagnostic) {
	var notFound *seam.NotFoundError
	switch {
	case errors.As(err, &notFound):
		return nil, NotFoundDiagnostic(a.At, a.Object, a.What, notFound, a.Source)
	case err != nil:
		return nil, APIErrorDiagnostic("Reading the "+a.Object.Noun+" with "+a.What, err, a.Source)
	case !is(found):
		return nil, DifferentObjectDiagnostic(a.At, a.Object, a.What, fmt.Sprintf("%s %q", a.Object.Noun, id(found)))
	}
	return found, nil
}
