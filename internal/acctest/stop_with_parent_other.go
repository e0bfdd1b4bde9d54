//go:build !linux

package acctest

import "os/exec"

// stopWithParent has no portable equivalent outside Linux; Stop still ends the fake.
func stopWithParent(*exec.Cmd) {}
