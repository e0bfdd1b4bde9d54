package provider_test

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// No secret of any object is printed: a client session's token, a webhook's secret, a Connect
// Webview's login url (its auth_token). The objects are applied with the real CLI and binary,
// with each secret also passed to a sensitive output, and every output is searched: the
// plans, the applies, show, state show, output, the TRACE log, and terraform query -json on a
// CLI that has it. Only the explicit `terraform output -raw` prints one, as asked.
func TestAccSecrets_noObjectsSecretIsPrintedInAnyOutput(t *testing.T) {
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	cliConfig := acctest.BuildProvider(t)
	config := tg.BinaryProviderBlock()
	var lists strings.Builder
	objects := managedObjects(t)
	for _, o := range objects {
		key := acctest.UniqueKey(t) + "_" + o.kind
		config += strings.Replace(o.resourceBlock(t, tg, key), `"test"`, fmt.Sprintf("%q", o.kind), 1)
		if o.secret != "" {
			config += fmt.Sprintf("output %q {\n  value     = %s.%s.%s\n  sensitive = true\n}\n", o.kind, o.TypeName, o.kind, o.secret)
		}
		lists.WriteString(listBlockOf(o.TypeName, o.kind, o.ListScope(key, tg.Needs(t, o.Managed, key)), "  include_resource = true\n"))
	}
	dir := acctest.WriteConfig(t, config)
	logPath := filepath.Join(t.TempDir(), "trace.log")
	trace := []string{"TF_LOG=TRACE", "TF_LOG_PATH=" + logPath}
	run := func(args ...string) string {
		t.Helper()
		out, err := acctest.TerraformEnv(t, cliConfig, dir, trace, args...)
		if err != nil {
			t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	outputs := map[string]string{"plan": run("plan"), "apply": run("apply", "-auto-approve"), "show": run("show"),
		"plan after apply": run("plan"), "output": run("output")}
	for _, o := range objects {
		outputs["state show "+o.kind] = run("state", "show", o.TypeName+"."+o.kind)
	}
	if acctest.TerraformAtLeast(t, "1.14.0") {
		if err := os.WriteFile(filepath.Join(dir, "all.tfquery.hcl"), []byte(lists.String()), 0o600); err != nil {
			t.Fatal(err)
		}
		outputs["query -json"] = run("query", "-json")
	} else {
		t.Log("terraform query needs Terraform 1.14 or later: its output is searched on the CI row of the newest Terraform")
	}
	log, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	outputs["TRACE log"] = string(log)

	secrets := map[string]string{}
	for _, o := range objects {
		if o.secret == "" {
			continue
		}
		value := strings.TrimSpace(run("output", "-raw", o.kind))
		secrets[o.TypeName+"."+o.secret] = value
		if u, err := url.Parse(value); err == nil && u.Query().Get("auth_token") != "" {
			secrets[o.TypeName+" auth_token"] = u.Query().Get("auth_token")
		}
	}
	if tokens := srv.WebviewURLSecrets(); len(tokens) != 1 || secrets["seam_connect_webview auth_token"] != tokens[0] {
		t.Fatalf("the webview's url does not carry the stand-in's auth_token %v: the test would look for nothing", tokens)
	}
	access := srv.AccessSecrets()
	if len(access) < 3 {
		t.Fatalf("the stand-in holds %d access credentials (a PIN code, a mobile key's token and URL): the test would look for too few", len(access))
	}
	for i, secret := range access {
		secrets[fmt.Sprintf("access credential %d", i+1)] = secret
	}
	for name, secret := range secrets {
		if len(secret) < 8 {
			t.Fatalf("%s is %q: too short to search for", name, secret)
		}
		for where, out := range outputs {
			if i := strings.Index(out, secret); i >= 0 {
				start, end := max(0, i-200), min(len(out), i+len(secret)+50)
				t.Errorf("%s holds %s, here:\n%s", where, name, strings.ReplaceAll(out[start:end], secret, "<"+name+">"))
			}
		}
	}
	run("destroy", "-auto-approve")
}
