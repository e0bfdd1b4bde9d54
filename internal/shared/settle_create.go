package shared

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// LostCreate is what a resource tells the settling of a create that failed after it may have
// reached Seam: the create is never sent again, and the object is adopted only with proof
// that this create made it.
type LostCreate[T any] struct {
	Object Descriptor
	// Action is what was being done, for messages: `Creating the webhook for "https://…"`.
	Action string
	Source Source
	// Get reads an object by its Seam ID: the one a 2xx answer named, though it did not decode.
	Get func(context.Context, *seam.Client, string) (*T, error)
	// Find looks for what the create made, on the settling client: by key, or as the one new
	// object that matches the request.
	Find func(context.Context, *seam.Client) (Finding[T], error)
	// Recheck are the pauses before looking again when nothing is found: a create whose
	// answer was lost (a timeout, Ctrl-C) may still be under way at Seam. Nil is defaultRecheck.
	Recheck []time.Duration
}

// defaultRecheck looks again four times over about four seconds, well within the settle window.
var defaultRecheck = []time.Duration{250 * time.Millisecond, 500 * time.Millisecond, time.Second, 2 * time.Second}

// Finding is what a search for a create's object came to.
type Finding[T any] struct {
	// Made is the object this create provably made, or nil.
	Made *T
	// Suspects are objects that may be it, without proof (held under the key but unlike the
	// request, or several new ones), and Why says why they are not adopted.
	Suspects []string
	Why      string
	// Searched says where the provider looked, and Again what applying again does when it
	// found nothing: both for the messages.
	Searched string
	Again    string
}

// Settle turns a failed create into the object it made, with a warning, or an error that
// says what was found and what to do. Errors that cannot have made anything are worded as
// they are.
func (lc LostCreate[T]) Settle(ctx context.Context, client *seam.Client, err error) (*T, diag.Diagnostics) {
	var diags diag.Diagnostics
	if !MayHaveReachedSeam(err) {
		diags.Append(APIErrorDiagnostic(lc.Action, err, lc.Source))
		return nil, diags
	}
	ctx, cancel, settling := client.Settling(ctx)
	defer cancel()
	if id := madeID(err); id != "" {
		made, getErr := lc.Get(ctx, settling, id)
		if getErr != nil {
			diags.AddError(lc.Object.Title()+" created, but not readable",
				fmt.Sprintf("%s: Seam made %s %s, but its answer could not be used (%s), and reading it back failed too: %s. "+
					"Import it once Seam answers (%s), or delete it, before applying again: applying again would make another.",
					lc.Action, lc.Object.Noun, id, err, getErr, lc.Object.ImportCommand(id)))
			return nil, diags
		}
		diags.AddWarning("Adopted the "+lc.Object.Noun+" this create made",
			fmt.Sprintf("%s: Seam's answer could not be used (%s), but it named %s %s; the provider read it back and "+
				"adopts it.", lc.Action, err, lc.Object.Noun, id))
		return made, diags
	}
	found, findErr := lc.find(ctx, settling)
	switch {
	case findErr != nil:
		diags.AddError(lc.Object.Title()+" may have been created",
			fmt.Sprintf("%s failed after the request may have reached Seam: %s. Seam may have made the %s, and looking "+
				"for it (%s) failed too: %s. Before applying again, look for it in Seam Console and import it if it exists "+
				"(%s), or delete it: applying again may make another.",
				lc.Action, err, lc.Object.Noun, found.Searched, findErr, lc.Object.ImportCommand("<"+lc.Object.IDAttr+">")))
	case found.Made != nil:
		diags.AddWarning("Adopted the "+lc.Object.Noun+" this create made",
			fmt.Sprintf("%s failed after the request reached Seam (%s), and Seam now holds the %s that create made (%s): "+
				"the provider adopts it rather than make another.", lc.Action, err, lc.Object.Noun, found.Searched))
		return found.Made, diags
	case len(found.Suspects) > 0:
		imports := make([]string, len(found.Suspects))
		for i, id := range found.Suspects {
			imports[i] = lc.Object.ImportCommand(id)
		}
		diags.AddError(lc.Object.Title()+" may have been created",
			fmt.Sprintf("%s failed after the request may have reached Seam: %s. Looking for what it made (%s) found %s %s, "+
				"but %s, so the provider cannot tell it is this create's and adopts nothing. If one is what this resource "+
				"should manage, import it (%s); delete the others, or apply again once you have.",
				lc.Action, err, found.Searched, lc.Object.Noun, strings.Join(found.Suspects, ", "), found.Why, strings.Join(imports, "; ")))
	default:
		diags.AddError("Creating the "+lc.Object.Noun+" failed",
			fmt.Sprintf("%s failed: %s. Seam may have received it, but it shows no %s that this create made (%s): no sign "+
				"that the create took effect. %s", lc.Action, err, lc.Object.Noun, found.Searched, found.Again))
	}
	return nil, diags
}

// find looks for what the create made, and looks again after each pause of Recheck while it
// finds nothing at all: Seam may not have finished the create when its answer was lost.
func (lc LostCreate[T]) find(ctx context.Context, client *seam.Client) (Finding[T], error) {
	pauses := lc.Recheck
	if pauses == nil {
		pauses = defaultRecheck
	}
	for i := 0; ; i++ {
		found, err := lc.Find(ctx, client)
		if err != nil || found.Made != nil || len(found.Suspects) > 0 || i == len(pauses) {
			return found, err
		}
		select {
		case <-ctx.Done():
			return found, nil
		case <-time.After(pauses[i]):
		}
	}
}

// madeID is the ID a 2xx answer named, though the client could not use the answer.
func madeID(err error) string {
	var response *seam.ResponseError
	if errors.As(err, &response) {
		return response.ObjectID
	}
	return ""
}
