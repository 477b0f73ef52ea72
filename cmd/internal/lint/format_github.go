package lint

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeGitHub prints GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request's changed lines:
//
//	::error file=F,line=L,col=C,title=T::message
//
// Property values and the message are escaped as the runner expects.
func writeGitHub(w io.Writer, findings []Finding, base Base) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		props := []string{"file=" + escapeProperty(printable(base.path(f.File), ""))}
		if f.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.Line))
			if f.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", f.Column))
			}
		}
		props = append(props, "title="+escapeProperty("tokki "+f.Rule))
		fmt.Fprintf(bw, "::%s %s::%s\n", f.Severity, strings.Join(props, ","), escapeData(printable(f.Message, "\r\n")+" ["+f.Rule+"]"))
	}
	return bw.Flush()
}

var dataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

var propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
