package shared

import "sync"

// keyHolds serializes, within one provider process, the check that a key is free and the
// create that takes it. Terraform creates a configuration's resources in parallel: two with
// one key would both find it free and both send their create, and one would fail with Seam's
// bare refusal. Held, the second finds the first's object, and its error says what to do.
type keyHolds struct {
	mu   sync.Mutex
	held map[string]*sync.Mutex
}

func (k *keyHolds) hold(name string) func() {
	k.mu.Lock()
	if k.held == nil {
		k.held = map[string]*sync.Mutex{}
	}
	m, ok := k.held[name]
	if !ok {
		m = &sync.Mutex{}
		k.held[name] = m
	}
	k.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// HoldKey holds key for one object of kind d until the returned release is called: the other
// creates of this provider process with the same kind and key wait for it.
func (pd *ProviderData) HoldKey(d Descriptor, key string) (release func()) {
	return pd.keys.hold(d.TypeName + "\x00" + key)
}
