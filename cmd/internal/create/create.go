// Package create writes new handbook files with their front-matter skeleton
// filled in: the next free id, the clause a check item belongs to, today's
// review date. It never overwrites a file. The files hold no comments on
// what to fill in (an editor would have to delete them); Guide says it
// instead, for the command to print.
package create

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Kinds are the kinds of file New writes.
var Kinds = []string{"clause", "check", "page"}

// Options say what to write.
type Options struct {
	Title  string
	Clause string // for a check item: the clause it checks (required)
	Aspect string // for a check item: 対策 (default) or 運用
	ID     string // override the generated id
	// Slug names a clause's or check item's file after its id
	// (c39-<slug>.md); when empty, the ASCII words of the title are used
	// (生成AIの利用 gives ai), and a title without any gives the id alone.
	Slug string
	Path string // for a page: its path under content/ (required); for others, optional
	Now  time.Time
}

// ErrExists is returned when the file to write is already there.
var ErrExists = errors.New("file already exists")

// New writes a new file of kind into the handbook at root (already loaded as
// h) and returns its slash path relative to root.
func New(root string, h *content.Handbook, kind string, o Options) (string, error) {
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	var rel, text string
	var err error
	switch kind {
	case "clause":
		rel, text, err = newClause(h, o)
	case "check":
		rel, text, err = newCheck(h, o)
	case "page":
		rel, text, err = newPage(h, o)
	default:
		return "", msg.Errorf("unknown kind %q; use clause, check or page", kind)
	}
	if err != nil {
		return "", err
	}
	if strings.Contains("/"+rel+"/", "/../") {
		return "", msg.Errorf("%s is outside the handbook; give a path inside it", rel)
	}
	full := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return "", err
	}
	f, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return "", msg.Errorf("%s: %w; choose another name with --path or --id", rel, ErrExists)
	}
	if err != nil {
		return "", err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return "", err
	}
	return rel, f.Close()
}

var clauseNum = regexp.MustCompile(`^C-(\d+)$`)

func newClause(h *content.Handbook, o Options) (string, string, error) {
	maxNum, width, maxOrder := 0, 2, 0
	for _, c := range h.Clauses {
		if m := clauseNum.FindStringSubmatch(c.ID); m != nil {
			n, _ := strconv.Atoi(m[1])
			maxNum = max(maxNum, n)
			width = max(width, len(m[1]))
		}
		maxOrder = max(maxOrder, c.Order)
	}
	id := o.ID
	if id == "" {
		id = fmt.Sprintf("C-%0*d", width, maxNum+1)
	}
	if err := checkNewID(h, id); err != nil {
		return "", "", err
	}
	rel := o.Path
	if rel == "" {
		rel = fileName(strings.ToLower(strings.ReplaceAll(id, "-", "")), o)
	}
	rel = under(content.ClausesDir, rel)
	text := fmt.Sprintf(`---
id: %s
title: %s
order: %d
rationale: ""
stages: []
incidents: []
sources: []
reviewed: %s
---

受注者は、
`, yamlScalar(id), title(o.Title), maxOrder+1, o.Now.Format(time.DateOnly))
	return rel, text, nil
}

func newCheck(h *content.Handbook, o Options) (string, string, error) {
	if o.Clause == "" {
		return "", "", msg.Errorf("a check item needs the clause it checks: --clause C-09")
	}
	if h.ClauseByID(o.Clause) == nil {
		return "", "", msg.Errorf("clause %q does not exist; give the id of an existing clause", o.Clause)
	}
	aspect := o.Aspect
	if aspect == "" {
		aspect = "対策"
	}
	if aspect != "対策" && aspect != "運用" {
		return "", "", msg.Errorf("aspect %q is not 対策 or 運用", aspect)
	}
	stem := strings.TrimPrefix(o.Clause, "C-")
	prefix := "K-" + stem + "-"
	n := 0
	for _, k := range h.Checks {
		if rest, ok := strings.CutPrefix(k.ID, prefix); ok {
			if i, err := strconv.Atoi(rest); err == nil {
				n = max(n, i)
			}
		}
	}
	id := o.ID
	if id == "" {
		id = fmt.Sprintf("%s%d", prefix, n+1)
	}
	if err := checkNewID(h, id); err != nil {
		return "", "", err
	}
	rel := o.Path
	if rel == "" {
		rel = fileName("k"+strings.ToLower(strings.TrimPrefix(id, "K-")), o)
	}
	rel = under(content.ChecklistDir, rel)
	text := fmt.Sprintf(`---
id: %s
clause: %s
title: %s
aspect: %s
timing: [定期]
method: [書面]
evidence: ""
rationale: ""
question: ""
good: ""
reviewed: %s
---

（点検者が尋ねること。よい回答の例と、注意が必要な回答の例。）
`, yamlScalar(id), yamlScalar(o.Clause), title(o.Title), aspect, o.Now.Format(time.DateOnly))
	return rel, text, nil
}

func newPage(h *content.Handbook, o Options) (string, string, error) {
	if o.Path == "" {
		return "", "", msg.Errorf("a page needs its path under content/, e.g. tokki new page guide/budget.md")
	}
	rel := under(content.ContentDir, o.Path)
	var extra string
	if strings.HasPrefix(rel, content.IncidentsDir+"/") {
		id := o.ID
		if id == "" {
			id = "I-" + o.Now.Format("2006-01")
		}
		extra = fmt.Sprintf("id: %s\ndate: %s\n",
			yamlScalar(id), o.Now.Format(time.DateOnly))
	} else if strings.HasPrefix(rel, content.FormsDir+"/") && path.Base(rel) != "_index.md" {
		return rel, newForm(h, o), nil
	} else if o.ID != "" {
		extra = "id: " + yamlScalar(o.ID) + "\n"
	}
	text := fmt.Sprintf("---\ntitle: %s\n%s---\n\n", title(o.Title), extra)
	return rel, text, nil
}

// newForm is a form page (様式) numbered after the handbook's last form,
// with a table to fill in to start from.
func newForm(h *content.Handbook, o Options) string {
	n := 1
	for _, p := range h.Pages {
		if p.IsForm() {
			n = max(n, p.Form+1)
		}
	}
	id := o.ID
	if id == "" {
		id = fmt.Sprintf("F-%02d", n)
	}
	title := o.Title
	if label := content.FormLabel(n); !strings.HasPrefix(title, label) {
		title = strings.TrimSpace(label + "　" + title)
	}
	return fmt.Sprintf(`---
title: %s
id: %s
form: %d
description: ""
---

　　年　　月　　日

（発注者）　様

| 事項 | 記入欄 |
| --- | --- |
| （記入してもらう事項） | |
`, yamlScalar(title), yamlScalar(id), n)
}

// under puts a relative path inside dir unless it is already there, and
// gives it the .md extension.
func under(dir, rel string) string {
	rel = path.Clean(filepath.ToSlash(rel))
	if !strings.HasSuffix(rel, ".md") {
		rel += ".md"
	}
	if strings.HasPrefix(rel, dir+"/") {
		return rel
	}
	return dir + "/" + strings.TrimPrefix(rel, "/")
}

func checkNewID(h *content.Handbook, id string) error {
	for _, d := range h.Docs {
		if v, _ := d.Value("id").(string); v == id {
			return msg.Errorf("id %s is already used by %s", id, d.Path)
		}
	}
	return nil
}

// title writes a title as YAML: plain where it reads back the same, ""
// when there is none yet.
func title(s string) string {
	if s == "" {
		return `""`
	}
	return yamlScalar(s)
}

// yamlString writes s as a YAML double-quoted string ("" when empty).
// Go's escapes (\n, \t, \x7f, \u2028…) are all YAML escapes too.
func yamlString(s string) string {
	return strconv.Quote(s)
}

// yamlScalar writes s plain where the YAML encoder would (I-2025-01,
// 再委託), so that ids look as editors write them, and double-quoted where
// plain text would read back as something else: a mapping (a: b), a
// comment (#x), a list (- y), a number, true, null.
func yamlScalar(s string) string {
	if b, err := yaml.Marshal(s); err == nil && strings.TrimSuffix(string(b), "\n") == s {
		return s
	}
	return yamlString(s)
}
