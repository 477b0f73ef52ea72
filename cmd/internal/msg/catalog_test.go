package msg

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// sayers are the functions and methods whose argument at the index is a
// message format (or text): methods and functions of another package by
// name (msg's own; lint's Report and ReportPath, which say a finding in
// the run's language), a package's own functions as package.name.
var sayers = map[string]int{
	"Sprintf": 0, "Errorf": 0, "Text": 0, "Mark": 0,
	"Report": 2, "ReportPath": 2,
	"content.problem": 2,
	"logf":            0, "server.logf": 0, // the dev server's lines on the terminal
}

type use struct {
	pos string
	key string
}

// messages finds every message format in tokki's Go sources (not tests):
// a call of a sayer on anything but fmt, errors or a testing value. A
// format that is not a constant string is reported in bad, unless the
// call is Text (whose argument was Marked where it was written) or the
// format is a parameter named format that a sayer passes on.
func messages(t *testing.T) (uses []use, bad []string) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fun := call.Fun.(type) {
			case *ast.SelectorExpr:
				if x, ok := fun.X.(*ast.Ident); ok && (x.Name == "fmt" || x.Name == "errors") {
					return true
				}
				name = fun.Sel.Name
			case *ast.Ident:
				name = f.Name.Name + "." + fun.Name
			}
			i, ok := sayers[name]
			if !ok || len(call.Args) <= i {
				return true
			}
			pos := fset.Position(call.Pos()).String()
			key, ok := constString(call.Args[i])
			switch {
			case ok:
				uses = append(uses, use{pos, key})
			case name == "Text":
				// said of a value Marked where it was written
			case isIdent(call.Args[i], "format"):
				// a sayer passing its own format on
			default:
				bad = append(bad, pos)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return uses, bad
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// constString is the value of a string literal or a sum of them.
func constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := constString(e.X)
		b, ok2 := constString(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return constString(e.X)
	}
	return "", false
}

// needsWords reports whether a format has anything to translate: "%s" or
// "%v: %w" is the same in every language.
func needsWords(format string) bool {
	return strings.ContainsFunc(verbless(format), func(r rune) bool {
		return r > 0x7f || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	})
}

// TestEveryMessageHasJapanese fails when a message is added in English
// only, or said with a format that is not a constant (which the catalog
// cannot hold).
func TestEveryMessageHasJapanese(t *testing.T) {
	uses, bad := messages(t)
	if len(uses) < 50 {
		t.Fatalf("found only %d messages; is the walk of the sources right?", len(uses))
	}
	for _, pos := range bad {
		t.Errorf("%s: the message format is not a constant string; write it in the call, or Mark it where it is written", pos)
	}
	for _, u := range uses {
		if _, ok := japanese[u.key]; !ok && needsWords(u.key) {
			t.Errorf("%s: no Japanese for %q; add it to a catalog_*.go", u.pos, u.key)
		}
	}
}

// TestNoUnusedJapanese fails when a catalog entry is said nowhere (a
// message changed in the code but not in the catalog).
func TestNoUnusedJapanese(t *testing.T) {
	uses, _ := messages(t)
	used := map[string]bool{}
	for _, u := range uses {
		used[u.key] = true
	}
	for k := range japanese {
		if !used[k] {
			t.Errorf("the catalog has %q, which no code says; remove it or fix its key", k)
		}
	}
	seen := map[string]bool{}
	for _, m := range []map[string]string{lintJA, contentJA, cliJA, helpJA} {
		for k := range m {
			if seen[k] {
				t.Errorf("%q is in two catalog files", k)
			}
			seen[k] = true
		}
	}
}

// TestVerbsMatch checks that each Japanese format takes the same
// arguments, with the same verbs, as its English one.
func TestVerbsMatch(t *testing.T) {
	for en, ja := range japanese {
		a, b := verbs(en), verbs(ja)
		if !slices.Equal(a, b) {
			t.Errorf("the verbs differ:\n  %q takes %v\n  %q takes %v", en, a, ja, b)
		}
		if ja == "" {
			t.Errorf("%q has an empty Japanese entry", en)
		}
	}
}

// verbs lists the verb each argument is formatted with, in argument
// order, following explicit indexes ("%[2]s").
func verbs(format string) []string {
	var out []string
	next := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		j := i
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			break
		}
		spec := format[i:j]
		if k := strings.Index(spec, "["); k >= 0 {
			n, _ := strconv.Atoi(spec[k+1 : strings.Index(spec, "]")])
			next = n - 1
			spec = spec[:k] + spec[strings.Index(spec, "]")+1:]
		}
		for len(out) <= next {
			out = append(out, "")
		}
		out[next] = spec + string(format[j])
		next++
		i = j
	}
	return out
}

// verbless is the format without its verbs.
func verbless(format string) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			i++
		}
	}
	return b.String()
}

func TestVerbs(t *testing.T) {
	for _, c := range []struct {
		format string
		want   []string
	}{
		{"%s has %d", []string{"s", "d"}},
		{"%[2]d件の%[1]s", []string{"s", "d"}},
		{"100%% of %q", []string{"q"}},
		{"%-5s|%5.2f", []string{"-5s", "5.2f"}},
	} {
		if got := verbs(c.format); !slices.Equal(got, c.want) {
			t.Errorf("verbs(%q) = %v, want %v", c.format, got, c.want)
		}
	}
}
