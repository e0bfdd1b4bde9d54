package device

import (
	"context"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/contracttest"
)

// The client's decoding and the data sources' mapping, end to end, against Seam's documented
// device, whose every field holds a value no other field holds: a swapped or dropped field
// cannot pass. manufacturer and online are Seam's properties.manufacturer and properties.online.
func TestMapping_everyDeviceAttributeHoldsItsOwnField(t *testing.T) {
	body, raw := contracttest.Fixture(t, "device.json", "device")
	contracttest.AssertDistinct(t, raw)
	d, err := contracttest.ClientServing(t, body).GetDevice(context.Background(), "x")
	if err != nil {
		t.Fatal(err)
	}
	var m deviceItem
	if diags := m.fill(context.Background(), d); diags.HasError() {
		t.Fatal(diags)
	}
	contracttest.CheckMapping(t, raw, m, attrDeviceID, attrManufacturer, "online")
	properties, _ := raw["properties"].(map[string]any)
	if msg := contracttest.SameAsJSON(m.Manufacturer, properties["manufacturer"]); msg != "" {
		t.Errorf("manufacturer: %s", msg)
	}
	if msg := contracttest.SameAsJSON(m.Online, properties["online"]); msg != "" {
		t.Errorf("online: %s", msg)
	}
}
