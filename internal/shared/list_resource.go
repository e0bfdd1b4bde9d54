package shared

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// ListResource finds objects of one kind for `terraform query` (Terraform 1.14+): its
// configuration's filters, then Seam's list, then a result for each object, with its identity
// and, when asked, the resource's object, every secret left out (terraform query -json prints
// results in clear). An object's package gives only what differs.
type ListResource[T any] struct {
	ResourceBase
	Doc     string
	Filters map[string]listschema.Attribute
	// Find lists the objects the filters (config) select, each with what the table reads
	// beside it; withResource says whether the results hold the resource's object.
	Find    func(ctx context.Context, client *seam.Client, config Attrs, withResource bool) ([]T, error)
	Table   *Table[T]
	ID      func(*T) string
	Display func(*T) string
}

var _ list.ListResourceWithConfigure = (*ListResource[struct{}])(nil)

func (l *ListResource[T]) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	filters := l.Filters
	if filters == nil {
		filters = map[string]listschema.Attribute{}
	}
	resp.Schema = listschema.Schema{Description: l.Doc, Attributes: filters}
}

func (l *ListResource[T]) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	ctx, client, diags := l.Provider.Seam(ctx, "list."+l.Object.TypeName)
	if diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	items, err := l.Find(ctx, client, AttrsOf(req.Config.Raw), req.IncludeResource)
	if err != nil {
		diags.Append(APIErrorDiagnostic("Listing "+l.Object.Plural(), err, l.Provider.CredentialSource))
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	stream.Results = ListResults(req, items, func(item *T) list.ListResult {
		r := req.NewListResult(ctx)
		r.DisplayName = l.Display(item)
		if r.Identity != nil {
			r.Identity.Raw = IdentityValue(l.Object, l.ID(item))
		}
		if req.IncludeResource && r.Resource != nil {
			r.Resource.Raw = l.Table.ListResultValue(item)
		}
		return r
	})
}
