package climatepreset_test

import (
	"os"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

func TestMain(m *testing.M) { os.Exit(acctest.Main(m)) }
