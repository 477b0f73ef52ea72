package lint

import "testing"

func TestPunctuation(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"、 and 。", guide("受注者は、報告します。\n"), nil},
		{"，and ．", guide("受注者は，報告します．\n"),
			[]want{
				{"content/guide/p.md:4:5", "punctuation", "， is not Japanese punctuation; write 、"},
				{"content/guide/p.md:4:11", "punctuation", "． is not Japanese punctuation; write 。"},
			}},
		{"ASCII , and . after Japanese", guide("受注者は,報告します. 次に,A社,B社の順です。\n"),
			[]want{
				{"content/guide/p.md:4:5", "punctuation", ", is not Japanese punctuation; write 、"},
				{"content/guide/p.md:4:11", "punctuation", ". is not Japanese punctuation; write 。"},
				{"content/guide/p.md:4:15", "punctuation", ","},
				{"content/guide/p.md:4:18", "punctuation", ","},
			}},
		{"numbers, abbreviations, file names, URLs and code are left alone", guide("1.5倍、1,000件、Ver.2、e.g. 例、様式.docx、https://example.jp/a,b.html、`受注者,報告.`、[報告](https://example.jp/ア,イ.)。\n"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) { expectProse(t, tc.files, tc.want) })
	}
}
