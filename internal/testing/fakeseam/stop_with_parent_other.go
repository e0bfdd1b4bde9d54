//go:build !linux

package fakeseam

import "os/exec"

// stopWithParent has no portable equivalent outside Linux; Stop still ends the fake.
func stopWithParent(*exec.Cmd) {}
