package clientsession

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	rsschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// Every argument of the resource, configured with a value not known until apply, over a
// session that has a value: the plan must be what the framework's RequiresReplace plans
// (a replacement), or apply meets a final plan other than the one shown. The one exception
// is user_identity_id where the session has none: any value is granted in place.
func TestClientSessionResource_everyPlanModifierReplacesWhenThePlannedValueIsUnknown(t *testing.T) {
	ctx := context.Background()
	var sr resource.SchemaResponse
	(&clientSessionResource{}).Schema(ctx, resource.SchemaRequest{}, &sr)
	exists := tftypes.NewValue(tftypes.Object{}, map[string]tftypes.Value{})
	walked := 0
	for name, schemaAttr := range sr.Schema.Attributes {
		if !schemaAttr.IsOptional() {
			continue
		}
		t.Run(name, func(t *testing.T) {
			cases := map[string]bool{"the session has a value": true}
			if name == attrUserIdentityID {
				cases["the session has none"] = false
			}
			for state, wantReplace := range cases {
				var got bool
				switch a := schemaAttr.(type) {
				case rsschema.StringAttribute:
					if len(a.PlanModifiers) == 0 {
						continue
					}
					stateValue := types.StringValue("2031-01-02T03:04:05Z")
					if !wantReplace {
						stateValue = types.StringNull()
					}
					req := planmodifier.StringRequest{
						Path: path.Root(name), ConfigValue: types.StringUnknown(), PlanValue: types.StringUnknown(), StateValue: stateValue,
						State: tfsdk.State{Raw: exists}, Plan: tfsdk.Plan{Raw: exists}, Config: tfsdk.Config{Raw: exists},
					}
					resp := &planmodifier.StringResponse{PlanValue: req.PlanValue}
					for _, m := range a.PlanModifiers {
						m.PlanModifyString(ctx, req, resp)
						req.PlanValue = resp.PlanValue
					}
					got = resp.RequiresReplace
				case rsschema.SetAttribute:
					if len(a.PlanModifiers) == 0 {
						continue
					}
					had := types.SetValueMust(types.StringType, []attr.Value{types.StringValue("ca_1")})
					req := planmodifier.SetRequest{
						Path: path.Root(name), ConfigValue: types.SetUnknown(types.StringType), PlanValue: types.SetUnknown(types.StringType),
						StateValue: had, State: tfsdk.State{Raw: exists}, Plan: tfsdk.Plan{Raw: exists}, Config: tfsdk.Config{Raw: exists},
					}
					resp := &planmodifier.SetResponse{PlanValue: req.PlanValue}
					for _, m := range a.PlanModifiers {
						m.PlanModifySet(ctx, req, resp)
						req.PlanValue = resp.PlanValue
					}
					got = resp.RequiresReplace
				default:
					continue
				}
				walked++
				if got != wantReplace {
					t.Errorf("%s: RequiresReplace = %v with an unknown planned value, want %v", state, got, wantReplace)
				}
			}
		})
	}
	if walked < 7 {
		t.Errorf("walked %d cases; the resource's arguments have more", walked)
	}
}
