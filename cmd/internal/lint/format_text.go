package lint

import (
	"bufio"
	"fmt"
	"io"
)

// writeText prints one line per finding, in the form compilers use and
// editors jump to: file:line:col: severity: message [rule].
func writeText(w io.Writer, findings []Finding, base Base) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s]\n", printable(base.path(f.File), ""), f.Line, f.Column, f.Severity, printable(f.Message, ""), f.Rule)
	}
	return bw.Flush()
}
