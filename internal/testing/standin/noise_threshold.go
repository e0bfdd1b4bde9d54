package standin

import (
	"net/http"
	"regexp"
	"slices"

	"github.com/google/uuid"
)

// NoiseThreshold is a noise threshold as the stand-in holds it. The stand-in serves the
// threshold routes itself, so that each test's thresholds, and the action attempts that
// program them, are its own; a sensor's own thresholds (Seam's fake seeds them) join them the
// first time the sensor is asked about.
type NoiseThreshold struct {
	WorkspaceID string
	// Shipped marks a threshold the sensor came with, which Inventory does not count.
	Shipped bool
	JSON    map[string]any
}

// noiseSensorTypes are Seam's device types of noise sensors.
var noiseSensorTypes = []string{"noiseaware_activity_zone", "minut_sensor"}

// dailyTime is Seam's form of a time of day, as Seam's fake checks it (rule thresholdTimes).
var dailyTime = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d:[0-5]\d\[[A-Za-z_]+(/[A-Za-z0-9_+-]+)+\]$`)

var (
	thresholdNotFound = fail(http.StatusNotFound, "noise_threshold_not_found", "Noise threshold not found")
	deviceNotFound    = fail(http.StatusNotFound, "device_not_found", "Device not found")
)

func badTime(field string) answer {
	return fail(http.StatusBadRequest, "invalid_input", `Invalid time format. Must be in the format of "HH:mm:ss[time_zone]", `+
		`where time_zone is in the format of "Region/City" for "`+field+`"`)
}

// withShipped adds, once, the thresholds the fake holds for a noise sensor of the caller's
// workspace: what the sensor came with. It asks the fake, so s.mu must not be held.
func (s *Server) withShipped(who caller, r *http.Request, deviceID string) *answer {
	s.mu.Lock()
	done := s.shipped[who.workspaceID+"/"+deviceID]
	s.mu.Unlock()
	if done {
		return nil
	}
	device, own, refusal := s.deviceOf(r, deviceID)
	if refusal != nil {
		return refusal
	}
	if deviceType, _ := device["device_type"].(string); !slices.Contains(noiseSensorTypes, deviceType) {
		return &deviceNotFound
	}
	if own {
		// A sensor seeded in the stand-in came with nothing of the fake's.
		s.mu.Lock()
		defer s.mu.Unlock()
		s.shipped[who.workspaceID+"/"+deviceID] = true
		return nil
	}
	status, out, err := s.askFake(r.Context(), r, "/noise_sensors/noise_thresholds/list", params{"device_id": deviceID})
	if err != nil || status != http.StatusOK {
		a := fail(http.StatusInternalServerError, "internal_server_error", "the stand-in could not list the fake's thresholds")
		return &a
	}
	raw, _ := out["noise_thresholds"].([]any)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shipped[who.workspaceID+"/"+deviceID] {
		return nil
	}
	s.shipped[who.workspaceID+"/"+deviceID] = true
	for _, t := range raw {
		if m, ok := t.(map[string]any); ok {
			s.thresholds = append(s.thresholds, &NoiseThreshold{WorkspaceID: who.workspaceID, Shipped: true, JSON: m})
		}
	}
	return nil
}

// deviceOf is the caller's device deviceID, from the stand-in's own (own) or the fake's;
// s.mu must not be held.
func (s *Server) deviceOf(r *http.Request, deviceID string) (device map[string]any, own bool, refusal *answer) {
	if mine := s.ownDiscovered(r, params{"device_id": deviceID}); mine != nil {
		device, _ = mine["device"].(map[string]any)
		return device, true, nil
	}
	status, out, err := s.askFake(r.Context(), r, "/devices/get", params{"device_id": deviceID})
	switch {
	case err != nil:
		a := fail(http.StatusInternalServerError, "internal_server_error", "the stand-in could not ask Seam's fake: "+err.Error())
		return nil, false, &a
	case status == http.StatusNotFound:
		return nil, false, &deviceNotFound
	case status != http.StatusOK:
		return nil, false, &answer{status, out}
	}
	device, _ = out["device"].(map[string]any)
	return device, false, nil
}

// thresholdSettings copies the settings a create or update gives into t, checking the
// times; false with the refusal when one is not in Seam's form.
func thresholdSettings(t map[string]any, p params) (answer, bool) {
	for _, field := range []string{"starts_daily_at", "ends_daily_at"} {
		if v, given := p.str(field); given {
			if !dailyTime.MatchString(v) {
				return badTime(field), false
			}
			t[field] = v
		}
	}
	for _, field := range []string{"name", "noise_threshold_decibels", "noise_threshold_nrs"} {
		if v, given := p[field]; given {
			t[field] = v
		}
	}
	return answer{}, true
}

func (s *Server) createNoiseThreshold(who caller, r *http.Request, p params) answer {
	deviceID, _ := p.str("device_id")
	if refusal := s.withShipped(who, r, deviceID); refusal != nil {
		return *refusal
	}
	t := map[string]any{"noise_threshold_id": uuid.NewString(), "device_id": deviceID, "name": "Fake Noise Threshold",
		"noise_threshold_decibels": 70.0}
	if refusal, ok := thresholdSettings(t, p); !ok {
		return refusal
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.thresholds = append(s.thresholds, &NoiseThreshold{WorkspaceID: who.workspaceID, JSON: t})
	return ok(map[string]any{"noise_threshold": clone(t), "action_attempt": s.startAction(who, "CREATE_NOISE_THRESHOLD")})
}

// findThreshold is the caller's threshold with the ID given, on the device given when one
// is (rule thresholdSelectors); s.mu must be held.
func (s *Server) findThreshold(who caller, p params) *NoiseThreshold {
	id, _ := p.str("noise_threshold_id")
	deviceID, byDevice := p.str("device_id")
	for _, t := range s.thresholds {
		if t.WorkspaceID == who.workspaceID && t.JSON["noise_threshold_id"] == id && (!byDevice || t.JSON["device_id"] == deviceID) {
			return t
		}
	}
	return nil
}

func (s *Server) getNoiseThreshold(who caller, r *http.Request, p params) answer {
	s.mu.Lock()
	t := s.findThreshold(who, p)
	s.mu.Unlock()
	if t == nil {
		// One of a sensor's own the stand-in has not taken in yet: the fake knows its device.
		status, out, err := s.askFake(r.Context(), r, "/noise_sensors/noise_thresholds/get", p)
		if err != nil || status != http.StatusOK {
			return thresholdNotFound
		}
		found, _ := out["noise_threshold"].(map[string]any)
		deviceID, _ := found["device_id"].(string)
		if refusal := s.withShipped(who, r, deviceID); refusal != nil {
			return thresholdNotFound
		}
		s.mu.Lock()
		t = s.findThreshold(who, p)
		s.mu.Unlock()
		if t == nil {
			return thresholdNotFound
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return ok(map[string]any{"noise_threshold": clone(t.JSON)})
}

func (s *Server) listNoiseThresholds(who caller, r *http.Request, p params) answer {
	deviceID, _ := p.str("device_id")
	if refusal := s.withShipped(who, r, deviceID); refusal != nil {
		return *refusal
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []map[string]any{}
	for _, t := range s.thresholds {
		if t.WorkspaceID == who.workspaceID && t.JSON["device_id"] == deviceID {
			out = append(out, clone(t.JSON))
		}
	}
	return ok(map[string]any{"noise_thresholds": out})
}

func (s *Server) updateNoiseThreshold(who caller, p params) answer {
	t := s.findThreshold(who, p)
	if t == nil {
		return thresholdNotFound
	}
	updated := clone(t.JSON)
	if refusal, ok := thresholdSettings(updated, p); !ok {
		return refusal
	}
	if s.actionOutcome == ActionSucceeds {
		t.JSON = updated
	}
	return ok(map[string]any{"action_attempt": s.startAction(who, "UPDATE_NOISE_THRESHOLD")})
}

func (s *Server) deleteNoiseThreshold(who caller, p params) answer {
	t := s.findThreshold(who, p)
	if t == nil {
		return thresholdNotFound
	}
	if s.actionOutcome == ActionSucceeds {
		s.thresholds = slices.DeleteFunc(s.thresholds, func(x *NoiseThreshold) bool { return x == t })
	}
	return ok(map[string]any{"action_attempt": s.startAction(who, "DELETE_NOISE_THRESHOLD")})
}

// RemoveNoiseThreshold deletes a threshold behind the provider's back, as another tool would.
func (s *Server) RemoveNoiseThreshold(noiseThresholdID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.thresholds)
	s.thresholds = slices.DeleteFunc(s.thresholds, func(x *NoiseThreshold) bool { return x.JSON["noise_threshold_id"] == noiseThresholdID })
	return len(s.thresholds) < n
}

// The rules the routes of this file follow.
const (
	thresholdOnSensor    Rule = "a noise threshold is made on, and listed for, a noise sensor of the workspace"
	thresholdTimes       Rule = "a threshold's daily times are HH:MM:SS[Region/City]"
	thresholdDefaults    Rule = "a threshold made without a name or a level in decibels gets the fake's"
	thresholdsShipped    Rule = "a noise sensor's own thresholds are got and listed beside the ones made"
	thresholdGet         Rule = "a threshold is got by noise_threshold_id"
	thresholdList        Rule = "thresholds are listed by device"
	thresholdSelectors   Rule = "an update or delete selects the threshold by noise_threshold_id and device_id, both"
	thresholdUpdateSets  Rule = "an update sets the name, the daily times and the levels it is given"
	writesAnswerAttempts Rule = "a threshold's create, update and delete answer a pending action attempt"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		thresholdOnSensor: {Path: "/noise_sensors/noise_thresholds/create",
			Says:    "ID of the device for which you want to create a noise threshold.",
			Assumed: "the OpenAPI does not say which devices; Seam's fake answers device_not_found (404) for a device that is not a noise sensor"},
		thresholdTimes: {Path: "/noise_sensors/noise_thresholds/create",
			Says: "Time at which the new noise threshold should become active daily.",
			Assumed: "the OpenAPI gives no form; Seam's fake refuses any other with \"Invalid time format. Must be in the format of " +
				"\"HH:mm:ss[time_zone]\", where time_zone is in the format of \"Region/City\"\" (400 invalid_input)"},
		thresholdDefaults: {Path: "/noise_sensors/noise_thresholds/create", Says: "Name of the new noise threshold.",
			Assumed: "the OpenAPI requires name and noise_threshold_decibels of a threshold but not of a create; Seam's fake names " +
				"one made without a name \"Fake Noise Threshold\", and gives one made with an NRS level 70 dB"},
		thresholdsShipped: {Path: "/noise_sensors/noise_thresholds/list",
			Says: "Each device has its own default thresholds, but you can use the Seam API to modify them."},
		thresholdGet:  {Path: "/noise_sensors/noise_thresholds/get", Says: "ID of the noise threshold that you want to get."},
		thresholdList: {Path: "/noise_sensors/noise_thresholds/list", Says: "ID of the device for which you want to list noise thresholds."},
		thresholdSelectors: {Path: "/noise_sensors/noise_thresholds/update",
			Says:    "ID of the device that contains the noise threshold that you want to update.",
			Assumed: "both are required; a threshold of another device is not found (404 noise_threshold_not_found, as the get answers)"},
		thresholdUpdateSets: {Path: "/noise_sensors/noise_thresholds/update", Says: "Noise level in decibels for the noise threshold."},
		writesAnswerAttempts: {Path: "/noise_sensors/noise_thresholds/create",
			Says: "When you request for a device to perform an action, the Seam API immediately returns an action attempt object."},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/noise_sensors/noise_thresholds/create": {unlocked: true, serve: (*Server).createNoiseThreshold,
			rules: []Rule{workspaceScoped, thresholdOnSensor, thresholdTimes, thresholdDefaults, thresholdsShipped, writesAnswerAttempts}},
		"/noise_sensors/noise_thresholds/get": {unlocked: true, serve: (*Server).getNoiseThreshold,
			rules: []Rule{workspaceScoped, thresholdGet, thresholdsShipped}},
		"/noise_sensors/noise_thresholds/list": {unlocked: true, serve: (*Server).listNoiseThresholds,
			rules: []Rule{workspaceScoped, thresholdList, thresholdOnSensor, thresholdsShipped}},
		"/noise_sensors/noise_thresholds/update": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
			return s.updateNoiseThreshold(who, p)
		}, rules: []Rule{workspaceScoped, thresholdSelectors, thresholdUpdateSets, thresholdTimes, writesAnswerAttempts}},
		"/noise_sensors/noise_thresholds/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
			return s.deleteNoiseThreshold(who, p)
		}, rules: []Rule{workspaceScoped, thresholdSelectors, writesAnswerAttempts}},
	})
}
