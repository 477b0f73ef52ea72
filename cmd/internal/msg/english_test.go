package msg

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// englishRE finds English words in a string: two of them in a row.
var englishRE = regexp.MustCompile(`\b[A-Za-z]{2,} [a-z]{2,}\b`)

// notForUsers are strings with English words that are said through fmt or
// errors on purpose: sentinel errors matched with errors.Is (their words
// are said by the message that wraps them), errors of tokki's own that a
// user cannot cause, and the developer tools. Keyed by file (from cmd/)
// and the string.
var notForUsers = map[string]bool{
	"tokki/build.go interrupted":                                                                              true,
	"internal/revision/git.go not in a Git checkout":                                                          true,
	"internal/revision/git.go %w: git is not installed (or not on PATH)":                                      true,
	"internal/revision/git.go %w (git says: %s)":                                                              true,
	"internal/revision/git.go revision %q: unexpected git output %q":                                          true,
	"internal/server/server.go port in use":                                                                   true,
	"internal/atomicfile/dup_other.go descriptor names are a Unix feature":                                    true,
	"internal/atomicfile/atomicfile.go too many levels of symbolic links":                                     true,
	"internal/review/fingerprint.go not a clause":                                                             true,
	"internal/publish/commit.go %q is not a site path":                                                        true,
	"internal/publish/publish.go the site is already finished":                                                true,
	"internal/search/write.go search: the page URL %q is not a relative path; it would not be safe as a link": true,
	"internal/content/load.go not a handbook":                                                                 true,
	"internal/content/source.go not a regular file":                                                           true,
	"internal/content/source.go a hidden file, not the handbook's":                                            true,
	"internal/create/create.go file already exists":                                                           true,
	"internal/site/partials.go Cached %q: not rendering a page":                                               true,
	"internal/revision/git.go git cat-file: %q":                                                               true,
	"internal/revision/versions.go git cat-file: %q":                                                          true,
}

// TestNoEnglishOnlyMessages fails when a message with English words is
// written with fmt or errors rather than through this package (which the
// catalog test then holds to a Japanese entry).
func TestNoEnglishOnlyMessages(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			// The developer tools and the synthetic handbooks speak to developers.
			if d.Name() == "testdata" || strings.HasPrefix(rel, "bench") || strings.HasPrefix(rel, "gen") || rel == "internal/synth" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			// The CLI's &exitError{msg: "…"}.
			if kv, ok := n.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "msg" {
					if s, ok := constString(kv.Value); ok && englishRE.MatchString(s) {
						t.Errorf("%s: msg: %q says English only; say it with msg.Text or msg.Sprintf", fset.Position(kv.Pos()), s)
					}
				}
				return true
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			x, ok := sel.X.(*ast.Ident)
			if !ok || (x.Name != "fmt" && x.Name != "errors") {
				return true
			}
			for _, a := range call.Args {
				s, ok := constString(a)
				if !ok || !englishRE.MatchString(s) || notForUsers[rel+" "+s] {
					continue
				}
				t.Errorf("%s: %s.%s(%q) says English only; say it with msg.Sprintf, msg.Errorf or msg.Text, and add its Japanese to a catalog_*.go",
					fset.Position(call.Pos()), x.Name, sel.Sel.Name, s)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
