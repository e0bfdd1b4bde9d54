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
		return nil, &partialObject{id: idIn(raw, key), err: describeJSONError(inField(err, key))}
	}
	if field := P(&v).missingField(); field != "" {
		return nil, &partialObject{id: idIn(raw, key), err: fmt.Errorf("its %s has no %s", key, field)}
	}
	return &v, nil
}

// partialObject is an object Seam answered with that the client cannot use, and its Seam ID
// when the answer held one: a create that answered so made the object all the same.
type partialObject struct {
	id  string
	err error
}

func (e *partialObject) Error() string { return e.err.Error() }

func (e *partialObject) Unwrap() error { return e.err }

// objectID is the ID, or "" for none (and for a nil e, which errors.As leaves when it finds none).
func (e *partialObject) objectID() string {
	if e == nil {
		return ""
	}
	return e.id
}

// idIn reads the object's own ID (client_session_id under client_session, and so on) out of
// raw, or "": every Seam object names its ID after itself.
func idIn(raw json.RawMessage, key string) string {
	var fields map[string]json.RawMessage
	var id string
	if json.Unmarshal(raw, &fields) != nil || json.Unmarshal(fields[key+"_id"], &id) != nil {
		return ""
	}
	return id
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
