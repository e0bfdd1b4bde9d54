package seam

import (
	"context"
	"time"
)

// Space is Seam's space object: a place (a building, a unit, a room) that holds devices and
// entrances, to which access grants give access. Seam's object counts its devices and
// entrances; which they are is listed apart (ListDevices by space_id).
type Space struct {
	SpaceID          string    `json:"space_id"`
	WorkspaceID      string    `json:"workspace_id"`
	Name             string    `json:"name"`
	DisplayName      string    `json:"display_name"`
	SpaceKey         *string   `json:"space_key"`
	CustomerKey      *string   `json:"customer_key"`
	CreatedAt        time.Time `json:"created_at"`
	DeviceCount      Count     `json:"device_count"`
	AcsEntranceCount Count     `json:"acs_entrance_count"`
}

func (s *Space) missingField() string {
	switch {
	case s.SpaceID == "":
		return "space_id"
	case s.WorkspaceID == "":
		return "workspace_id"
	case s.CreatedAt.IsZero():
		return "created_at"
	}
	return ""
}

var (
	space            = object{"space", "spaces", "space_not_found", ""}
	routeCreateSpace = declare(route{"/spaces/create", onlyIfNotSent, workspaceKeys, space})
	routeGetSpace    = declare(route{"/spaces/get", safeToRepeat, workspaceKeys, space})
	routeListSpaces  = declare(route{"/spaces/list", safeToRepeat, workspaceKeys, space})
	routeUpdateSpace = declare(route{"/spaces/update", safeToRepeat, workspaceKeys, space})
	routeDeleteSpace = declare(route{"/spaces/delete", safeToRepeat, workspaceKeys, space})
)

// CreateSpaceRequest is the body of /spaces/create; empty fields are left out.
type CreateSpaceRequest struct {
	Name           string   `json:"name"`
	SpaceKey       string   `json:"space_key,omitempty"`
	DeviceIDs      []string `json:"device_ids,omitempty"`
	AcsEntranceIDs []string `json:"acs_entrance_ids,omitempty"`
	CustomerKey    string   `json:"customer_key,omitempty"`
}

// CreateSpace calls /spaces/create. It is retried only when Seam provably did not receive it.
func (c *Client) CreateSpace(ctx context.Context, req CreateSpaceRequest) (*Space, error) {
	return callFor[Space](ctx, c, routeCreateSpace, req, "space")
}

// SpaceLookup names the space to get: by ID or by key.
type SpaceLookup struct {
	SpaceID  string `json:"space_id,omitempty"`
	SpaceKey string `json:"space_key,omitempty"`
}

// GetSpace calls /spaces/get.
func (c *Client) GetSpace(ctx context.Context, lookup SpaceLookup) (*Space, error) {
	return callFor[Space](ctx, c, routeGetSpace, lookup, "space")
}

// SpaceFilter is the body of /spaces/list; empty fields do not filter.
type SpaceFilter struct {
	Search      string `json:"search,omitempty"`
	SpaceKey    string `json:"space_key,omitempty"`
	CustomerKey string `json:"customer_key,omitempty"`
}

// ListSpaces calls /spaces/list, every page.
func (c *Client) ListSpaces(ctx context.Context, f SpaceFilter) ([]Space, error) {
	return listAll[Space](ctx, c, routeListSpaces, f, "spaces")
}

// UpdateSpaceRequest is the body of /spaces/update: the space, selected by its ID, and only
// what changes: the name, and the devices and entrances, which replace the space's. Seam's
// space_key selects a space too, and no route changes it: a new key is a new space. An update
// sets values, so repeating it changes nothing, and it is retried like a read.
type UpdateSpaceRequest struct {
	SpaceID        string           `json:"space_id"`
	Name           Change[string]   `json:"name,omitzero"`
	DeviceIDs      Change[[]string] `json:"device_ids,omitzero"`
	AcsEntranceIDs Change[[]string] `json:"acs_entrance_ids,omitzero"`
}

// UpdateSpace calls /spaces/update.
func (c *Client) UpdateSpace(ctx context.Context, req UpdateSpaceRequest) (*Space, error) {
	return callFor[Space](ctx, c, routeUpdateSpace, req, "space")
}

// DeleteSpace calls /spaces/delete. A space already gone is a NotFoundError, which a caller
// may take as success.
func (c *Client) DeleteSpace(ctx context.Context, spaceID string) error {
	body := struct {
		SpaceID string `json:"space_id"`
	}{spaceID}
	return c.call(ctx, routeDeleteSpace, body, ignoreBody)
}
