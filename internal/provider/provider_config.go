package provider

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const (
	maxMaxRetries     = 10
	maxRequestTimeout = 10 * time.Minute
)

// providerModel is the provider block.
type providerModel struct {
	APIKey              types.String    `tfsdk:"api_key"`
	PersonalAccessToken types.String    `tfsdk:"personal_access_token"`
	WorkspaceID         types.String    `tfsdk:"workspace_id"`
	ClientSessionToken  types.String    `tfsdk:"client_session_token"`
	Endpoint            types.String    `tfsdk:"endpoint"`
	MaxRetries          types.Number    `tfsdk:"max_retries"`
	RequestTimeout      shared.Duration `tfsdk:"request_timeout"`
}

// resolvedConfig is the provider block merged over the environment and checked.
type resolvedConfig struct {
	credential       seam.Credential
	credentialSource shared.Source
	// missingCredential is set when no credential is given at all; it is reported by the
	// first call that needs Seam, so that what needs none (validate, a destroy of data
	// sources) works without one.
	missingCredential diag.Diagnostic
	endpoint          string
	maxRetries        int
	requestTimeout    time.Duration
}

// unknownValues reports each argument whose value is not known yet: Configure cannot
// build a client from it, and the user must either apply its source first or use the variable.
func (m providerModel) unknownValues() diag.Diagnostics {
	var diags diag.Diagnostics
	values := []struct {
		unknown bool
		setting shared.Setting
	}{
		{m.APIKey.IsUnknown(), shared.SettingAPIKey},
		{m.PersonalAccessToken.IsUnknown(), shared.SettingPersonalAccessToken},
		{m.WorkspaceID.IsUnknown(), shared.SettingWorkspaceID},
		{m.ClientSessionToken.IsUnknown(), shared.SettingClientSessionToken},
		{m.Endpoint.IsUnknown(), shared.SettingEndpoint},
		{m.MaxRetries.IsUnknown(), shared.SettingMaxRetries},
		{m.RequestTimeout.IsUnknown(), shared.SettingRequestTimeout},
	}
	for _, v := range values {
		if v.unknown {
			diags.AddAttributeError(path.Root(v.setting.Attr), "Unknown Seam provider argument "+v.setting.Attr,
				fmt.Sprintf("The provider argument %s depends on a value that is not known until apply, and the provider "+
					"needs it to plan. Apply the resource it comes from first (terraform apply -target=...), or leave "+
					"the argument out and set the %s environment variable.", v.setting.Attr, v.setting.Env))
		}
	}
	return diags
}

// resolveConfig merges the provider block over the environment. An explicit argument beats
// its variable; credentials are chosen as a whole: any credential argument in the block
// means the credential variables are not read, as in Seam's SDKs.
func resolveConfig(m providerModel, getenv func(string) string) (resolvedConfig, diag.Diagnostics) {
	var out resolvedConfig
	var diags diag.Diagnostics
	var credDiags diag.Diagnostics
	out.credential, out.credentialSource, out.missingCredential, credDiags = resolveCredential(m, getenv)
	diags.Append(credDiags...)

	endpoint, endpointSource, endpointDiags := resolveEndpoint(m, getenv)
	diags.Append(endpointDiags...)
	if _, err := seam.ParseEndpoint(endpoint); err != nil {
		diags.Append(valueError(endpointSource, "Invalid Seam endpoint",
			fmt.Sprintf("%s: %s.", capitalize(endpointSource.String()), err)))
	}
	out.endpoint = endpoint

	out.maxRetries = seam.DefaultMaxRetries
	switch v := strings.TrimSpace(getenv(shared.SettingMaxRetries.Env)); {
	case !m.MaxRetries.IsNull():
		// The schema's validator has checked that it is a whole number in range.
		n, _ := m.MaxRetries.ValueBigFloat().Int64()
		out.maxRetries = int(n)
	case v != "":
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > maxMaxRetries {
			diags.AddError("Invalid "+shared.SettingMaxRetries.Env,
				fmt.Sprintf("The %s environment variable is %q; it must be a whole number from 0 to %d.", shared.SettingMaxRetries.Env, v, maxMaxRetries))
		}
		out.maxRetries = n
	}

	out.requestTimeout = seam.DefaultRequestTimeout
	switch v := strings.TrimSpace(getenv(shared.SettingRequestTimeout.Env)); {
	case !m.RequestTimeout.IsNull():
		// The type has checked that it parses, and the schema's validator that it is in range.
		timeout, d := m.RequestTimeout.ValueGoDuration()
		diags.Append(d...)
		out.requestTimeout = timeout
	case v != "":
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 || d > maxRequestTimeout {
			diags.AddError("Invalid "+shared.SettingRequestTimeout.Env,
				fmt.Sprintf("The %s environment variable is %q; it must be a duration such as \"30s\" or \"2m\", above zero and at most %s.",
					shared.SettingRequestTimeout.Env, v, maxRequestTimeout))
		}
		out.requestTimeout = d
	}
	return out, diags
}

// settingValue is a string setting from the block, else from its variable, with surrounding
// whitespace trimmed (a value read with file() ends in a newline). A control character left
// inside is an error that names where the value came from, never the value.
func settingValue(v types.String, s shared.Setting, getenv func(string) string) (string, shared.Source, diag.Diagnostics) {
	var diags diag.Diagnostics
	value, src := "", shared.Source{}
	switch {
	case !v.IsNull():
		value, src = v.ValueString(), shared.FromConfig(s)
	case getenv(s.Env) != "":
		value, src = getenv(s.Env), shared.FromEnv(s, s.Env)
	default:
		return "", shared.Source{}, diags
	}
	value = strings.TrimSpace(value)
	if strings.IndexFunc(value, unicode.IsControl) >= 0 {
		diags.Append(valueError(src, "Control character in "+s.Attr,
			fmt.Sprintf("%s holds a control character, such as a line break or a tab, inside its value. Check the file "+
				"or the variable it is read from.", capitalize(src.String()))))
	}
	return value, src, diags
}

type credentialCandidate struct {
	kind   seam.CredentialKind
	value  string
	source shared.Source
}

// credentialKinds are the kinds of credential the provider accepts, in the order messages name them.
var credentialKinds = []seam.CredentialKind{seam.APIKey, seam.PersonalAccessToken, seam.ClientSessionToken}

// settingOf is the argument and variable that hold a credential of kind.
func settingOf(kind seam.CredentialKind) (shared.Setting, bool) {
	switch kind {
	case seam.APIKey:
		return shared.SettingAPIKey, true
	case seam.PersonalAccessToken:
		return shared.SettingPersonalAccessToken, true
	case seam.ClientSessionToken:
		return shared.SettingClientSessionToken, true
	}
	return shared.Setting{}, false
}

// blockValue is the provider block's argument for a credential of kind.
func (m providerModel) blockValue(kind seam.CredentialKind) types.String {
	switch kind {
	case seam.APIKey:
		return m.APIKey
	case seam.PersonalAccessToken:
		return m.PersonalAccessToken
	}
	return m.ClientSessionToken
}

// credentialCandidates are the credentials set in the provider block, or with fromBlock
// false, in the environment.
func credentialCandidates(m providerModel, fromBlock bool, getenv func(string) string) ([]credentialCandidate, diag.Diagnostics) {
	var out []credentialCandidate
	var diags diag.Diagnostics
	for _, kind := range credentialKinds {
		s, _ := settingOf(kind)
		value, env := m.blockValue(kind), noEnvironment
		if !fromBlock {
			value, env = types.StringNull(), getenv
		}
		if v, src, d := settingValue(value, s, env); src.Attr != "" {
			diags.Append(d...)
			out = append(out, credentialCandidate{kind, v, src})
		}
	}
	return out, diags
}

// noEnvironment is a getenv that finds nothing: the provider block's values alone.
func noEnvironment(string) string { return "" }

func resolveCredential(m providerModel, getenv func(string) string) (seam.Credential, shared.Source, diag.Diagnostic, diag.Diagnostics) {
	var diags diag.Diagnostics
	// Credential arguments in the block, if any; else credential variables.
	fromBlock := true
	chosen, d := credentialCandidates(m, true, getenv)
	if len(chosen) == 0 {
		fromBlock = false
		chosen, d = credentialCandidates(m, false, getenv)
	}
	diags.Append(d...)
	switch len(chosen) {
	case 0:
		missing := diag.NewErrorDiagnostic("No Seam credential",
			"The provider needs exactly one Seam credential to call Seam and found none. Set one of api_key, personal_access_token "+
				"(with workspace_id) or client_session_token in the provider block, or one of the environment variables "+
				"SEAM_API_KEY, SEAM_PERSONAL_ACCESS_TOKEN (with SEAM_WORKSPACE_ID) or SEAM_CLIENT_SESSION_TOKEN.")
		return seam.Credential{}, shared.Source{}, missing, diags
	case 1:
	default:
		names := make([]string, len(chosen))
		for i, c := range chosen {
			names[i] = c.source.String()
		}
		where := "the provider block"
		if !fromBlock {
			where = "the environment"
		}
		diags.AddError("More than one Seam credential",
			fmt.Sprintf("The provider needs exactly one Seam credential, and %s has %d: %s. Keep one and remove the others.",
				where, len(chosen), strings.Join(names, ", ")))
		return seam.Credential{}, shared.Source{}, nil, diags
	}
	if diags.HasError() {
		return seam.Credential{}, shared.Source{}, nil, diags
	}
	c := chosen[0]

	// workspace_id is not a credential: it goes with a personal access token from anywhere.
	var workspace string
	var workspaceSource shared.Source
	if !m.WorkspaceID.IsNull() || c.kind == seam.PersonalAccessToken {
		var d diag.Diagnostics
		workspace, workspaceSource, d = settingValue(m.WorkspaceID, shared.SettingWorkspaceID, getenv)
		diags.Append(d...)
	}

	credential, err := seam.NewCredential(c.kind, c.value, workspace)
	var credErr *seam.CredentialError
	if errors.As(err, &credErr) {
		diags.Append(credentialErrorDiagnostic(credErr, c.source, workspaceSource))
		return seam.Credential{}, shared.Source{}, nil, diags
	}
	if err != nil {
		diags.AddError("Invalid Seam credential", err.Error())
		return seam.Credential{}, shared.Source{}, nil, diags
	}
	return credential, c.source, nil, diags
}

func credentialErrorDiagnostic(err *seam.CredentialError, src, workspaceSource shared.Source) diag.Diagnostic {
	switch {
	case err.Problem == "needs a workspace ID":
		return valueError(src, "Personal access token without a workspace",
			fmt.Sprintf("%s holds a personal access token, which acts in a workspace that Seam must be told. "+
				"Set %s to the workspace's ID.", capitalize(src.String()), shared.SettingWorkspaceID.Both()))
	case err.Problem == "cannot be used with a workspace ID":
		return valueError(workspaceSource, "workspace_id without a personal access token",
			fmt.Sprintf("workspace_id applies only to a personal access token, and the credential from %s is %s, "+
				"which belongs to one workspace already. Remove workspace_id.", src, err.Kind.WithArticle()))
	case err.Problem != "":
		return valueError(src, "Invalid Seam credential", fmt.Sprintf("%s: %s.", capitalize(src.String()), err))
	}
	if right, ok := settingOf(err.LooksLike); ok {
		return valueError(src, "Seam credential in the wrong argument",
			fmt.Sprintf("The value of %s looks like %s, not %s: %s. Set it as %s instead.",
				src, err.LooksLike.WithArticle(), err.Kind.WithArticle(), err, right.Both()))
	}
	return valueError(src, "Invalid Seam credential",
		fmt.Sprintf("The value of %s is not a usable %s: %s. The provider accepts an API key, a personal access "+
			"token with a workspace ID, or a client session token.", src, err.Kind, err))
}

func resolveEndpoint(m providerModel, getenv func(string) string) (string, shared.Source, diag.Diagnostics) {
	endpoint, src, diags := settingValue(m.Endpoint, shared.SettingEndpoint, getenv)
	deprecated := strings.TrimSpace(getenv(shared.EnvAPIURL))
	switch {
	case endpoint != "" && src.Variable != "" && deprecated != "":
		diags.AddWarning("SEAM_API_URL is ignored",
			"Both SEAM_ENDPOINT and the deprecated SEAM_API_URL are set; SEAM_ENDPOINT is used. Remove SEAM_API_URL.")
	case endpoint == "" && deprecated != "":
		diags.AddWarning("SEAM_API_URL is deprecated",
			"The provider read its endpoint from SEAM_API_URL, the deprecated name of SEAM_ENDPOINT. Rename the variable to SEAM_ENDPOINT.")
		return deprecated, shared.FromEnv(shared.SettingEndpoint, shared.EnvAPIURL), diags
	case endpoint == "":
		return seam.DefaultEndpoint, shared.FromConfig(shared.SettingEndpoint), diags
	}
	return endpoint, src, diags
}

// valueError puts an error on the argument's path when the value came from the provider
// block, and at the top when it came from the environment, which has no path.
func valueError(src shared.Source, summary, detail string) diag.Diagnostic {
	if src.Variable == "" && src.Attr != "" {
		return diag.NewAttributeErrorDiagnostic(path.Root(src.Attr), summary, detail)
	}
	return diag.NewErrorDiagnostic(summary, detail)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
