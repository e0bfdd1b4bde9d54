package seam

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
)

// workspaceCache holds the workspace the client's credential acts in, once Seam has said it:
// an API key or a client session token belongs to one workspace for good.
type workspaceCache struct {
	mu sync.Mutex
	id string
}

var routeGetWorkspace = declare(route{"/workspaces/get", safeToRepeat, anyCredential, object{name: "workspace", plural: "workspaces"}})

// Workspace is the ID of the workspace the client acts in: a personal access token's own
// workspace_id, or for other credentials what /workspaces/get answers, asked once per client.
func (c *Client) Workspace(ctx context.Context) (string, error) {
	if id := c.credential.WorkspaceID(); id != "" {
		return id, nil
	}
	c.workspace.mu.Lock()
	defer c.workspace.mu.Unlock()
	if c.workspace.id != "" {
		return c.workspace.id, nil
	}
	var out struct {
		Workspace struct {
			WorkspaceID string `json:"workspace_id"`
		} `json:"workspace"`
	}
	err := c.call(ctx, routeGetWorkspace, struct{}{}, func(b []byte) error {
		if err := json.Unmarshal(b, &out); err != nil {
			return describeJSONError(err)
		}
		if out.Workspace.WorkspaceID == "" {
			return errors.New("it has no workspace.workspace_id")
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	c.workspace.id = out.Workspace.WorkspaceID
	return c.workspace.id, nil
}
