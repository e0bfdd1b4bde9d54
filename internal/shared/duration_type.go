package shared

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-timetypes/timetypes"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/attr/xattr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

var (
	_ basetypes.StringTypable                    = DurationType{}
	_ basetypes.StringValuableWithSemanticEquals = Duration{}
	_ xattr.ValidateableAttribute                = Duration{}
)

// DurationType is timetypes.GoDurationType with the provider's wording: a value that does not
// parse gets one message from the attribute's DurationBetween validator, with the range, in
// place of timetypes' own, which is meant for developers (it shows a literal "\n\n").
type DurationType struct {
	timetypes.GoDurationType
}

func (t DurationType) String() string { return "shared.DurationType" }

func (t DurationType) ValueType(context.Context) attr.Value { return Duration{} }

func (t DurationType) Equal(o attr.Type) bool {
	_, ok := o.(DurationType)
	return ok
}

func (t DurationType) ValueFromString(_ context.Context, in basetypes.StringValue) (basetypes.StringValuable, diag.Diagnostics) {
	return Duration{GoDuration: timetypes.GoDuration{StringValue: in}}, nil
}

func (t DurationType) ValueFromTerraform(ctx context.Context, in tftypes.Value) (attr.Value, error) {
	v, err := t.StringType.ValueFromTerraform(ctx, in)
	if err != nil {
		return nil, err
	}
	s, ok := v.(basetypes.StringValue)
	if !ok {
		return nil, fmt.Errorf("unexpected value type %T", v)
	}
	return Duration{GoDuration: timetypes.GoDuration{StringValue: s}}, nil
}

// Duration is a Go duration string; ValueGoDuration parses it.
type Duration struct {
	timetypes.GoDuration
}

// NewDuration is s as written, such as "30s".
func NewDuration(s string) Duration {
	return Duration{GoDuration: timetypes.GoDuration{StringValue: basetypes.NewStringValue(s)}}
}

func NewDurationNull() Duration { return Duration{GoDuration: timetypes.NewGoDurationNull()} }

func (d Duration) Type(context.Context) attr.Type { return DurationType{} }

func (d Duration) Equal(o attr.Value) bool {
	other, ok := o.(Duration)
	return ok && d.StringValue.Equal(other.StringValue)
}

// StringSemanticEquals keeps the prior spelling of an unchanged duration ("60m" for "1h").
func (d Duration) StringSemanticEquals(ctx context.Context, newValuable basetypes.StringValuable) (bool, diag.Diagnostics) {
	var diags diag.Diagnostics
	other, ok := newValuable.(Duration)
	if !ok {
		diags.AddError("Semantic equality check error",
			fmt.Sprintf("Expected a shared.Duration, got %T. This is a bug in the provider; please report it.", newValuable))
		return false, diags
	}
	return d.GoDuration.StringSemanticEquals(ctx, other.GoDuration)
}

// ValidateAttribute leaves every check to the attribute's DurationBetween validator, so that
// a bad value gets one message; the framework would skip the validators after a type error.
func (d Duration) ValidateAttribute(context.Context, xattr.ValidateAttributeRequest, *xattr.ValidateAttributeResponse) {
}
