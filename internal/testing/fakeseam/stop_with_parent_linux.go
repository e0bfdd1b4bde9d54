package fakeseam

import (
	"os/exec"
	"syscall"
)

// stopWithParent has Linux end the fake if the test binary dies without stopping it.
func stopWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
}
