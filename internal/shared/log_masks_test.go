package shared_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-log/tflog"
	"github.com/hashicorp/terraform-plugin-log/tflogtest"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// Whatever the provider or the client's subsystem logs through the provider's log context,
// the credential and anything shaped like a token come out as ***, and what is no secret
// stays readable.
func TestLogContext_masksTheCredentialAndTokensInEveryEntry(t *testing.T) {
	const apiKey = "seam_apikey_not_token_shaped"
	const token = "seam_cst1_some_users_token"
	credential, err := seam.NewCredential(seam.APIKey, apiKey, "")
	if err != nil {
		t.Fatal(err)
	}
	client, err := seam.New(seam.Config{Credential: credential})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	ctx := (&shared.ProviderData{Client: client}).LogContext(tflogtest.RootLogger(context.Background(), &out))
	fields := map[string]any{"credential": "Bearer " + apiKey, "token": token, "type": "seam_client_session"}
	tflog.Debug(ctx, "provider entry with "+apiKey+" and "+token, fields)
	shared.TFLogLogger{}.Debug(ctx, "client entry with "+apiKey+" and "+token, fields)
	shared.TFLogLogger{}.Warn(ctx, "client warning with "+apiKey, fields)

	entries, err := tflogtest.MultilineJSONDecode(&out)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3 {
		t.Fatalf("want 3 entries, got %d: %s", len(entries), out.String())
	}
	for _, e := range entries {
		line := fmt.Sprint(e["@message"], " | ", e["credential"], " | ", e["token"])
		if strings.Contains(line, apiKey) || strings.Contains(line, token) {
			t.Errorf("entry holds a secret: %s", line)
		}
		if !strings.Contains(line, "***") || e["type"] != "seam_client_session" {
			t.Errorf("entry is not masked as expected: %s (type %v)", line, e["type"])
		}
	}
	if entries[1]["@module"] != "provider.http" {
		t.Errorf("the client's entries are in module %v, want provider.http", entries[1]["@module"])
	}
}
