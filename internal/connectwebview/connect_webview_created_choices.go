package connectwebview

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// privateCreated keys the creator's choices as Seam answered the create: the baseline that
// fillKeeping compares Seam's later answers with.
const privateCreated = "created_choices"

// recordCreated keeps Seam's answer to the create as the baseline of the creator's choices.
func recordCreated(ctx context.Context, private shared.PrivateWriter, created choices) diag.Diagnostics {
	return shared.WritePrivate(ctx, private, privateCreated, created)
}

// createdChoices is the baseline recorded at create, or nil for a webview the provider did not make.
func createdChoices(ctx context.Context, private shared.PrivateReader) *choices {
	c, ok := shared.ReadPrivate[choices](ctx, private, privateCreated)
	if !ok {
		return nil
	}
	return &c
}
