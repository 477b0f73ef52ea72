package lint

import "testing"

func TestWidth(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"half-width letters and digits, full-width kana", guide("USBメモリを2024年に1本。\n"), nil},
		{"full-width letters and digits, once a run", guide("ＵＳＢメモリを２０２４年にａ１本。\n"),
			[]want{
				{"content/guide/p.md:4:1", "width", "ＵＳＢ is full-width letters or digits; write USB"},
				{"content/guide/p.md:4:8", "width", "２０２４ is full-width letters or digits; write 2024"},
				{"content/guide/p.md:4:14", "width", "ａ１ is full-width letters or digits; write a1"},
			}},
		{"half-width kana, with voiced marks joined", guide("ﾃﾞｰﾀをﾊﾟｿｺﾝで。\n"),
			[]want{
				{"content/guide/p.md:4:1", "width", "ﾃﾞｰﾀ is half-width kana; write データ"},
				{"content/guide/p.md:4:6", "width", "ﾊﾟｿｺﾝ is half-width kana; write パソコン"},
			}},
		{"not in code", guide("`ＵＳＢ`の`ｶﾅ`。\n"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) { expectProse(t, tc.files, tc.want) })
	}
}
