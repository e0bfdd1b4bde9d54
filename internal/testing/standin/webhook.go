package standin

import (
	"net/http"
	"slices"

	"github.com/google/uuid"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// Webhook is a webhook as the stand-in holds it. Seam's fake lacks /webhooks/update; the
// stand-in serves every webhook route, so that one endpoint serves the whole story.
type Webhook struct {
	WebhookID   string
	WorkspaceID string
	URL         string
	EventTypes  []string
	Secret      string
}

// AllEventTypes is what "*" (every event, Seam's default) stands for: as Seam's fake does,
// the stand-in answers with the list, not the wildcard: every event type of Seam's OpenAPI.
var AllEventTypes = seam.EventTypes

var webhookNotFound = fail(http.StatusNotFound, "webhook_not_found", "webhook not found")

func (w *Webhook) json() map[string]any {
	return map[string]any{"webhook_id": w.WebhookID, "url": w.URL, "event_types": w.EventTypes, "secret": w.Secret}
}

func eventTypes(p params) []string {
	types := p.strs("event_types")
	if _, set := p["event_types"]; !set || (len(types) == 1 && types[0] == "*") {
		return slices.Clone(AllEventTypes)
	}
	return types
}

func (s *Server) createWebhook(who caller, p params) answer {
	url, _ := p.str("url")
	w := &Webhook{WebhookID: uuid.NewString(), WorkspaceID: who.workspaceID, URL: url, EventTypes: eventTypes(p),
		Secret: "whsec_" + randomHex(16)}
	s.webhooks = append(s.webhooks, w)
	return ok(map[string]any{"webhook": w.json()})
}

func (s *Server) findWebhook(who caller, p params) *Webhook {
	id, _ := p.str("webhook_id")
	i := slices.IndexFunc(s.webhooks, func(w *Webhook) bool { return w.WorkspaceID == who.workspaceID && w.WebhookID == id })
	if i < 0 {
		return nil
	}
	return s.webhooks[i]
}

func (s *Server) getWebhook(who caller, p params) answer {
	w := s.findWebhook(who, p)
	if w == nil {
		return webhookNotFound
	}
	return ok(map[string]any{"webhook": w.json()})
}

func (s *Server) updateWebhook(who caller, p params) answer {
	w := s.findWebhook(who, p)
	if w == nil {
		return webhookNotFound
	}
	w.EventTypes = eventTypes(p)
	return ok(map[string]any{})
}

func (s *Server) deleteWebhook(who caller, p params) answer {
	w := s.findWebhook(who, p)
	if w == nil {
		return webhookNotFound
	}
	s.webhooks = slices.DeleteFunc(s.webhooks, func(x *Webhook) bool { return x == w })
	return ok(map[string]any{})
}

// RemoveWebhook deletes a webhook behind the provider's back, as another tool would.
func (s *Server) RemoveWebhook(webhookID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.webhooks)
	s.webhooks = slices.DeleteFunc(s.webhooks, func(x *Webhook) bool { return x.WebhookID == webhookID })
	return len(s.webhooks) < n
}

// WebhookID is the ID of a webhook to url, in any workspace, or "".
func (s *Server) WebhookID(url string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range s.webhooks {
		if w.URL == url {
			return w.WebhookID
		}
	}
	return ""
}

func (s *Server) listWebhooks(who caller) answer {
	out := []map[string]any{}
	for _, w := range s.webhooks {
		if w.WorkspaceID == who.workspaceID {
			out = append(out, w.json())
		}
	}
	return ok(map[string]any{"webhooks": out})
}

// SetWebhookEventTypes changes a webhook's event types behind the provider's back, as Seam
// Console would; it fails the test (through fail) when there is no such webhook.
func (s *Server) SetWebhookEventTypes(webhookID string, eventTypes []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := slices.IndexFunc(s.webhooks, func(w *Webhook) bool { return w.WebhookID == webhookID })
	if i < 0 {
		s.fail("stand-in: no webhook %s to change", webhookID)
		return
	}
	s.webhooks[i].EventTypes = eventTypes
}

// WebhookSecrets are the secrets of the stand-in's webhooks: what must never be printed.
func (s *Server) WebhookSecrets() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, len(s.webhooks))
	for i, w := range s.webhooks {
		out[i] = w.Secret
	}
	return out
}

// The rules the routes of this file follow.
const (
	webhookEveryEventByDefault  Rule = "a webhook made without event_types, or with \"*\", answers every event type"
	webhookSecret               Rule = "a webhook has a secret"
	webhookUpdateSetsEventTypes Rule = "an update sets a webhook's event types"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		webhookEveryEventByDefault: {Path: "/webhooks/create", Assumed: "as Seam's fake answers: no event_types, or [\"*\"], " +
			"is every event type, listed in full; the OpenAPI names no default"},
		webhookSecret:               {Path: "/webhooks/get", Says: "Secret associated with the [webhook](https://docs.seam.co/developer-tools/webhooks)."},
		webhookUpdateSetsEventTypes: {Path: "/webhooks/update", Says: "Types of events that you want the webhook to receive."},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/webhooks/create": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.createWebhook(who, p) },
			rules: []Rule{workspaceScoped, webhookEveryEventByDefault, webhookSecret}},
		"/webhooks/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getWebhook(who, p) },
			rules: []Rule{workspaceScoped}},
		"/webhooks/list": {serve: func(s *Server, who caller, _ *http.Request, _ params) answer { return s.listWebhooks(who) },
			rules: []Rule{workspaceScoped}},
		"/webhooks/update": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.updateWebhook(who, p) },
			rules: []Rule{workspaceScoped, webhookUpdateSetsEventTypes}},
		"/webhooks/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.deleteWebhook(who, p) },
			rules: []Rule{workspaceScoped}},
	})
}
