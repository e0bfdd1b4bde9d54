package seam

import "encoding/json"

// Change is one field of an update: left out of the body unless set, so that an update sends
// only what changed; set to nothing, it is sent as null, which clears a nullable field.
// Struct fields of this type take the `omitzero` JSON option.
type Change[T any] struct {
	set   bool
	value *T
}

// Set is a change to v.
func Set[T any](v T) Change[T] { return Change[T]{set: true, value: &v} }

// Clear is a change to null.
func Clear[T any]() Change[T] { return Change[T]{set: true} }

// SetOrClear is a change to *v, or to null when v is nil.
func SetOrClear[T any](v *T) Change[T] {
	if v == nil {
		return Clear[T]()
	}
	return Set(*v)
}

// IsZero reports an unset change, which `omitzero` leaves out.
func (c Change[T]) IsZero() bool { return !c.set }

// Value is what the change sets, and whether it sets one (false for unset and for null).
func (c Change[T]) Value() (T, bool) {
	if c.value == nil {
		var zero T
		return zero, false
	}
	return *c.value, true
}

func (c Change[T]) MarshalJSON() ([]byte, error) {
	if c.value == nil {
		return []byte("null"), nil
	}
	return json.Marshal(*c.value)
}
