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

// passThrough answers a devices or connected accounts route from Seam's fake, and the
// stand-in's own seeded devices and accounts (Seed), which the fake cannot hold by thousands.
func (s *Server) passThrough(r *http.Request, p params) answer {
	switch r.URL.Path {
	case "/devices/list":
		return s.listDevices(r, p)
	case "/connected_accounts/list":
		return s.listAccounts(r, p)
	}
	if own := s.ownDiscovered(r, p); own != nil {
		return ok(own)
	}
	status, out, err := s.askFake(r.Context(), r, r.URL.Path, p)
	if err != nil {
		return fail(http.StatusInternalServerError, "internal_server_error", "the stand-in could not ask Seam's fake: "+err.Error())
	}
	if device, ok := out["device"].(map[string]any); ok {
		who, _ := s.authenticate(r)
		s.mu.Lock()
		s.placeDevice(device)
		s.placePresets(who.workspaceID, device)
		s.mu.Unlock()
	}
	if account, ok := out["connected_account"].(map[string]any); ok {
		withReport(account)
	}
	return answer{status, out}
}

// withReport gives a connected account of Seam's fake the errors and warnings Seam's schema
// requires and the fake leaves out (rule fakeAccountsReport): empty, as for an account in order.
func withReport(account map[string]any) map[string]any {
	for _, field := range []string{"errors", "warnings"} {
		if _, ok := account[field]; !ok {
			account[field] = []any{}
		}
	}
	return account
}

// ownDiscovered answers a get of one of the stand-in's own devices or accounts, or nil.
func (s *Server) ownDiscovered(r *http.Request, p params) map[string]any {
	who, refusal := s.authenticate(r)
	if refusal != nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	kind, field, own := "device", "device_id", s.devices
	if r.URL.Path == "/connected_accounts/get" {
		kind, field, own = "connected_account", "connected_account_id", s.accounts
	}
	id, _ := p.str(field)
	for _, o := range own {
		if o.workspaceID == who.workspaceID && o.json[field] == id {
			object := clone(o.json)
			if kind == "device" {
				s.placeDevice(object)
				s.placePresets(who.workspaceID, object)
			}
			return map[string]any{kind: object}
		}
	}
	return nil
}

// listDevices lists the fake's devices and the stand-in's own, each with the stand-in's
// spaces that hold it, a page at a time; the space_id filter is the stand-in's, the rest the
// fake's (and, for its own devices, the stand-in's of the same meaning).
func (s *Server) listDevices(r *http.Request, p params) answer {
	spaceID, bySpace := p.str("space_id")
	forwarded := params{}
	for k, v := range p {
		if k != "space_id" && k != "limit" && k != "page_cursor" {
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
	who, _ := s.authenticate(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	devices := []map[string]any{}
	for _, d := range raw {
		device, _ := d.(map[string]any)
		devices = append(devices, device)
	}
	for _, o := range s.devices {
		if o.workspaceID == who.workspaceID && matchesDeviceFilter(o.json, forwarded) {
			devices = append(devices, clone(o.json))
		}
	}
	kept := devices[:0]
	for _, device := range devices {
		if held := s.placeDevice(device); !bySpace || slices.Contains(held, spaceID) {
			s.placePresets(who.workspaceID, device)
			kept = append(kept, device)
		}
	}
	return pageOf("devices", kept, p, 500)
}

// matchesDeviceFilter applies /devices/list's filters the provider sends to a device of the
// stand-in's own.
func matchesDeviceFilter(device map[string]any, p params) bool {
	properties, _ := device["properties"].(map[string]any)
	for field, got := range map[string]any{"device_type": device["device_type"], "connected_account_id": device["connected_account_id"],
		"manufacturer": properties["manufacturer"]} {
		if want, ok := p.str(field); ok && got != want {
			return false
		}
	}
	return true
}

// listAccounts lists the fake's connected accounts and the stand-in's own, a page at a time.
func (s *Server) listAccounts(r *http.Request, p params) answer {
	forwarded := params{}
	for k, v := range p {
		if k != "limit" && k != "page_cursor" {
			forwarded[k] = v
		}
	}
	status, out, err := s.askFake(r.Context(), r, "/connected_accounts/list", forwarded)
	if err != nil {
		return fail(http.StatusInternalServerError, "internal_server_error", "the stand-in could not ask Seam's fake: "+err.Error())
	}
	if status != http.StatusOK {
		return answer{status, out}
	}
	raw, _ := out["connected_accounts"].([]any)
	who, _ := s.authenticate(r)
	accounts := []map[string]any{}
	for _, a := range raw {
		account, _ := a.(map[string]any)
		accounts = append(accounts, withReport(account))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(forwarded) == 0 {
		for _, o := range s.accounts {
			if o.workspaceID == who.workspaceID {
				accounts = append(accounts, clone(o.json))
			}
		}
	}
	return pageOf("connected_accounts", accounts, p, 11000)
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

// The rules the routes of this file follow.
const (
	ownDiscovered      Rule = "devices and connected accounts seeded in the stand-in join the fake's"
	fakeAccountsReport Rule = "a connected account of the fake's has Seam's errors and warnings (empty)"
	fakeDiscovers      Rule = "devices and connected accounts are Seam's fake's"
	deviceSpaces       Rule = "a device names the spaces it is in"
	deviceListBySpace  Rule = "devices are listed by space_id"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		ownDiscovered: {Path: "/devices/list", Assumed: "the fake holds five seeded devices; a fleet of thousands, for the lists' " +
			"tests and benchmarks, is the stand-in's own, copies of the fake's first device or account with IDs of their own"},
		fakeAccountsReport: {Path: "/connected_accounts/get", Says: "Errors associated with the connected account.",
			Assumed: "Seam's schema requires them and Seam's fake leaves them out; an account in order has none"},
		fakeDiscovers: {Path: "/devices/list", Assumed: "Seam discovers devices and connected accounts; the stand-in passes " +
			"these routes to Seam's fake, which holds seeded ones"},
		deviceSpaces:      {Path: "/devices/get", Says: "IDs of the spaces the device is in."},
		deviceListBySpace: {Path: "/devices/list", Says: "ID of the space for which you want to list devices."},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/devices/get": {passThrough: true, rules: []Rule{fakeDiscovers, deviceSpaces, ownDiscovered, presetsOnDevice, presetsShipped,
			presetFallback}},
		"/devices/list": {passThrough: true, rules: []Rule{fakeDiscovers, deviceSpaces, deviceListBySpace, ownDiscovered, pagesOfLimit,
			presetsOnDevice, presetsShipped, presetFallback}},
		"/connected_accounts/get":  {passThrough: true, rules: []Rule{fakeDiscovers, ownDiscovered, fakeAccountsReport}},
		"/connected_accounts/list": {passThrough: true, rules: []Rule{fakeDiscovers, ownDiscovered, pagesOfLimit, fakeAccountsReport}},
	})
}
