package shared

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	rschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// timeoutsType is the Terraform type of a timeouts block with create, update and delete.
var timeoutsType = tftypes.Object{AttributeTypes: map[string]tftypes.Type{
	"create": tftypes.String, "update": tftypes.String, "delete": tftypes.String,
}}

// timeoutsAttribute is the timeouts block of a resource whose writes wait for a device.
func timeoutsAttribute(description string) rschema.Attribute {
	a := timeouts.Attributes(context.Background(), timeouts.Opts{Create: true, Update: true, Delete: true})
	if nested, ok := a.(rschema.SingleNestedAttribute); ok {
		nested.Description = description
		return nested
	}
	return a
}

// Timeout is how long the operation (create, update or delete) of a resource with a timeouts
// block may wait, as its configuration or state sets it, else def.
func Timeout(ctx context.Context, data interface {
	GetAttribute(context.Context, path.Path, any) diag.Diagnostics
}, operation string, def time.Duration) (time.Duration, diag.Diagnostics) {
	var t timeouts.Value
	diags := data.GetAttribute(ctx, path.Root("timeouts"), &t)
	if diags.HasError() {
		return def, diags
	}
	switch operation {
	case "create":
		return t.Create(ctx, def)
	case "update":
		return t.Update(ctx, def)
	}
	return t.Delete(ctx, def)
}
