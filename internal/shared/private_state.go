package shared

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// PrivateReader and PrivateWriter are the parts of the framework's private state (a
// resource's data that Terraform keeps with the state, unseen) that the objects use.
type PrivateReader interface {
	GetKey(ctx context.Context, key string) ([]byte, diag.Diagnostics)
}

type PrivateWriter interface {
	SetKey(ctx context.Context, key string, value []byte) diag.Diagnostics
}

// ReadPrivate is the value JSON-encoded under key, and whether there was one.
func ReadPrivate[T any](ctx context.Context, private PrivateReader, key string) (T, bool) {
	var v T
	if private == nil {
		return v, false
	}
	raw, diags := private.GetKey(ctx, key)
	if diags.HasError() || len(raw) == 0 || json.Unmarshal(raw, &v) != nil {
		return v, false
	}
	return v, true
}

// WritePrivate keeps v under key, JSON-encoded.
func WritePrivate(ctx context.Context, private PrivateWriter, key string, v any) diag.Diagnostics {
	raw, err := json.Marshal(v)
	if err != nil {
		var diags diag.Diagnostics
		diags.AddError("Cannot record the resource's private state", err.Error())
		return diags
	}
	return private.SetKey(ctx, key, raw)
}

// privateWorkspace keys the workspace an object was made in, for objects whose Seam object
// does not say (a webhook).
const privateWorkspace = "workspace_id"

// RecordedWorkspace is the workspace recorded for the object, or "".
func RecordedWorkspace(ctx context.Context, private PrivateReader) string {
	ws, _ := ReadPrivate[string](ctx, private, privateWorkspace)
	return ws
}

// RecordFoundWorkspace records, for an object read with no workspace recorded (imported, or
// made before the provider recorded workspaces), the credential's workspace, where Seam found
// it. noun and id name it in messages.
func RecordFoundWorkspace(ctx context.Context, client *seam.Client, had PrivateReader, private PrivateWriter, noun, id string,
	credential Source) diag.Diagnostics {
	if RecordedWorkspace(ctx, had) != "" {
		return nil
	}
	workspace, err := client.Workspace(ctx)
	if err != nil {
		return diag.Diagnostics{APIErrorDiagnostic(fmt.Sprintf("Reading %s %q: asking Seam for the credential's workspace", noun, id),
			err, credential)}
	}
	return RecordWorkspace(ctx, private, workspace)
}

// RecordWorkspace records the workspace the object was made (or found) in.
func RecordWorkspace(ctx context.Context, private PrivateWriter, workspaceID string) diag.Diagnostics {
	return WritePrivate(ctx, private, privateWorkspace, workspaceID)
}
