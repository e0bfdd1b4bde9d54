// Command testsummary reads `go test -json` on stdin and sums it up for `make test`: each
// package's result, the output of every failed test, every skipped test with its reason, and
// a last line of counts. It fails when a test failed, or was skipped for any reason but one:
// a feature that needs a newer CLI than the one running (acctest.NewerCLIMarker), which it
// counts apart. It also writes the whole output, as `go test -v` prints it, to -log.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

func main() {
	logPath := flag.String("log", "", "where to write the tests' output")
	flag.Parse()
	code, err := summarize(os.Stdin, os.Stdout, *logPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsummary:", err)
		os.Exit(2)
	}
	os.Exit(code)
}

func summarize(in io.Reader, out io.Writer, logPath string) (int, error) {
	log := io.Discard
	if logPath != "" {
		f, err := os.Create(logPath)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		log = f
	}
	output := map[string]*strings.Builder{}
	var passed, failed, newer int
	var failures, skips, packages []string
	scanner := bufio.NewScanner(in)
	scanner.Buffer(make([]byte, 1024*1024), 16*1024*1024)
	for scanner.Scan() {
		var e event
		if err := json.Unmarshal(scanner.Bytes(), &e); err != nil {
			// Not JSON: a build failure's text, which go test prints as is.
			fmt.Fprintln(log, scanner.Text())
			packages = append(packages, scanner.Text())
			continue
		}
		key := e.Package + " " + e.Test
		switch e.Action {
		case "output":
			fmt.Fprint(log, e.Output)
			if output[key] == nil {
				output[key] = &strings.Builder{}
			}
			output[key].WriteString(e.Output)
		case "pass", "fail", "skip":
			if e.Test == "" {
				result := map[string]string{"pass": "ok  ", "fail": "FAIL", "skip": "--  "}[e.Action]
				packages = append(packages, fmt.Sprintf("%s %s", result, e.Package))
				continue
			}
			text := ""
			if output[key] != nil {
				text = output[key].String()
			}
			switch e.Action {
			case "pass":
				passed++
			case "fail":
				failed++
				failures = append(failures, fmt.Sprintf("--- FAIL: %s (%s)\n%s", e.Test, e.Package, text))
			case "skip":
				if strings.Contains(text, acctest.NewerCLIMarker) {
					newer++
					continue
				}
				skips = append(skips, fmt.Sprintf("--- SKIP: %s (%s)\n%s", e.Test, e.Package, text))
			}
		}
	}
	if err := scanner.Err(); err != nil {
		return 0, err
	}
	slices.Sort(packages)
	for _, p := range slices.Compact(packages) {
		fmt.Fprintln(out, p)
	}
	for _, f := range failures {
		fmt.Fprint(out, f)
	}
	for _, s := range skips {
		fmt.Fprint(out, s)
	}
	fmt.Fprintf(out, "%d passed, %d failed, %d skipped; %d left to a newer CLI than this one\n", passed, failed, len(skips), newer)
	switch {
	case failed > 0:
		return 1, nil
	case len(skips) > 0:
		fmt.Fprintln(out, "a hermetic run must skip no test but those left to a newer CLI")
		return 1, nil
	}
	return 0, nil
}
