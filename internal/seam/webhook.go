package seam

import "context"

// Webhook is Seam's webhook object: where Seam sends the workspace's events, and the secret
// that signs them.
type Webhook struct {
	WebhookID  string   `json:"webhook_id"`
	URL        string   `json:"url"`
	EventTypes []string `json:"event_types"`
	Secret     *string  `json:"secret"`
}

func (w *Webhook) missingField() string {
	switch {
	case w.WebhookID == "":
		return "webhook_id"
	case w.URL == "":
		return "url"
	}
	return ""
}

var (
	webhook            = object{"webhook", "webhooks", "webhook_not_found", ""}
	routeCreateWebhook = declare(route{"/webhooks/create", onlyIfNotSent, workspaceKeys, webhook})
	routeGetWebhook    = declare(route{"/webhooks/get", safeToRepeat, workspaceKeys, webhook})
	routeUpdateWebhook = declare(route{"/webhooks/update", safeToRepeat, workspaceKeys, webhook})
	routeDeleteWebhook = declare(route{"/webhooks/delete", safeToRepeat, workspaceKeys, webhook})
	routeListWebhooks  = declare(route{"/webhooks/list", safeToRepeat, workspaceKeys, webhook})
)

// CreateWebhook calls /webhooks/create; nil eventTypes leaves Seam's default (every event).
// It is retried only when Seam provably did not receive it.
func (c *Client) CreateWebhook(ctx context.Context, url string, eventTypes []string) (*Webhook, error) {
	body := struct {
		URL        string   `json:"url"`
		EventTypes []string `json:"event_types,omitempty"`
	}{url, eventTypes}
	return callFor[Webhook](ctx, c, routeCreateWebhook, body, "webhook")
}

// GetWebhook calls /webhooks/get.
func (c *Client) GetWebhook(ctx context.Context, webhookID string) (*Webhook, error) {
	body := struct {
		WebhookID string `json:"webhook_id"`
	}{webhookID}
	return callFor[Webhook](ctx, c, routeGetWebhook, body, "webhook")
}

// UpdateWebhook calls /webhooks/update, which sets the event types: repeating it sets the
// same, so it is retried like a read. Seam answers with no object.
func (c *Client) UpdateWebhook(ctx context.Context, webhookID string, eventTypes []string) error {
	body := struct {
		WebhookID  string   `json:"webhook_id"`
		EventTypes []string `json:"event_types"`
	}{webhookID, eventTypes}
	return c.call(ctx, routeUpdateWebhook, body, ignoreBody)
}

// DeleteWebhook calls /webhooks/delete. A webhook already gone is a NotFoundError, which a
// caller may take as success.
func (c *Client) DeleteWebhook(ctx context.Context, webhookID string) error {
	body := struct {
		WebhookID string `json:"webhook_id"`
	}{webhookID}
	return c.call(ctx, routeDeleteWebhook, body, ignoreBody)
}

// ListWebhooks calls /webhooks/list: every webhook of the workspace (the route has no filter).
func (c *Client) ListWebhooks(ctx context.Context) ([]Webhook, error) {
	return listAll[Webhook](ctx, c, routeListWebhooks, struct{}{}, "webhooks")
}
