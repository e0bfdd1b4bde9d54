package standin

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
)

// What Seam discovers (devices, connected accounts) the stand-in takes from Seam's fake, which
// holds them seeded: it passes those routes on with the caller's credential, and answers with
// the fake's answer, but for what only the stand-in knows: which of its spaces hold a device.

// passThrough answers a devices or connected accounts route from Seam's fake.
func (s *Server) passThrough(r *http.Request, p params) answer {
	if r.URL.Path == "/devices/list" {
		return s.listDevices(r, p)
	}
	status, out, err := s.askFake(r.Context(), r, r.URL.Path, p)
	if err != nil {
		return fail(http.StatusInternalServerError, "internal_server_error", "the stand-in could not ask Seam's fake: "+err.Error())
	}
	if device, ok := out["device"].(map[string]any); ok {
		s.mu.Lock()
		s.placeDevice(device)
		s.mu.Unlock()
	}
	return answer{status, out}
}

// listDevices lists the fake's devices, each with the stand-in's spaces that hold it; the
// space_id filter is the stand-in's, the rest the fake's.
func (s *Server) listDevices(r *http.Request, p params) answer {
	spaceID, bySpace := p.str("space_id")
	forwarded := params{}
	for k, v := range p {
		if k != "space_id" {
			forwarded[k] = v
		}
	}
	status, out, err := s.askFake(r.Context(), r, "/devices/list", forwarded)
	if err != nil {
		return fail(http.StatusInternalServerError, "internal_server_error", "the stand-in could not ask Seam's fake: "+err.Error())
	}
	if status != http.StatusOK {
		return answer{status, out}
	}
	raw, _ := out["devices"].([]any)
	devices := []any{}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range raw {
		device, _ := d.(map[string]any)
		if held := s.placeDevice(device); bySpace && !slices.Contains(held, spaceID) {
			continue
		}
		devices = append(devices, device)
	}
	out["devices"] = devices
	return answer{status, out}
}

// placeDevice sets a device's space_ids to the stand-in's spaces that hold it, and returns
// them; s.mu must be held.
func (s *Server) placeDevice(device map[string]any) []string {
	id, _ := device["device_id"].(string)
	spaceIDs := []string{}
	for _, sp := range s.spaces {
		if slices.Contains(sp.DeviceIDs, id) {
			spaceIDs = append(spaceIDs, sp.SpaceID)
		}
	}
	device["space_ids"] = spaceIDs
	return spaceIDs
}

// askFake sends the caller's request to Seam's fake, with the caller's credential.
func (s *Server) askFake(ctx context.Context, r *http.Request, path string, p params) (int, map[string]any, error) {
	body, err := json.Marshal(p)
	if err != nil {
		return 0, nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.authority.fakeURL+path, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	for _, h := range []string{"Authorization", "Seam-Workspace", "Client-Session-Token"} {
		if v := r.Header.Get(h); v != "" {
			req.Header.Set(h, v)
		}
	}
	if workspace := r.Header.Get("Seam-Workspace"); workspace != "" && strings.HasPrefix(path, "/devices/") {
		key, err := s.authority.apiKeyOf(ctx, workspace)
		if err != nil {
			return 0, nil, err
		}
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Del("Seam-Workspace")
	}
	resp, err := s.authority.http.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, nil, err
	}
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		return 0, nil, fmt.Errorf("%s answered HTTP %d with a body that is not JSON", path, resp.StatusCode)
	}
	return resp.StatusCode, out, nil
}

// knownDevices are the IDs of the devices the caller's workspace has, as the fake says.
func (s *Server) knownDevices(r *http.Request) ([]string, error) {
	status, out, err := s.askFake(r.Context(), r, "/devices/list", params{})
	if err != nil {
		return nil, err
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("/devices/list answered HTTP %d", status)
	}
	raw, _ := out["devices"].([]any)
	ids := make([]string, 0, len(raw))
	for _, d := range raw {
		device, _ := d.(map[string]any)
		id, _ := device["device_id"].(string)
		ids = append(ids, id)
	}
	return ids, nil
}
