package lint

import (
	"fmt"
	"io"
)

// Formats are the output formats Write knows.
var Formats = []string{"text", "json", "github", "sarif"}

// Write prints findings in a format. version is tokki's version, for the
// SARIF tool description.
func Write(w io.Writer, format string, findings []Finding, version string) error {
	switch format {
	case "text":
		return writeText(w, findings)
	case "json":
		return writeJSON(w, findings)
	case "github":
		return writeGitHub(w, findings)
	case "sarif":
		return writeSARIF(w, findings, version)
	}
	return fmt.Errorf("unknown format %q; use one of text, json, github, sarif", format)
}
