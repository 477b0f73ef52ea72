package lint

import (
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// fieldNames are the words used in messages for keys whose meaning is not
// obvious from the English name.
var fieldNames = map[string]string{
	"rationale": "rationale (解説)",
	"aspect":    "aspect (対策 or 運用)",
	"timing":    "timing (契約前, 定期, 終了時 or 随時)",
	"order":     "order (the article number)",
}

func fieldName(name string) string {
	if s, ok := fieldNames[name]; ok {
		return s
	}
	return name
}

func checkRequired(c *Context) {
	if c.H.Home == nil {
		c.ReportPath(content.HomePath, content.Pos{},
			"the handbook has no home page; create %s with at least a title (it also holds the settings)", content.HomePath)
	}
	for _, d := range c.H.Docs {
		if !d.Decoded {
			continue
		}
		for _, spec := range content.Schema(d.Kind, d.Path) {
			if !spec.Required {
				continue
			}
			f, present := d.Fields[spec.Name]
			if present && f.Invalid {
				continue // invalid-value says what is wrong with it
			}
			if !present {
				c.Report(d, content.Pos{Line: 1}, "this %s has no %s; add the key '%s:' to the front matter",
					what(d), fieldName(spec.Name), spec.Name)
				continue
			}
			if isEmpty(d.Value(spec.Name)) {
				c.Report(d, f.Key, "%s is empty; %s", fieldName(spec.Name), fillHint(spec.Name))
			}
		}
	}
}

// what names the kind of a file in a message: incident pages are pages that
// need more.
func what(d *content.Doc) string {
	if d.Kind == content.KindPage && strings.HasPrefix(d.Path, content.IncidentsDir+"/") {
		return "incident page"
	}
	if d.Kind == content.KindPage && strings.HasPrefix(d.Path, content.FormsDir+"/") {
		return "form page"
	}
	return d.Kind.String()
}

func isEmpty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(v) == ""
	case []string:
		return len(v) == 0
	}
	return false
}

func fillHint(name string) string {
	switch name {
	case "rationale":
		return "explain in plain words why it is needed and what goes wrong without it"
	case "timing":
		return "give at least one of 契約前, 定期, 終了時, 随時"
	}
	return "give it a value"
}
