package acctest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
)

// RequireTerraform finds the Terraform CLI through TF_ACC_TERRAFORM_PATH or PATH and pins
// TF_ACC_TERRAFORM_PATH to it, so terraform-plugin-testing never tries to download one.
func RequireTerraform() error {
	// Terraform must not call HashiCorp's update check from tests.
	if err := os.Setenv("CHECKPOINT_DISABLE", "1"); err != nil {
		return err
	}
	if p := os.Getenv("TF_ACC_TERRAFORM_PATH"); p != "" {
		if info, err := os.Stat(p); err != nil || info.IsDir() || info.Mode()&0o111 == 0 {
			return fmt.Errorf("TF_ACC_TERRAFORM_PATH is %s, which is not an executable file", p)
		}
		return nil
	}
	p, err := exec.LookPath("terraform")
	if err != nil {
		return errors.New("terraform CLI not found: install Terraform 1.10 or later on PATH, or set TF_ACC_TERRAFORM_PATH")
	}
	return os.Setenv("TF_ACC_TERRAFORM_PATH", p)
}
