package standin

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"
)

// caller is who a request comes from: a workspace, and for a client session token its session.
type caller struct {
	workspaceID string
	// session is set when the credential is a client session token.
	session *Session
}

// authority resolves API keys and personal access tokens through Seam's fake server, which
// stays the one source of workspaces and keys; the stand-in adds only sessions of its own,
// whose tokens it resolves itself. Answers are cached per credential.
type authority struct {
	fakeURL string
	http    *http.Client
	mu      sync.Mutex
	cache   map[[2]string]string
}

func newAuthority(fakeURL string) *authority {
	return &authority{fakeURL: fakeURL, http: &http.Client{Timeout: 10 * time.Second}, cache: map[[2]string]string{}}
}

// workspaceOf asks the fake which workspace the request's credential acts in; "" when the
// fake refuses it.
func (a *authority) workspaceOf(ctx context.Context, h http.Header) (string, error) {
	key := [2]string{h.Get("Authorization"), h.Get("Seam-Workspace")}
	a.mu.Lock()
	ws, ok := a.cache[key]
	a.mu.Unlock()
	if ok {
		return ws, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.fakeURL+"/workspaces/get", nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", key[0])
	if key[1] != "" {
		req.Header.Set("Seam-Workspace", key[1])
	}
	resp, err := a.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		var out struct {
			Workspace struct {
				WorkspaceID string `json:"workspace_id"`
			} `json:"workspace"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return "", err
		}
		ws = out.Workspace.WorkspaceID
	}
	a.mu.Lock()
	a.cache[key] = ws
	a.mu.Unlock()
	return ws, nil
}

func bearer(h http.Header) string {
	token, _ := strings.CutPrefix(h.Get("Authorization"), "Bearer ")
	return token
}

// apiKeyOf is an API key of workspaceID, from the fake's database (read, never written): the
// fake's device routes refuse personal access tokens, which Seam's accept, so the stand-in
// asks the fake for a caller's devices with its workspace's key.
func (a *authority) apiKeyOf(ctx context.Context, workspaceID string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.fakeURL+"/_fake/database", nil)
	if err != nil {
		return "", err
	}
	resp, err := a.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var db struct {
		APIKeys []struct {
			Token       string `json:"token"`
			WorkspaceID string `json:"workspace_id"`
		} `json:"api_keys"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&db); err != nil {
		return "", err
	}
	for _, k := range db.APIKeys {
		if k.WorkspaceID == workspaceID {
			return k.Token, nil
		}
	}
	return "", errors.New("the fake has no API key of workspace " + workspaceID)
}
