package seam

import "context"

// NoiseThreshold is Seam's noise threshold: the level of noise a noise sensor tolerates
// between two times of each day, in decibels (or in Noiseaware's Noise Risk Score).
type NoiseThreshold struct {
	NoiseThresholdID string `json:"noise_threshold_id"`
	DeviceID         string `json:"device_id"`
	Name             string `json:"name"`
	// StartsDailyAt and EndsDailyAt are times of day in Seam's form, 22:00:00[Europe/Paris].
	StartsDailyAt          string   `json:"starts_daily_at"`
	EndsDailyAt            string   `json:"ends_daily_at"`
	NoiseThresholdDecibels *float64 `json:"noise_threshold_decibels"`
	NoiseThresholdNRS      *float64 `json:"noise_threshold_nrs"`
}

func (n *NoiseThreshold) missingField() string {
	switch {
	case n.NoiseThresholdID == "":
		return "noise_threshold_id"
	case n.DeviceID == "":
		return "device_id"
	case n.StartsDailyAt == "":
		return "starts_daily_at"
	case n.EndsDailyAt == "":
		return "ends_daily_at"
	case n.NoiseThresholdDecibels == nil:
		return "noise_threshold_decibels"
	}
	return ""
}

var (
	noiseThreshold            = object{"noise threshold", "noise thresholds", "noise_threshold_not_found", ""}
	routeCreateNoiseThreshold = declare(route{"/noise_sensors/noise_thresholds/create", onlyIfNotSent, workspaceKeys, noiseThreshold})
	routeGetNoiseThreshold    = declare(route{"/noise_sensors/noise_thresholds/get", safeToRepeat, workspaceKeys, noiseThreshold})
	routeListNoiseThresholds  = declare(route{"/noise_sensors/noise_thresholds/list", safeToRepeat, anyCredential, noiseThreshold})
	routeUpdateNoiseThreshold = declare(route{"/noise_sensors/noise_thresholds/update", safeToRepeat, workspaceKeys, noiseThreshold})
	routeDeleteNoiseThreshold = declare(route{"/noise_sensors/noise_thresholds/delete", safeToRepeat, workspaceKeys, noiseThreshold})
)

// CreateNoiseThresholdRequest is the body of /noise_sensors/noise_thresholds/create: the
// device, the daily times, and a level in decibels or in NRS.
type CreateNoiseThresholdRequest struct {
	DeviceID               string   `json:"device_id"`
	Name                   *string  `json:"name,omitempty"`
	StartsDailyAt          string   `json:"starts_daily_at"`
	EndsDailyAt            string   `json:"ends_daily_at"`
	NoiseThresholdDecibels *float64 `json:"noise_threshold_decibels,omitempty"`
	NoiseThresholdNRS      *float64 `json:"noise_threshold_nrs,omitempty"`
}

// CreateNoiseThreshold calls /noise_sensors/noise_thresholds/create, which answers the new
// threshold and the action attempt of programming it into the sensor, not yet waited for. It is
// retried only when Seam provably did not receive it.
func (c *Client) CreateNoiseThreshold(ctx context.Context, req CreateNoiseThresholdRequest) (*NoiseThreshold, *ActionAttempt, error) {
	var made *NoiseThreshold
	var attempt *ActionAttempt
	err := c.call(ctx, routeCreateNoiseThreshold, req, func(b []byte) (err error) {
		if made, err = decodeOne[NoiseThreshold](b, "noise_threshold"); err != nil {
			return err
		}
		attempt, err = decodeAttempt(b)
		return err
	})
	return made, attempt, err
}

// GetNoiseThreshold calls /noise_sensors/noise_thresholds/get.
func (c *Client) GetNoiseThreshold(ctx context.Context, noiseThresholdID string) (*NoiseThreshold, error) {
	body := struct {
		NoiseThresholdID string `json:"noise_threshold_id"`
	}{noiseThresholdID}
	return callFor[NoiseThreshold](ctx, c, routeGetNoiseThreshold, body, "noise_threshold")
}

// ListNoiseThresholds calls /noise_sensors/noise_thresholds/list: the thresholds of one device
// (the route requires it), in one answer.
func (c *Client) ListNoiseThresholds(ctx context.Context, deviceID string) ([]NoiseThreshold, error) {
	body := struct {
		DeviceID string `json:"device_id"`
	}{deviceID}
	return listAll[NoiseThreshold](ctx, c, routeListNoiseThresholds, body, "noise_thresholds")
}

// UpdateNoiseThresholdRequest is the body of /noise_sensors/noise_thresholds/update: the
// threshold, selected by its ID and its device's, and only what changes. An update sets values,
// so repeating it changes nothing, and it is retried like a read.
type UpdateNoiseThresholdRequest struct {
	NoiseThresholdID       string          `json:"noise_threshold_id"`
	DeviceID               string          `json:"device_id"`
	Name                   Change[string]  `json:"name,omitzero"`
	StartsDailyAt          Change[string]  `json:"starts_daily_at,omitzero"`
	EndsDailyAt            Change[string]  `json:"ends_daily_at,omitzero"`
	NoiseThresholdDecibels Change[float64] `json:"noise_threshold_decibels,omitzero"`
	NoiseThresholdNRS      Change[float64] `json:"noise_threshold_nrs,omitzero"`
}

// UpdateNoiseThreshold calls /noise_sensors/noise_thresholds/update, which answers the action
// attempt of programming the change, not yet waited for.
func (c *Client) UpdateNoiseThreshold(ctx context.Context, req UpdateNoiseThresholdRequest) (*ActionAttempt, error) {
	return callForAttempt(ctx, c, routeUpdateNoiseThreshold, req)
}

// DeleteNoiseThreshold calls /noise_sensors/noise_thresholds/delete, which answers the action
// attempt of removing it from the sensor, not yet waited for. A threshold already gone is a
// NotFoundError, which a caller may take as success.
func (c *Client) DeleteNoiseThreshold(ctx context.Context, deviceID, noiseThresholdID string) (*ActionAttempt, error) {
	body := struct {
		NoiseThresholdID string `json:"noise_threshold_id"`
		DeviceID         string `json:"device_id"`
	}{noiseThresholdID, deviceID}
	return callForAttempt(ctx, c, routeDeleteNoiseThreshold, body)
}
