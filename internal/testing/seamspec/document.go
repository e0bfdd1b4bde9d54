// Package seamspec is Seam's published contract for the routes the provider's client calls
// (seam.Paths: client sessions, user identities, Connect Webviews, webhooks, spaces, access
// grants and access methods, devices, connected accounts, noise thresholds, climate presets,
// action attempts, workspaces): the part of the OpenAPI
// document in @seamapi/types that the provider uses, its prose, and a validator that checks HTTP
// requests and responses against it. Tests, the stand-in and the fake's proxy use it.
package seamspec

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"
)

//go:generate go run ../../cmd/seamopenapi -o testdata/seam.openapi.json -events ../../seam/event_types_generated.go

//go:embed testdata/seam.openapi.json
var documentJSON []byte

var loadDocument = sync.OnceValues(func() (*openapi3.T, error) {
	doc, err := openapi3.NewLoader().LoadFromData(documentJSON)
	if err != nil {
		return nil, fmt.Errorf("seamspec: parsing Seam's OpenAPI document: %w", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("seamspec: Seam's OpenAPI document is not valid OpenAPI: %w", err)
	}
	closeRequestBodies(doc)
	return doc, nil
})

// closeRequestBodies refuses request fields the document does not name. Seam's schemas leave
// additionalProperties open, so a misspelled field would pass; responses stay open, as Seam
// adds fields to its answers. A body that is one of several shapes (/user_identities/get: by ID
// or by key) has each shape closed, not the whole, which names no field of its own.
func closeRequestBodies(doc *openapi3.T) {
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			if op.RequestBody == nil || op.RequestBody.Value == nil {
				continue
			}
			for _, media := range op.RequestBody.Value.Content {
				closeSchema(media.Schema)
			}
		}
	}
}

func closeSchema(ref *openapi3.SchemaRef) {
	if ref == nil || ref.Value == nil {
		return
	}
	if len(ref.Value.AllOf) > 0 {
		closeAllOf(ref.Value)
		return
	}
	if alternatives := append(ref.Value.OneOf, ref.Value.AnyOf...); len(alternatives) > 0 && len(ref.Value.Properties) == 0 {
		for _, alt := range alternatives {
			closeSchema(alt)
		}
		return
	}
	if ref.Value.AdditionalProperties.Has == nil {
		closed := false
		ref.Value.AdditionalProperties.Has = &closed
	}
}

// Document is the parsed document, shared and read-only.
func Document() (*openapi3.T, error) { return loadDocument() }

// closeAllOf closes a body that is all of several parts (/access_grants/create: who, by ID or
// inline, and the rest): each part names only its own fields, so the whole, not a part, is
// closed over the fields any part names; the parts still check their own.
func closeAllOf(s *openapi3.Schema) {
	if s.Properties == nil {
		s.Properties = openapi3.Schemas{}
	}
	var collect func(*openapi3.Schema)
	collect = func(part *openapi3.Schema) {
		for name := range part.Properties {
			if _, ok := s.Properties[name]; !ok {
				s.Properties[name] = &openapi3.SchemaRef{Value: &openapi3.Schema{}}
			}
		}
		for _, alt := range slices.Concat(part.AllOf, part.OneOf, part.AnyOf) {
			if alt.Value != nil {
				collect(alt.Value)
			}
		}
	}
	for _, part := range s.AllOf {
		if part.Value != nil {
			collect(part.Value)
		}
	}
	closed := false
	s.AdditionalProperties.Has = &closed
}
