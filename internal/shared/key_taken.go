package shared

import (
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
)

// KeyTakenOnCreate is the error for a create whose key another object of the workspace
// holds (holder): Seam allows one object per key. Whose that object is decides what to do,
// and the provider cannot tell, so the message walks through each case. rotate says how
// this object can be replaced without an outage, for create_before_destroy.
func KeyTakenOnCreate(d Descriptor, keyAttr, key, holder, rotate string) diag.Diagnostic {
	article := d.WithArticle()
	return diag.NewAttributeErrorDiagnostic(path.Root(keyAttr), d.Title()+" already exists",
		fmt.Sprintf("This workspace already has %[8]s with %[2]s %[3]q: %[4]s. Seam allows one %[1]s per %[2]s, so "+
			"another cannot be made while it exists. Whose it is decides what to do:\n\n"+
			"- This resource's own %[1]s, being replaced with lifecycle { create_before_destroy = true }: the old one keeps "+
			"the key until its successor exists, so the successor cannot have it. create_before_destroy cannot work with a "+
			"%[2]s: %[5]s\n"+
			"- %[9]s another resource of this configuration manages (two resources with one %[2]s): give this one "+
			"another %[2]s.\n"+
			"- %[9]s nothing in Terraform manages: import it into this resource,\n\n"+
			"import {\n  to = %[6]s.<this resource's name>\n  id = %[4]q\n}\n\n"+
			"or run %[7]s; or delete it, or choose another %[2]s.",
			d.Noun, keyAttr, key, holder, rotate, d.TypeName, d.ImportCommand(holder), article, strings.ToUpper(article[:1])+article[1:]))
}

// KeyTakenOnUpdate is the error for an update that would give this object (id) a key another
// object of the workspace holds (holder).
func KeyTakenOnUpdate(d Descriptor, keyAttr, key, id, holder string) diag.Diagnostic {
	return diag.NewAttributeErrorDiagnostic(path.Root(keyAttr), d.Title()+" key already taken",
		fmt.Sprintf("%[1]s %[2]q cannot take %[3]s %[4]q: %[5]s %[6]s holds it, and Seam allows one %[5]s per %[3]s. If "+
			"another resource of this configuration manages %[6]s, change its %[3]s first, or give this one another. If "+
			"nothing in Terraform manages it, delete it, or import it into a resource of its own (%[7]s), and apply again.",
			d.Title(), id, keyAttr, key, d.Noun, holder, d.ImportCommand(holder)))
}
