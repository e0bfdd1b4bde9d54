package seam

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// checked is a Seam object that can name the first field the provider relies on that it lacks.
type checked interface {
	missingField() string
}

// decodeOne decodes a body holding one object under key (a get, create or update answer)
// and checks the fields the provider relies on. Unknown fields are ignored; they appear as
// Seam evolves.
func decodeOne[T any, P interface {
	*T
	checked
}](body []byte, key string) (*T, error) {
	var out map[string]json.RawMessage
	if err := json.Unmarshal(body, &out); err != nil {
		return nil, describeJSONError(err)
	}
	raw, ok := out[key]
	if !ok || string(raw) == "null" {
		return nil, fmt.Errorf("it has no %s object", key)
	}
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, describeJSONError(inField(err, key))
	}
	if field := P(&v).missingField(); field != "" {
		return nil, fmt.Errorf("its %s has no %s", key, field)
	}
	return &v, nil
}

// callFor calls r and decodes the one object under key in Seam's answer.
func callFor[T any, P interface {
	*T
	checked
}](ctx context.Context, c *Client, r route, body any, key string) (*T, error) {
	var out *T
	err := c.call(ctx, r, body, func(b []byte) (err error) {
		out, err = decodeOne[T, P](b, key)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// inField names a field of the object under key by its whole path (client_session.token),
// as decoding the whole body at once would.
func inField(err error, key string) error {
	var typ *json.UnmarshalTypeError
	if !errors.As(err, &typ) {
		return err
	}
	named := *typ
	named.Field = key
	if typ.Field != "" {
		named.Field = key + "." + typ.Field
	}
	return &named
}

// ignoreBody accepts any 2xx answer: the routes that use it answer {"ok": true}.
func ignoreBody([]byte) error { return nil }
