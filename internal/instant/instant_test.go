package instant

import (
	"testing"
	"time"
)

// Seam's optional times: absent is null, present is written in UTC to the nanosecond it holds.
func TestNewPointer_nullForNoTimeAndUTCForATime(t *testing.T) {
	if v := NewPointer(nil); !v.IsNull() {
		t.Errorf("NewPointer(nil) = %v, want null", v)
	}
	at := time.Date(2025, 1, 2, 3, 4, 5, 67_000_000, time.FixedZone("CET", 3600))
	if got := NewPointer(&at).ValueString(); got != "2025-01-02T02:04:05.067Z" {
		t.Errorf("NewPointer = %q, want 2025-01-02T02:04:05.067Z", got)
	}
}
