// Command terraform-provider-seam serves the Seam Terraform provider.
package main

import (
	"context"
	"flag"
	"log"
	"os"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
)

// version is set by the release build: -ldflags "-X main.version=1.2.3".
var version = "dev"

//go:generate go run ./internal/cmd/gendocs

func main() {
	var debug bool
	flag.BoolVar(&debug, "debug", false, "run the provider for a debugger such as delve; it prints TF_REATTACH_PROVIDERS to set")
	flag.Parse()

	provider.QuietUnreadLogs(os.Environ(), debug, os.Setenv)
	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: "registry.terraform.io/seamapi/seam",
		Debug:   debug,
	})
	if err != nil {
		log.Fatal(err)
	}
}
