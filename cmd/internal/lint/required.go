package lint

import (
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// fieldNames are the words used in messages for keys whose meaning is not
// obvious from the English name.
var fieldNames = map[string]string{
	"rationale": msg.Mark("rationale (解説)"),
	"aspect":    msg.Mark("aspect (対策 or 運用)"),
	"timing":    msg.Mark("timing (契約前, 定期, 終了時 or 随時)"),
	"order":     msg.Mark("order (the article number)"),
}

func fieldName(lang msg.Lang, name string) string {
	if s, ok := fieldNames[name]; ok {
		return lang.Text(s)
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
					c.Lang.Text(what(d)), fieldName(c.Lang, spec.Name), spec.Name)
				continue
			}
			if isEmpty(d.Value(spec.Name)) {
				c.Report(d, f.Key, "%s is empty; %s", fieldName(c.Lang, spec.Name), c.Lang.Text(fillHint(spec.Name)))
			}
		}
	}
}

// what names the kind of a file in a message: incident pages are pages that
// need more.
func what(d *content.Doc) string {
	if d.Kind == content.KindPage && strings.HasPrefix(d.Path, content.IncidentsDir+"/") {
		return msg.Mark("incident page")
	}
	if d.Kind == content.KindPage && strings.HasPrefix(d.Path, content.FormsDir+"/") {
		return msg.Mark("form page")
	}
	switch d.Kind {
	case content.KindClause:
		return msg.Mark("clause")
	case content.KindCheck:
		return msg.Mark("check item")
	case content.KindPage:
		return msg.Mark("page")
	}
	return msg.Mark("file")
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
		return msg.Mark("explain in plain words why it is needed and what goes wrong without it")
	case "timing":
		return msg.Mark("give at least one of 契約前, 定期, 終了時, 随時")
	}
	return msg.Mark("give it a value")
}
