package shared

import "sync"

// fallbackClaims are the climate presets of this provider process's plan that claim their
// thermostat's fallback, by thermostat: a thermostat has one, and two resources that claim it
// would each set it in turn, the last one winning unseen.
type fallbackClaims struct {
	mu     sync.Mutex
	claims map[string]string
}

// ClaimFallback records that the preset with key claims the fallback of thermostat deviceID,
// and returns the key of another preset that claimed it first in this plan, or "".
func (pd *ProviderData) ClaimFallback(deviceID, key string) (other string) {
	c := &pd.fallbacks
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.claims == nil {
		c.claims = map[string]string{}
	}
	if first, claimed := c.claims[deviceID]; claimed && first != key {
		return first
	}
	c.claims[deviceID] = key
	return ""
}
