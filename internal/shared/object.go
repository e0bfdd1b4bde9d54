package shared

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// Object is what one Seam object's package hands the provider: its resources, data sources
// ephemeral resources and list resources. Adding an object to the provider is one line listing its Object.
type Object struct {
	Resources          []func() resource.Resource
	DataSources        []func() datasource.DataSource
	EphemeralResources []func() ephemeral.EphemeralResource
	// ListResources find objects for terraform query (Terraform 1.14+).
	ListResources []func() list.ListResource
}
