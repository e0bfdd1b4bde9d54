package seamspec

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
)

// Validator checks requests to Seam and Seam's responses against the document. Formats
// are checked as kin-openapi checks them by default: date-time is, uuid is not, because
// Seam's own fake server uses readable IDs such as "cst1".
type Validator struct {
	doc     *openapi3.T
	options *openapi3filter.Options
}

// NewValidator returns a validator over the embedded document.
func NewValidator() (*Validator, error) {
	doc, err := Document()
	if err != nil {
		return nil, err
	}
	return &Validator{doc: doc, options: &openapi3filter.Options{
		AuthenticationFunc: authenticate,
		SchemaValidationOptions: []openapi3.SchemaValidationOption{
			// The schema itself is in the document; the messages name the field and the reason.
			openapi3.DisableSchemaErrorDetails(),
		},
	}}, nil
}

// Request checks a request (its body passed apart, as it is already read) against the
// operation for its path and method: parameters, body schema and security.
func (v *Validator) Request(ctx context.Context, r *http.Request, body []byte) (*openapi3filter.RequestValidationInput, error) {
	item := v.doc.Paths.Find(r.URL.Path)
	if item == nil {
		return nil, fmt.Errorf("%s %s: Seam's OpenAPI has no such path", r.Method, r.URL.Path)
	}
	op := item.GetOperation(r.Method)
	if op == nil {
		return nil, fmt.Errorf("%s %s: Seam's OpenAPI has no %s operation on this path", r.Method, r.URL.Path, r.Method)
	}
	clone := r.Clone(ctx)
	clone.Body = io.NopCloser(bytes.NewReader(body))
	clone.GetBody = nil
	input := &openapi3filter.RequestValidationInput{
		Request: clone,
		Route:   &routers.Route{Spec: v.doc, Path: r.URL.Path, PathItem: item, Method: r.Method, Operation: op},
		Options: v.options,
	}
	if err := openapi3filter.ValidateRequest(ctx, input); err != nil {
		return nil, fmt.Errorf("%s %s: the request does not conform to Seam's OpenAPI: %w", r.Method, r.URL.Path, err)
	}
	return input, nil
}

// Response checks a response to a request that Request accepted. Statuses the document
// does not list (404, 429, 5xx) are not checked, as Seam documents only 200, 400 and 401.
func (v *Validator) Response(ctx context.Context, req *openapi3filter.RequestValidationInput, status int, header http.Header, body []byte) error {
	input := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: req,
		Status:                 status,
		Header:                 header,
		Body:                   io.NopCloser(bytes.NewReader(body)),
		Options:                v.options,
	}
	if err := openapi3filter.ValidateResponse(ctx, input); err != nil {
		return fmt.Errorf("%s %s: Seam's answer (HTTP %d) does not conform to Seam's OpenAPI: %w",
			req.Request.Method, req.Request.URL.Path, status, err)
	}
	return nil
}
