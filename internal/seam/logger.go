package seam

import "context"

// Logger receives the client's log entries. The client puts no secret in a message or a
// field; a Logger may mask TokenPattern and Client.Secrets as well, as a second line.
type Logger interface {
	Debug(ctx context.Context, msg string, fields map[string]any)
	Warn(ctx context.Context, msg string, fields map[string]any)
}

type nopLogger struct{}

func (nopLogger) Debug(context.Context, string, map[string]any) {}
func (nopLogger) Warn(context.Context, string, map[string]any)  {}
