package seam

import (
	"encoding/json"
	"fmt"
	"math"
)

// Count is a number of things. Seam's OpenAPI types such fields (device_count) as `number`,
// so 3 and 3.0 are both valid and both 3; a fraction, which no count can be, is refused.
type Count int64

func (c *Count) UnmarshalJSON(b []byte) error {
	var f float64
	if err := json.Unmarshal(b, &f); err != nil || f != math.Trunc(f) || f < 0 || f > math.MaxInt64/2 {
		return &CountError{Value: string(b)}
	}
	*c = Count(f)
	return nil
}

// CountError is a count that is not a whole, non-negative number.
type CountError struct{ Value string }

func (e *CountError) Error() string {
	return fmt.Sprintf("a count is %s, not a whole number of 0 or more", e.Value)
}
