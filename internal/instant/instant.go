// Package instant is a Terraform string type for RFC 3339 timestamps that compares them as
// instants at Seam's precision, the millisecond: "2027-06-01T14:30:00.1234+02:00" and Seam's
// "2027-06-01T12:30:00.123Z" are the same value, so the framework keeps the spelling a user
// wrote instead of reporting Seam's as a change. timetypes.RFC3339, which it builds on,
// compares the spellings' UTC offsets and every digit too.
package instant

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timetypes/timetypes"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/attr/xattr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// Example is a time written as the provider expects, for messages.
const Example = "2027-06-01T12:00:00Z"

// Precision is what Seam keeps of a time: milliseconds. Finer digits are not sent, and two
// times that differ only below it are the same instant.
const Precision = time.Millisecond

var (
	_ basetypes.StringTypable                    = Type{}
	_ basetypes.StringValuableWithSemanticEquals = Value{}
	_ xattr.ValidateableAttribute                = Value{}
)

// Type is the schema type of a timestamp attribute.
type Type struct {
	timetypes.RFC3339Type
}

func (t Type) String() string { return "instant.Type" }

func (t Type) ValueType(context.Context) attr.Value { return Value{} }

func (t Type) Equal(o attr.Type) bool {
	_, ok := o.(Type)
	return ok
}

func (t Type) ValueFromString(_ context.Context, in basetypes.StringValue) (basetypes.StringValuable, diag.Diagnostics) {
	return Value{RFC3339: timetypes.RFC3339{StringValue: in}}, nil
}

func (t Type) ValueFromTerraform(ctx context.Context, in tftypes.Value) (attr.Value, error) {
	v, err := t.StringType.ValueFromTerraform(ctx, in)
	if err != nil {
		return nil, err
	}
	s, ok := v.(basetypes.StringValue)
	if !ok {
		return nil, fmt.Errorf("unexpected value type %T", v)
	}
	return Value{RFC3339: timetypes.RFC3339{StringValue: s}}, nil
}

// Value is a timestamp as written: its string is kept, its meaning is the instant.
type Value struct {
	timetypes.RFC3339
}

// New is t written as Seam writes times: UTC, to the nanosecond it holds.
func New(t time.Time) Value {
	return Value{RFC3339: timetypes.RFC3339{StringValue: basetypes.NewStringValue(t.UTC().Format(time.RFC3339Nano))}}
}

// NewPointer is New(*t), or null when t is nil: Seam's optional times.
func NewPointer(t *time.Time) Value {
	if t == nil {
		return NewNull()
	}
	return New(*t)
}

// NewString is s as written; Validate or Time say whether it is an RFC 3339 time.
func NewString(s string) Value {
	return Value{RFC3339: timetypes.RFC3339{StringValue: basetypes.NewStringValue(s)}}
}

func NewNull() Value    { return Value{RFC3339: timetypes.NewRFC3339Null()} }
func NewUnknown() Value { return Value{RFC3339: timetypes.NewRFC3339Unknown()} }

func (v Value) Type(context.Context) attr.Type { return Type{} }

func (v Value) Equal(o attr.Value) bool {
	other, ok := o.(Value)
	return ok && v.StringValue.Equal(other.StringValue)
}

// Time is the instant v names, at Seam's precision, in UTC: what a request sends. ok is false
// when v is null, unknown or not an RFC 3339 time.
func (v Value) Time() (t time.Time, ok bool) {
	if v.IsNull() || v.IsUnknown() {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, v.ValueString())
	return AtSeamPrecision(t), err == nil
}

// AtSeamPrecision is t as Seam keeps it: in UTC, to the millisecond.
func AtSeamPrecision(t time.Time) time.Time { return t.UTC().Truncate(Precision) }

// Same reports whether a and b are the same instant at Seam's precision.
func Same(a, b time.Time) bool { return AtSeamPrecision(a).Equal(AtSeamPrecision(b)) }

// SameInstant reports whether v and o are known times naming the same instant at Seam's
// precision.
func (v Value) SameInstant(o Value) bool {
	a, okA := v.Time()
	b, okB := o.Time()
	return okA && okB && a.Equal(b)
}

// StringSemanticEquals lets the framework keep the prior spelling of an unchanged instant.
func (v Value) StringSemanticEquals(_ context.Context, newValuable basetypes.StringValuable) (bool, diag.Diagnostics) {
	var diags diag.Diagnostics
	other, ok := newValuable.(Value)
	if !ok {
		diags.AddError("Semantic equality check error",
			fmt.Sprintf("Expected an instant.Value, got %T. This is a bug in the provider; please report it.", newValuable))
		return false, diags
	}
	return v.SameInstant(other), diags
}

// ValidateAttribute refuses what is not an RFC 3339 time, showing one that is.
func (v Value) ValidateAttribute(_ context.Context, req xattr.ValidateAttributeRequest, resp *xattr.ValidateAttributeResponse) {
	if v.IsNull() || v.IsUnknown() {
		return
	}
	if _, ok := v.Time(); !ok {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid RFC 3339 time",
			fmt.Sprintf("%s is %q, which is not an RFC 3339 time. Write a date, \"T\", a time and \"Z\" or an offset, "+
				"such as %q or \"2027-06-01T14:00:00+02:00\".", req.Path, v.ValueString(), Example))
	}
}
