package shared

import (
	"context"
	"fmt"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

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

// Snapshot is the set of Seam IDs listed before a create of an object that has no key:
// what FindNew compares against.
func Snapshot[T any](ctx context.Context, client *seam.Client, list func(context.Context, *seam.Client) ([]T, error), id func(*T) string) (map[string]bool, error) {
	items, err := list(ctx, client)
	if err != nil {
		return nil, err
	}
	ids := make(map[string]bool, len(items))
	for i := range items {
		ids[id(&items[i])] = true
	}
	return ids, nil
}

// FindNew finds a lost create's object when Seam gives it no key: the one object listed now
// and not before the create (before) that matches what the create asked for. Several such
// objects cannot be told apart, so none is adopted. asked describes the request.
func FindNew[T any](d Descriptor, asked string, before map[string]bool, list func(context.Context, *seam.Client) ([]T, error),
	id func(*T) string, matches func(*T) bool) func(context.Context, *seam.Client) (Finding[T], error) {
	return func(ctx context.Context, client *seam.Client) (Finding[T], error) {
		f := Finding[T]{
			Searched: fmt.Sprintf("new %ss %s, listed before and after the create", d.Noun, asked),
			Again: fmt.Sprintf("Applying again creates it. Should such a %s appear in Seam later, delete it or import it (%s).",
				d.Noun, d.ImportCommand("<"+d.IDAttr+">")),
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
