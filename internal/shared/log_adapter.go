package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-log/tflog"
)

// logSubsystem names the Seam client's entries in the provider's log: @module=seam.http.
const logSubsystem = "http"

// tflogLogger sends the Seam client's entries to tflog. The context must come from
// providerData.logContext, which sets up the subsystem and its masks.
type tflogLogger struct{}

func (tflogLogger) Debug(ctx context.Context, msg string, fields map[string]any) {
	tflog.SubsystemDebug(ctx, logSubsystem, msg, fields)
}

func (tflogLogger) Warn(ctx context.Context, msg string, fields map[string]any) {
	tflog.SubsystemWarn(ctx, logSubsystem, msg, fields)
}
