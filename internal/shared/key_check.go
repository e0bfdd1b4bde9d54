package shared

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// AbsentIfNotFound turns Seam's "not found" for a lookup into no object and no error: the
// answer a check whether a key is free wants.
func AbsentIfNotFound[T any](object *T, err error) (*T, error) {
	var notFound *seam.NotFoundError
	if errors.As(err, &notFound) {
		return nil, nil
	}
	return object, err
}

// KeyCheck is the check, before a create or a key change, that a key is free: Seam allows one
// object of a kind per key in a workspace.
type KeyCheck[T any] struct {
	Object  Descriptor
	KeyAttr string
	// Lookup gets the object that holds a key, or nil (AbsentIfNotFound).
	Lookup func(ctx context.Context, client *seam.Client, key string) (*T, error)
	ID     func(*T) string
	// Rotate says what create_before_destroy needs, for the create's error.
	Rotate string
	Source Source
}

// Free is nil when key is free, or held by self (the object being updated; "" on a create);
// else the error that names the holder and what to do, or the lookup's error.
func (k KeyCheck[T]) Free(ctx context.Context, client *seam.Client, key, self string) diag.Diagnostic {
	holder, d := k.Holder(ctx, client, key)
	if d != nil {
		return d
	}
	return k.Taken(holder, key, self)
}

// Holder is the object that holds key, or nil; a failed lookup is its error.
func (k KeyCheck[T]) Holder(ctx context.Context, client *seam.Client, key string) (*T, diag.Diagnostic) {
	holder, err := k.Lookup(ctx, client, key)
	if err != nil {
		return nil, APIErrorDiagnostic(fmt.Sprintf("Checking whether %s with %s %q exists", k.Object.WithArticle(), k.KeyAttr, key), err, k.Source)
	}
	return holder, nil
}

// Taken is the error for key held by holder, or nil when none holds it or self does.
func (k KeyCheck[T]) Taken(holder *T, key, self string) diag.Diagnostic {
	switch {
	case holder == nil || k.ID(holder) == self:
		return nil
	case self == "":
		return KeyTakenOnCreate(k.Object, k.KeyAttr, key, k.ID(holder), k.Rotate)
	}
	return KeyTakenOnUpdate(k.Object, k.KeyAttr, key, self, k.ID(holder))
}
