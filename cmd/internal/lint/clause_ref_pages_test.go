package lint

import (
	"testing"
	"testing/fstest"
)

// A guide page or a check item that types one of the handbook's article
// numbers outside a link gets the link to write; a law's article, a
// number no clause has, a link's own text and code stay clean.
func TestClauseRefPages(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"law articles and links: clean", map[string]string{
			"content/guide/b.md": "---\ntitle: 法\n---\n\n第9条の2、同法第9条、番号法第9条及び第9条、地方自治法第234条第5項、「個人情報の保護に関する法律」第9条、規則第9条。\n[第9条](../../clauses/c09.md)と`第9条`と第66条。\n",
		}, nil},
		{"hand-typed on a page", map[string]string{
			"content/guide/b.md": "---\ntitle: 法\n---\n\n委託の前に、第9条の承認を受けます（法第66条、第9条第2項）。\n- 特記仕様書第９条、第9条及び第9条\n",
		}, []want{
			{"content/guide/b.md:5:7", "clause-ref", "第9条 is typed by hand, so it goes wrong when the clauses are renumbered; link to the clause instead: [第9条](../../clauses/c09.md)"},
			{"content/guide/b.md:6:8", "clause-ref", "第９条 is typed by hand"},
			{"content/guide/b.md:6:12", "clause-ref", "[第9条](../../clauses/c09.md)"},
			{"content/guide/b.md:6:17", "clause-ref", "[第9条](../../clauses/c09.md)"},
		}},
		{"hand-typed in a check item's body and question", map[string]string{
			"checklist/k2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: 理由。\nquestion: 第9条の承認書を見る。\n---\n\n第9条第1項による。\n",
		}, []want{
			{"checklist/k2.md:8:0", "clause-ref", "[第9条](../clauses/c09.md)"},
			{"checklist/k2.md:11:1", "clause-ref", "[第9条](../clauses/c09.md)"},
		}},
		{"hand-typed in a clause's rationale", map[string]string{
			"clauses/c10.md": "---\nid: C-10\ntitle: 管理\norder: 10\nwaiver: 試験\nrationale: |\n  番号法第9条により、第9条の承認が要ります。\n---\n\n本文\n",
		}, []want{
			{"clauses/c10.md:7:0", "clause-ref", "[第9条](c09.md)"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := base()
			for name, src := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(src)}
			}
			checkFindings(t, run(t, fsys), tc.want)
		})
	}
}
