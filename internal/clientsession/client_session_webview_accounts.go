package clientsession

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// When the end user completes one of a session's Connect Webviews, Seam may add the
// webview's connected account to the session. That account is the session working as
// meant, not drift: the provider records which accounts came that way (in private state,
// keyed privateWebviewAccounts) and plans no change for them.
const privateWebviewAccounts = "webview_accounts"

// accountsViaOwnWebviews returns those of extra (accounts the session holds beyond what
// Terraform expected) that are the connected account of one of the session's webviews.
// It asks Seam only when there is something to explain.
func accountsViaOwnWebviews(ctx context.Context, client *seam.Client, s *seam.ClientSession, extra []string) ([]string, error) {
	if len(extra) == 0 || len(s.ConnectWebviewIDs) == 0 {
		return nil, nil
	}
	var via []string
	for _, id := range s.ConnectWebviewIDs {
		w, err := client.GetConnectWebview(ctx, id)
		var notFound *seam.NotFoundError
		switch {
		case errors.As(err, &notFound):
			continue
		case err != nil:
			return nil, fmt.Errorf("reading Connect Webview %q of the session: %w", id, err)
		}
		if w.ConnectedAccountID != nil && slices.Contains(extra, *w.ConnectedAccountID) {
			via = append(via, *w.ConnectedAccountID)
		}
	}
	return via, nil
}

// webviewAccounts is what privateWebviewAccounts holds.
func webviewAccounts(ctx context.Context, private shared.PrivateReader) []string {
	if private == nil {
		return nil
	}
	raw, diags := private.GetKey(ctx, privateWebviewAccounts)
	var ids []string
	if diags.HasError() || raw == nil || json.Unmarshal(raw, &ids) != nil {
		return nil
	}
	return ids
}

// recordWebviewAccounts keeps, of known and found, the accounts the session still holds.
func recordWebviewAccounts(ctx context.Context, private shared.PrivateWriter, known, found, holds []string) diag.Diagnostics {
	var keep []string
	for _, id := range append(slices.Clone(known), found...) {
		if slices.Contains(holds, id) && !slices.Contains(keep, id) {
			keep = append(keep, id)
		}
	}
	if len(keep) == 0 {
		return private.SetKey(ctx, privateWebviewAccounts, nil)
	}
	slices.Sort(keep)
	raw, _ := json.Marshal(keep)
	return private.SetKey(ctx, privateWebviewAccounts, raw)
}

// settleWebviewAccounts runs after Seam answers a create or a grant: when the configuration
// set connected_account_ids (want: nil when not set, or not known) and Seam's answer holds more, each more account must have come
// through the session's own webviews; the state then keeps the planned set, as Terraform
// requires of a configured value. It returns the accounts to record.
func settleWebviewAccounts(ctx context.Context, client *seam.Client, want []string, s *seam.ClientSession, known []string) ([]string, error) {
	if want == nil {
		return nil, nil
	}
	extra := missingFrom(want, s.ConnectedAccountIDs)
	via, err := accountsViaOwnWebviews(ctx, client, s, missingFrom(known, extra))
	if err != nil {
		return nil, err
	}
	found := append(slices.Clone(known), via...)
	if len(missingFrom(found, extra)) > 0 {
		return found, nil // Seam added something else: the state says so
	}
	s.ConnectedAccountIDs = slices.DeleteFunc(slices.Clone(s.ConnectedAccountIDs), func(id string) bool { return slices.Contains(extra, id) })
	return found, nil
}
