// Command seamopenapi extracts the part of Seam's OpenAPI document that the provider uses
// (the paths its client calls, as each object's client file declares them; the schemas they
// reference and their security schemes),
// and the event types a webhook's "*" stands for, from the npm package @seamapi/types, pinned
// in internal/testing/fakeseam/package-lock.json. `make generate` runs it through go:generate in
// internal/testing/seamspec.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// printDocument prints the whole document as JSON; the package is CommonJS-loadable.
const printDocument = `process.stdout.write(JSON.stringify(require("@seamapi/types/connect").openapi))`

func main() {
	out := flag.String("o", "", "the file to write the extracted document to")
	events := flag.String("events", "", "the Go file to write the event types to")
	flag.Parse()
	if err := run(*out, *events); err != nil {
		fmt.Fprintln(os.Stderr, "seamopenapi:", err)
		os.Exit(1)
	}
}

func run(out, events string) error {
	if out == "" || events == "" {
		return errors.New("-o and -events are required")
	}
	root, err := fakeseam.ModuleRoot()
	if err != nil {
		return err
	}
	npmDir := filepath.Join(root, "internal", "testing", "fakeseam")
	version, err := packageVersion(filepath.Join(npmDir, "node_modules", "@seamapi", "types", "package.json"))
	if err != nil {
		return fmt.Errorf("%w (run `make deps` to install the npm packages from internal/testing/fakeseam/package-lock.json)", err)
	}
	cmd := exec.CommandContext(context.Background(), "node", "-e", printDocument)
	cmd.Dir = npmDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("reading @seamapi/types with node: %w: %s", err, stderr.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("@seamapi/types printed something that is not JSON: %w", err)
	}
	source := "@seamapi/types@" + version
	part, err := extract(doc, seam.Paths(), source)
	if err != nil {
		return err
	}
	encoded, err := json.MarshalIndent(part, "", "  ")
	if err != nil {
		return err
	}
	types, err := eventTypes(doc)
	if err != nil {
		return err
	}
	goSource, err := eventTypesSource(types, source)
	if err != nil {
		return err
	}
	if err := os.WriteFile(events, goSource, 0o644); err != nil {
		return err
	}
	return os.WriteFile(out, append(encoded, '\n'), 0o644)
}

func packageVersion(file string) (string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	var pkg struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(b, &pkg); err != nil || pkg.Version == "" {
		return "", fmt.Errorf("%s has no version", file)
	}
	return pkg.Version, nil
}
