package lint

import (
	"bytes"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/theme"
)

// textFields are the front-matter values the site renders as Markdown, so
// links in them must resolve too.
var textFields = []string{"rationale", "waiver", "evidence", "description", "question", "good"}

// link is one link found in a file, with where it stands.
type link struct {
	dest string
	pos  content.Pos
}

// parsed is what broken-link needs of one file.
type parsed struct {
	links   []link
	anchors map[string]bool
}

func checkBrokenLink(c *Context) {
	docs := c.H.Docs
	info := make([]parsed, len(docs))
	for i, df := range c.allFacts() {
		info[i] = df.parsed
	}

	byPath := map[string]int{}
	for i, d := range docs {
		byPath[d.Path] = i
	}
	// The files and folders the loader saw, so that most links resolve
	// without asking the disk.
	t := targets{lang: c.Lang, fsys: c.H.FS, files: map[string]bool{}, dirs: map[string]bool{}, byPath: byPath, info: info}
	for _, p := range append(slices.Collect(maps.Keys(byPath)), c.H.Assets...) {
		t.files[p] = true
		for dir := path.Dir(p); dir != "." && !t.dirs[dir]; dir = path.Dir(dir) {
			t.dirs[dir] = true
		}
	}
	for i, d := range docs {
		for _, l := range info[i].links {
			if msg := t.resolve(d, l.dest); msg != "" {
				c.Report(d, l.pos, "%s", msg)
			}
		}
	}
	// A variant is a clause's text too: its references must resolve.
	for _, cl := range c.H.Clauses {
		for _, txt := range textsOf(cl)[1:] {
			if markdown.LinkFree(txt.src) {
				continue
			}
			for _, l := range markdown.Links(markdown.Parse(txt.src)) {
				if msg := t.resolve(cl.Doc, l.Dest); msg != "" {
					c.Report(cl.Doc, txt.pos(max(l.Offset, 0)), "%s", msg)
				}
			}
		}
	}
}

// parseLinks finds d's links and anchors; body is d's body parsed
// (called only when the body may hold a link).
func parseLinks(d *content.Doc, body func() ast.Node) parsed {
	p := parsed{anchors: map[string]bool{}}
	if d.Body != nil && !markdown.LinkFree(d.Body) {
		doc := body()
		for _, l := range markdown.Links(doc) {
			p.links = append(p.links, link{l.Dest, d.OffsetPos(l.Offset)})
		}
		for _, h := range markdown.Headings(doc, d.Body) {
			p.anchors[h.ID] = true
		}
	}
	kind := map[content.Kind]string{content.KindClause: "clause", content.KindCheck: "check"}[d.Kind]
	for _, a := range theme.Anchors[kind] {
		p.anchors[a] = true
	}
	for _, name := range textFields {
		s, ok := d.Value(name).(string)
		f := d.Fields[name]
		if !ok || f == nil || !strings.Contains(s, "](") {
			continue
		}
		src := []byte(s)
		for _, l := range markdown.Links(markdown.Parse(src)) {
			pos := content.Pos{Line: f.Value.Line}
			if f.Block && l.Offset >= 0 {
				pos.Line += 1 + bytes.Count(src[:l.Offset], []byte{'\n'})
			}
			p.links = append(p.links, link{l.Dest, pos})
		}
	}
	return p
}

// targets is what links may point at.
type targets struct {
	lang        msg.Lang // the language of the messages
	fsys        fs.FS
	files, dirs map[string]bool // what the loader saw
	byPath      map[string]int  // Markdown files → index into info
	info        []parsed

	// Suggestions for wrong links, made once per folder and per file
	// linked to, not once per link: a file may have 100,000 links.
	folderNames map[string][]string   // folder → its Markdown files' names
	folderHints map[string]*suggester // folder → a suggester of those names
	anchorHints map[int]*suggester    // index into info → one of its anchors
}

// exists reports whether p is a file or folder of the handbook, asking the
// disk only for what the loader did not see (such as README.md at the root).
func (t *targets) exists(p string) (dir bool, ok bool) {
	switch {
	case t.files[p]:
		return false, true
	case t.dirs[p]:
		return true, true
	}
	st, err := fs.Stat(t.fsys, p)
	if err != nil {
		return false, false
	}
	return st.IsDir(), true
}

// resolve checks one link of file d and says what is wrong with it, or "".
func (t *targets) resolve(d *content.Doc, dest string) string {
	byPath, info := t.byPath, t.info
	target, err := markdown.ResolveLink(d.Path, dest)
	switch {
	case err != nil:
		return t.lang.Sprintf("link %q is not a valid address: %v", dest, err)
	case target.External:
		return t.schemeHint(d, dest) // outside the handbook: not ours to check, unless it names a file
	case target.Path == "" && target.Fragment == "":
		return t.lang.Sprintf("link %q has no target; give it a file or an #anchor", dest)
	case target.Path == "":
		if i := byPath[d.Path]; !hasAnchor(info[i].anchors, target.Fragment) {
			return t.lang.Sprintf("link %q: this file has no heading with the anchor %q%s", dest, target.Fragment, t.anchorHint(i, target.Fragment))
		}
		return ""
	case target.Outside:
		return t.lang.Sprintf("link %q points outside the handbook folder; link only to files inside it", dest)
	}
	p, frag := target.Path, target.Fragment
	isDir, ok := t.exists(p)
	if !ok {
		hint := t.nameHint(d, dest)
		if hint == "" {
			hint = t.pathHint(p)
		}
		return t.lang.Sprintf("link %q points at %s, which does not exist%s", dest, p, hint)
	}
	i, isDoc := byPath[p]
	if isDir || !isDoc || frag == "" {
		return ""
	}
	if !hasAnchor(info[i].anchors, frag) {
		return t.lang.Sprintf("link %q: %s has no heading with the anchor %q%s", dest, p, frag, t.anchorHint(i, frag))
	}
	return ""
}

// hasAnchor accepts the anchor as written, or written with capitals (Git
// hosts lower-case anchors but browsers compare them exactly).
func hasAnchor(anchors map[string]bool, frag string) bool {
	return anchors[frag] || anchors[strings.ToLower(frag)] || anchors[markdown.Anchor(frag)]
}

// anchorHint suggests an anchor of file i for frag.
func (t *targets) anchorHint(i int, frag string) string {
	s := t.anchorHints[i]
	if s == nil {
		s = newSuggester(slices.Sorted(maps.Keys(t.info[i].anchors)))
		if t.anchorHints == nil {
			t.anchorHints = map[int]*suggester{}
		}
		t.anchorHints[i] = s
	}
	return s.didYouMean(t.lang, frag)
}

// pathHint suggests a Markdown file in the folder of p, which does not
// exist.
func (t *targets) pathHint(p string) string {
	dir := path.Dir(p)
	s := t.folderHints[dir]
	if s == nil {
		if t.folderNames == nil {
			t.folderNames = map[string][]string{}
			for q := range t.byPath {
				t.folderNames[path.Dir(q)] = append(t.folderNames[path.Dir(q)], path.Base(q))
			}
			t.folderHints = map[string]*suggester{}
		}
		names := t.folderNames[dir]
		slices.Sort(names)
		s = newSuggester(names)
		t.folderHints[dir] = s
	}
	return s.didYouMean(t.lang, path.Base(p))
}
