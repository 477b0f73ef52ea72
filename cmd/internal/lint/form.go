package lint

import (
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// checkForm keeps the 様式 (forms under content/forms/) numbered and cited
// as a contract would: each form's number used once, its title starting
// 様式第N号 with that number (the title is what the clause page, the menu
// and the Word download show), and each id in a clause's forms the id of a
// form page.
func checkForm(c *Context) {
	byNumber := map[int]*content.Page{}
	forms := map[string]*content.Page{}
	var ids []string
	for _, p := range c.H.Pages {
		if !p.IsForm() || !p.Decoded {
			continue
		}
		if p.ID != "" {
			forms[p.ID] = p
			ids = append(ids, p.ID)
		}
		if p.Form == 0 {
			continue // required or invalid-value reports it
		}
		if prev := byNumber[p.Form]; prev != nil {
			c.Report(p.Doc, p.ValuePos("form"), "form number %d is also used by %s; give each form its own number", p.Form, prev.Path)
		} else {
			byNumber[p.Form] = p
		}
		if want := content.FormLabel(p.Form); p.Title != "" && !strings.HasPrefix(p.Title, want) {
			c.Report(p.Doc, p.ValuePos("title"), "the title of form %d does not start with %s; write it as 「%s　%s」", p.Form, want, want, formName(p.Title))
		}
	}
	hint := newSuggester(ids)
	for _, cl := range c.H.Clauses {
		for i, id := range cl.Forms {
			if forms[id] != nil {
				continue
			}
			c.Report(cl.Doc, cl.Fields["forms"].ItemPos(i), "form %q is not the id of any page under content/forms/%s; add the form page with id: %s, or fix the id",
				id, hint.didYouMean(c.Lang, id), id)
		}
	}
}

// formName is a title without a wrong 様式第N号 at its start, for the
// message's suggestion.
func formName(title string) string {
	if strings.HasPrefix(title, "様式第") {
		if i := strings.Index(title, "号"); i >= 0 {
			return strings.TrimLeft(title[i+len("号"):], " 　")
		}
	}
	return title
}
