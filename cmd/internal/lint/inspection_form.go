package lint

import (
	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// checkInspectionForm asks every check item for what makes the 遵守確認表 an
// inspection form rather than a list of titles: the question the inspector
// asks or the thing to look at (question), and what a good answer looks like
// (good). Both are shown in the 遵守確認表 page, its print and the exports.
// A warning, not an error: an item without them still checks its clause,
// and a handbook written before the keys existed still builds.
func checkInspectionForm(c *Context) {
	for _, k := range c.H.Checks {
		if !k.Decoded {
			continue
		}
		for _, key := range []struct{ name, say string }{
			{"question", msg.Mark("what the inspector asks or looks at")},
			{"good", msg.Mark("what a good answer looks like")},
		} {
			f, present := k.Fields[key.name]
			switch {
			case present && f.Invalid:
				// invalid-value says what is wrong with it.
			case !present:
				c.Report(k.Doc, content.Pos{Line: 1}, "check item %s has no %s; add '%s:' to the front matter with %s, for the 遵守確認表",
					k.ID, key.name, key.name, c.Lang.Text(key.say))
			case isEmpty(k.Value(key.name)):
				c.Report(k.Doc, f.Key, "%s is empty; write %s, for the 遵守確認表", key.name, c.Lang.Text(key.say))
			}
		}
	}
}
