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

// Seam keeps milliseconds: two spellings of one instant to the millisecond are the same value
// (the framework keeps the configuration's), and a millisecond apart they are not.
func TestSameInstant_atSeamsPrecision(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"2031-02-01T09:00:00.123456Z", "2031-02-01T09:00:00.123Z", true},
		{"2031-02-01T10:00:00.1239+01:00", "2031-02-01T09:00:00.123Z", true},
		{"2031-02-01T09:00:00.124Z", "2031-02-01T09:00:00.123Z", false},
		{"2031-02-01T09:00:00Z", "2031-02-01T09:00:00.000Z", true},
		{"not a time", "2031-02-01T09:00:00Z", false},
	} {
		if got := NewString(c.a).SameInstant(NewString(c.b)); got != c.same {
			t.Errorf("SameInstant(%s, %s) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
	if got, _ := NewString("2031-02-01T10:00:00.123456+01:00").Time(); got.Format(time.RFC3339Nano) != "2031-02-01T09:00:00.123Z" {
		t.Errorf("Time() = %s, want Seam's precision in UTC, 2031-02-01T09:00:00.123Z", got.Format(time.RFC3339Nano))
	}
}
