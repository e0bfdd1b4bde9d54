package seam

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// ClientSession is Seam's client_session object. Optional fields are nil when absent.
type ClientSession struct {
	ClientSessionID     string    `json:"client_session_id"`
	WorkspaceID         string    `json:"workspace_id"`
	CreatedAt           time.Time `json:"created_at"`
	ExpiresAt           time.Time `json:"expires_at"`
	Token               string    `json:"token"`
	UserIdentifierKey   *string   `json:"user_identifier_key"`
	DeviceCount         int64     `json:"device_count"`
	ConnectedAccountIDs []string  `json:"connected_account_ids"`
	ConnectWebviewIDs   []string  `json:"connect_webview_ids"`
	// UserIdentityIDs is deprecated by Seam in favour of UserIdentityID.
	UserIdentityIDs []string `json:"user_identity_ids"`
	UserIdentityID  *string  `json:"user_identity_id"`
	CustomerKey     *string  `json:"customer_key"`
	CustomerID      *string  `json:"customer_id"`
}

// ClientSessionLookup names the session to get. With a client session token both fields
// may be empty: Seam then returns the token's own session.
type ClientSessionLookup struct {
	ClientSessionID   string `json:"client_session_id,omitempty"`
	UserIdentifierKey string `json:"user_identifier_key,omitempty"`
}

// GetClientSession calls /client_sessions/get.
func (c *Client) GetClientSession(ctx context.Context, lookup ClientSessionLookup) (*ClientSession, error) {
	var session *ClientSession
	err := c.post(ctx, "/client_sessions/get", lookup, func(body []byte) (err error) {
		session, err = decodeClientSessionBody(body)
		return err
	})
	if err != nil {
		return nil, err
	}
	return session, nil
}

// decodeClientSessionBody decodes a /client_sessions/get body and checks the fields
// the provider relies on. Unknown fields are ignored; they appear as Seam evolves.
func decodeClientSessionBody(body []byte) (*ClientSession, error) {
	var out struct {
		ClientSession *ClientSession `json:"client_session"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		return nil, describeJSONError(err)
	}
	s := out.ClientSession
	if s == nil {
		return nil, errors.New("it has no client_session object")
	}
	missing := func(field string) error { return fmt.Errorf("its client_session has no %s", field) }
	switch {
	case s.ClientSessionID == "":
		return nil, missing("client_session_id")
	case s.WorkspaceID == "":
		return nil, missing("workspace_id")
	case s.Token == "":
		return nil, missing("token")
	case s.CreatedAt.IsZero():
		return nil, missing("created_at")
	case s.ExpiresAt.IsZero():
		return nil, missing("expires_at")
	}
	return s, nil
}

// describeJSONError words a decoding error without quoting the body, which may hold a token.
func describeJSONError(err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var parse *time.ParseError
	switch {
	case err.Error() == "unexpected end of JSON input":
		return errors.New("it is empty or cut short")
	case errors.As(err, &syntax):
		return fmt.Errorf("it is not valid JSON (at byte %d)", syntax.Offset)
	case errors.As(err, &typ):
		return fmt.Errorf("field %s has a JSON %s where %s was expected", typ.Field, typ.Value, typ.Type)
	case errors.As(err, &parse):
		return errors.New("a timestamp is not in RFC 3339 format")
	default:
		return errors.New("it is not a JSON object of the expected shape")
	}
}
