package shared

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// SettleByKey prepares a create with a key: the key must be free (check.Free), and a lost
// answer is settled by the object under it (FindByKey), adopted if holds says it is what
// the create asked for.
func (lc *LostCreate[T]) SettleByKey(ctx context.Context, client *seam.Client, check KeyCheck[T], key string, holds func(*T) bool) diag.Diagnostic {
	if d := check.Free(ctx, client, key, ""); d != nil {
		return d
	}
	lc.Find = FindByKey(lc.Object, check.KeyAttr, key, check.Lookup, holds, check.ID)
	return nil
}

// SettleByNewOne prepares a create without a key: it lists the objects before the create, so
// that a lost answer is settled by the one new object that matches (FindNew). asked describes
// the request, for messages.
func (lc *LostCreate[T]) SettleByNewOne(ctx context.Context, client *seam.Client, asked string, list func(context.Context, *seam.Client) ([]T, error),
	id func(*T) string, matches func(*T) bool) diag.Diagnostic {
	items, err := list(ctx, client)
	if err != nil {
		return APIErrorDiagnostic(fmt.Sprintf("%s: listing the %s it has before", lc.Action, lc.Object.Plural()), err, lc.Source)
	}
	before := make(map[string]bool, len(items))
	for i := range items {
		before[id(&items[i])] = true
	}
	lc.Find = FindNew(lc.Object, asked, before, list, id, matches)
	return nil
}

// FindByKey finds a lost create's object under its key, unique in the workspace: lookup
// returns the object the key holds, or nil. The object is this create's only if it holds
// what the create asked for (holds); else it may be someone else's, made meanwhile.
func FindByKey[T any](d Descriptor, keyAttr, key string, lookup func(context.Context, *seam.Client, string) (*T, error),
	holds func(*T) bool, id func(*T) string) func(context.Context, *seam.Client) (Finding[T], error) {
	return func(ctx context.Context, client *seam.Client) (Finding[T], error) {
		f := Finding[T]{
			Searched: fmt.Sprintf("the %s with %s %q", d.Noun, keyAttr, key),
			Again:    fmt.Sprintf("Applying again is safe: the provider checks that the %s is free before it creates.", keyAttr),
		}
		found, err := lookup(ctx, client, key)
		switch {
		case err != nil || found == nil:
		case holds(found):
			f.Made = found
		default:
			f.Suspects = []string{id(found)}
			f.Why = "it differs from what this create asked for, so it may have been made by someone else"
		}
		return f, err
	}
}

// FindNew finds a lost create's object when Seam gives it no key: the one object listed now
// and not before the create (before) that matches what the create asked for. Several such
// objects cannot be told apart, so none is adopted. asked describes the request.
func FindNew[T any](d Descriptor, asked string, before map[string]bool, list func(context.Context, *seam.Client) ([]T, error),
	id func(*T) string, matches func(*T) bool) func(context.Context, *seam.Client) (Finding[T], error) {
	return func(ctx context.Context, client *seam.Client) (Finding[T], error) {
		f := Finding[T]{
			Searched: fmt.Sprintf("new %s %s, listed before and after the create", d.Plural(), asked),
			Again: fmt.Sprintf("Applying again creates it. Should such %s appear in Seam later, delete it or import it (%s).",
				d.WithArticle(), d.ImportCommand("<"+d.IDAttr+">")),
		}
		items, err := list(ctx, client)
		if err != nil {
			return f, err
		}
		var fresh []*T
		for i := range items {
			if !before[id(&items[i])] && matches(&items[i]) {
				fresh = append(fresh, &items[i])
			}
		}
		switch len(fresh) {
		case 0:
		case 1:
			f.Made = fresh[0]
		default:
			for _, x := range fresh {
				f.Suspects = append(f.Suspects, id(x))
			}
			f.Why = fmt.Sprintf("%d new ones match it, and nothing tells which this create made", len(fresh))
		}
		return f, nil
	}
}
