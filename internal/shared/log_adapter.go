package shared

import (
	"context"

	"github.com/hashicorp/terraform-plugin-log/tflog"
)

// LogSubsystem names the Seam client's entries in the provider's log: @module=seam.http.
const LogSubsystem = "http"

// TFLogLogger sends the Seam client's entries to tflog. The context must come from
// ProviderData.LogContext, which sets up the subsystem and its masks.
type TFLogLogger struct{}

func (TFLogLogger) Debug(ctx context.Context, msg string, fields map[string]any) {
	tflog.SubsystemDebug(ctx, LogSubsystem, msg, fields)
}

func (TFLogLogger) Warn(ctx context.Context, msg string, fields map[string]any) {
	tflog.SubsystemWarn(ctx, LogSubsystem, msg, fields)
}
