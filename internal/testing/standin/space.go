package standin

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Space is a space as the stand-in holds it: Seam's fake has no /spaces/* routes. Its devices
// are the fake's; which space holds which is the stand-in's.
type Space struct {
	SpaceID        string
	WorkspaceID    string
	Name           string
	SpaceKey       *string
	CustomerKey    *string
	CreatedAt      time.Time
	DeviceIDs      []string
	AcsEntranceIDs []string
}

var spaceNotFound = fail(http.StatusNotFound, "space_not_found", "Space not found")

// json is the space as Seam sends it, every required field of Seam's schema included.
func (sp *Space) json() map[string]any {
	m := map[string]any{
		"space_id": sp.SpaceID, "workspace_id": sp.WorkspaceID, "name": sp.Name, "display_name": sp.Name,
		"created_at": timestamp(sp.CreatedAt), "device_count": len(sp.DeviceIDs), "acs_entrance_count": len(sp.AcsEntranceIDs),
	}
	if sp.SpaceKey != nil {
		m["space_key"] = *sp.SpaceKey
	}
	if sp.CustomerKey != nil {
		m["customer_key"] = *sp.CustomerKey
	}
	return m
}

// spaceDevices checks that every device the request names is one of the workspace's, as Seam
// does, and returns them.
func (s *Server) spaceDevices(r *http.Request, p params) ([]string, *answer) {
	ids := p.strs("device_ids")
	if len(ids) == 0 {
		return []string{}, nil
	}
	known, err := s.knownDevices(r)
	if err != nil {
		a := fail(http.StatusInternalServerError, "internal_server_error", "the stand-in could not ask Seam's fake: "+err.Error())
		return nil, &a
	}
	for _, id := range ids {
		if !slices.Contains(known, id) {
			a := fail(http.StatusNotFound, "device_not_found", "Device not found: "+id)
			return nil, &a
		}
	}
	return slices.Compact(slices.Sorted(slices.Values(ids))), nil
}

func (s *Server) findSpace(who caller, p params) *Space {
	id, hasID := p.str("space_id")
	key, hasKey := p.str("space_key")
	for _, sp := range s.spaces {
		if sp.WorkspaceID == who.workspaceID && (hasID && sp.SpaceID == id || !hasID && hasKey && sp.SpaceKey != nil && *sp.SpaceKey == key) {
			return sp
		}
	}
	return nil
}

// keyTaken reports whether another space of the workspace than self has key.
func (s *Server) spaceKeyTaken(who caller, key string, self *Space) bool {
	return slices.ContainsFunc(s.spaces, func(sp *Space) bool {
		return sp != self && sp.WorkspaceID == who.workspaceID && sp.SpaceKey != nil && *sp.SpaceKey == key
	})
}

func (s *Server) createSpace(who caller, r *http.Request, p params) answer {
	name, _ := p.str("name")
	sp := &Space{SpaceID: uuid.NewString(), WorkspaceID: who.workspaceID, Name: name, CreatedAt: time.Now(),
		AcsEntranceIDs: p.strs("acs_entrance_ids")}
	if key, ok := p.str("space_key"); ok {
		if s.spaceKeyTaken(who, key, nil) {
			return fail(http.StatusBadRequest, "invalid_input", "space_key is already in use")
		}
		sp.SpaceKey = &key
	}
	if customer, ok := p.str("customer_key"); ok {
		sp.CustomerKey = &customer
	}
	devices, refused := s.spaceDevices(r, p)
	if refused != nil {
		return *refused
	}
	sp.DeviceIDs = devices
	if sp.AcsEntranceIDs == nil {
		sp.AcsEntranceIDs = []string{}
	}
	s.spaces = append(s.spaces, sp)
	return ok(map[string]any{"space": sp.json()})
}

func (s *Server) getSpace(who caller, p params) answer {
	sp := s.findSpace(who, p)
	if sp == nil {
		return spaceNotFound
	}
	return ok(map[string]any{"space": sp.json()})
}

// listSpaces lists the caller's spaces, oldest first, with Seam's filters.
func (s *Server) listSpaces(who caller, p params) answer {
	search, bySearch := p.str("search")
	key, byKey := p.str("space_key")
	customer, byCustomer := p.str("customer_key")
	out := []map[string]any{}
	for _, sp := range s.spaces {
		matches := func(v *string, want string) bool { return v != nil && *v == want }
		found := strings.Contains(sp.Name, search) || sp.SpaceKey != nil && strings.Contains(*sp.SpaceKey, search) ||
			sp.CustomerKey != nil && strings.Contains(*sp.CustomerKey, search)
		if sp.WorkspaceID != who.workspaceID || bySearch && !found || byKey && !matches(sp.SpaceKey, key) ||
			byCustomer && !matches(sp.CustomerKey, customer) {
			continue
		}
		out = append(out, sp.json())
	}
	return pageOf("spaces", out, p, 500)
}

// updateSpace sets what the request names: the name, and the devices and entrances, which
// replace the space's. The space_key selects, as space_id does (rule spaceUpdateKeySelects).
func (s *Server) updateSpace(who caller, r *http.Request, p params) answer {
	sp := s.findSpace(who, p)
	if sp == nil {
		return spaceNotFound
	}
	if key, ok := p.str("space_key"); ok && (sp.SpaceKey == nil || *sp.SpaceKey != key) {
		return disagree("space_id", "space_key", "space")
	}
	if name, ok := p.str("name"); ok {
		sp.Name = name
	}
	if _, ok := p["device_ids"]; ok {
		devices, refused := s.spaceDevices(r, p)
		if refused != nil {
			return *refused
		}
		sp.DeviceIDs = devices
	}
	if _, ok := p["acs_entrance_ids"]; ok {
		sp.AcsEntranceIDs = append([]string{}, p.strs("acs_entrance_ids")...)
	}
	return ok(map[string]any{"space": sp.json()})
}

func (s *Server) deleteSpace(who caller, p params) answer {
	sp := s.findSpace(who, p)
	if sp == nil {
		return spaceNotFound
	}
	s.spaces = slices.DeleteFunc(s.spaces, func(x *Space) bool { return x == sp })
	return ok(map[string]any{})
}

// SetSpaceDevices puts devices in a space behind the provider's back, as Seam Console would;
// it fails the test (through fail) when there is no such space.
func (s *Server) SetSpaceDevices(spaceID string, deviceIDs []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := slices.IndexFunc(s.spaces, func(sp *Space) bool { return sp.SpaceID == spaceID })
	if i < 0 {
		s.fail("stand-in: no space %s", spaceID)
		return
	}
	s.spaces[i].DeviceIDs = deviceIDs
}

// The rules the routes of this file follow.
const (
	spaceKeyUnique               Rule = "a space_key is unique in the workspace"
	spaceDevicesOfWorkspace      Rule = "device_ids must name devices of the workspace"
	spaceCounts                  Rule = "a space counts its devices and entrances"
	spaceGetByIDOrKey            Rule = "a space is got by space_id or space_key"
	spaceSearch                  Rule = "search matches name, space_key or customer_key in part"
	spaceListByKey               Rule = "spaces are listed by space_key"
	spaceListByCustomer          Rule = "spaces are listed by customer_key"
	spaceUpdateKeySelects        Rule = "an update's space_key selects the space; no route changes a key"
	spaceUpdateName              Rule = "an update sets the space's name"
	spaceUpdateReplacesDevices   Rule = "an update's device_ids replace the space's devices"
	spaceUpdateReplacesEntrances Rule = "an update's acs_entrance_ids replace the space's entrances"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		spaceKeyUnique:          {Path: "/spaces/create", Says: "Unique key for the space within the workspace."},
		spaceDevicesOfWorkspace: {Path: "/spaces/create", Assumed: "the OpenAPI says \"IDs of the devices that you want to add to the new space\"; a device of no workspace of the caller is refused 404 device_not_found"},
		spaceCounts:             {Path: "/spaces/get", Says: "Number of devices in the space."},
		spaceGetByIDOrKey:       {Path: "/spaces/get", Says: "Unique key of the space that you want to get."},
		spaceSearch: {Path: "/spaces/list",
			Says: "Filters returned spaces to include all records that satisfy a partial match using `name`, `space_key`, or `customer_key`."},
		spaceListByKey:               {Path: "/spaces/list", Says: "Filter spaces by space_key."},
		spaceListByCustomer:          {Path: "/spaces/list", Says: "Customer key for which you want to list spaces."},
		spaceUpdateKeySelects:        {Path: "/spaces/update", Says: "Unique key of the space that you want to update."},
		spaceUpdateName:              {Path: "/spaces/update", Says: "Name of the space."},
		spaceUpdateReplacesDevices:   {Path: "/spaces/update", Says: "If specified, this will replace all existing devices."},
		spaceUpdateReplacesEntrances: {Path: "/spaces/update", Says: "If specified, this will replace all existing entrances."},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/spaces/create": {serve: func(s *Server, who caller, r *http.Request, p params) answer { return s.createSpace(who, r, p) },
			rules: []Rule{workspaceScoped, spaceKeyUnique, spaceDevicesOfWorkspace, spaceCounts}},
		"/spaces/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getSpace(who, p) },
			rules: []Rule{workspaceScoped, spaceGetByIDOrKey, spaceCounts}},
		"/spaces/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.listSpaces(who, p) },
			rules: []Rule{workspaceScoped, spaceSearch, spaceListByKey, spaceListByCustomer, oldestFirst, pagesOfLimit}},
		"/spaces/update": {serve: func(s *Server, who caller, r *http.Request, p params) answer { return s.updateSpace(who, r, p) },
			rules: []Rule{workspaceScoped, spaceUpdateKeySelects, selectorsAgree, spaceUpdateName, spaceUpdateReplacesDevices,
				spaceUpdateReplacesEntrances, spaceDevicesOfWorkspace}},
		"/spaces/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.deleteSpace(who, p) },
			rules: []Rule{workspaceScoped}},
	})
}
