package lint

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestDoubledParticle(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"the same particle twice in a row, at the second", guide("報告は、作業の開始前に発注者に提出します。材料不足で代替素材で作ります。\n"),
			[]want{
				{"content/guide/p.md:4:15", "doubled-particle", "「に」 twice in a row (…に…に)"},
				{"content/guide/p.md:4:31", "doubled-particle", "「で」"},
			}},
		{"after a noun in kana", guide("立ち会うことが困難な場合が多いです。\n"),
			[]want{{"content/guide/p.md:4:13", "doubled-particle", "「が」"}}},
		{"another particle, a 読点 or a bracket between", guide("発注者に受注者が報告に来ます。発注者に、報告に来ます。「発注者に」報告に来ます。\n"), nil},
		{"a て between", guide("台帳に記録されているものに限ります。\n"), nil},
		{"の, を, と, も: lists and ordinary Japanese", guide("既存のコードの利用。書類を作り個人情報を記録します。受注者と再委託先と派遣元。記録も報告もします。\n"), nil},
		{"には and に are two particles, について is one", guide("受注者には発注者に報告します。業務について記録について。\n"),
			[]want{{"content/guide/p.md:4:24", "doubled-particle", "「について」"}}},
		{"parts of words: okurigana, adverbs, adjectival nouns, 又は, です, できる, place names", guide("情報が繋がります。発注者に特に注意します。発注者に適切に報告します。発注者又は受注者は期限を守ります。期限が翌日ですが、報告ができます。期限に間に合います。手がかりがあります。西が丘市が委託します。霞が関で会います。\n"), nil},
		{"clause text and 解説 too", clauseWith("受注者は、作業の開始前に発注者に提出する。\n", "|\n  期限前に発注者に出します。\n"),
			[]want{
				{"clauses/c09.md:6:10", "doubled-particle", "「に」"},
				{"clauses/c09.md:13:16", "doubled-particle", "「に」"},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) { expectProse(t, tc.files, tc.want) })
	}
}

// TestMayDouble holds mayDouble's one pass to what it stands for: one of
// the case particles twice, by strings.Count.
func TestMayDouble(t *testing.T) {
	byCount := func(s string) bool {
		for _, q := range caseParticles {
			if strings.Count(s, q) >= 2 {
				return true
			}
		}
		return false
	}
	pieces := []string{"から", "より", "か", "ら", "よ", "り", "が", "に", "で", "は", "へ", "の", "発注者", "ア", "a", "、", "😀", "é"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		if s := b.String(); mayDouble(s) != byCount(s) {
			t.Errorf("mayDouble(%q) = %v, want %v", s, mayDouble(s), byCount(s))
		}
	}
}
