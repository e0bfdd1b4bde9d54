package seam

import (
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
	DeviceCount         Count     `json:"device_count"`
	ConnectedAccountIDs []string  `json:"connected_account_ids"`
	ConnectWebviewIDs   []string  `json:"connect_webview_ids"`
	// UserIdentityIDs is deprecated by Seam in favour of UserIdentityID.
	UserIdentityIDs []string `json:"user_identity_ids"`
	UserIdentityID  *string  `json:"user_identity_id"`
	CustomerKey     *string  `json:"customer_key"`
	CustomerID      *string  `json:"customer_id"`
}

// missingField names the first field the provider relies on that s lacks, or "".
func (s *ClientSession) missingField() string {
	switch {
	case s.ClientSessionID == "":
		return "client_session_id"
	case s.WorkspaceID == "":
		return "workspace_id"
	case s.Token == "":
		return "token"
	case s.CreatedAt.IsZero():
		return "created_at"
	case s.ExpiresAt.IsZero():
		return "expires_at"
	}
	return ""
}

// describeJSONError words a decoding error without quoting the body, which may hold a token.
func describeJSONError(err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var parse *time.ParseError
	var count *CountError
	switch {
	case errors.As(err, &count):
		return fmt.Errorf("device_count: %w", count)
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
