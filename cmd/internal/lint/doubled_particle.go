package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// 「承継する者にこの特記仕様書に定める」: the same case particle twice in a
// row reads as a stumble. doubled-particle reports what textlint's
// no-doubled-joshi reports as preset-japanese sets it (min_interval 1): a
// particle that comes again as the very next particle of the sentence,
// with no 読点 or bracket between. As there, の, を, と, も, か and て are
// not judged (「既存のコードの利用」, 「AとBと」, 「AもBも」 are ordinary
// Japanese), and particles written together (には, では, について) count as
// one particle of their own.
//
// It needs no morphological analyser. kagome with its IPA dictionary
// tells particles from parts of words by itself, but it adds 13.5 MB to
// the binary and takes 2 to 4 seconds to load its dictionary on this
// project's machines, against a budget of one second for linting 10,000
// files, and nearly every sentence would need it. Instead the rule reads
// the script: in 公用文 a particle is hiragana that follows a word written
// in kanji, katakana or digits, or a noun written in kana (こと, もの,
// ところ, とき, ため). What looks like a particle but is part of a word
// is left out: okurigana (繋がる, 上がる), adverbs (特に, 既に), the に of
// adjectival nouns (適切に, 定期的に, which is not a case particle but
// still stands between two others), 又は, and the です, である and できる
// that start with で.

// caseParticles are the particles judged, longest first.
var caseParticles = []string{"から", "より", "が", "に", "で", "は", "へ"}

// kanaNouns are nouns written in kana that a particle may follow.
var kanaNouns = []string{"こと", "もの", "ところ", "とき", "ため", "ほか", "うち", "これ", "それ", "ここ", "そこ"}

// compoundParticles start with に and are one particle each (について),
// as the IPA dictionary has them.
var compoundParticles = []string{"について", "につき", "により", "によって", "による", "において", "における", "にとって", "にかかわらず", "にわたって", "にわたり"}

// breakers are particles inside a run of kana that part two case
// particles (…に記録されているものに…: the て of ている stands between),
// with the kana that must come before each.
var breakers = []struct{ p, after string }{
	{"て", "しれっいけめせえきべねげみりちびじ"}, {"で", "ん"}, {"ば", "れえけせてねめべ"},
	{"たり", "っい"}, {"だり", "ん"}, {"ながら", "し"}, {"ので", "るたい"}, {"のに", "るたい"}, {"と", "るいた"},
}

// adverbStems are the kanji that with に make one adverb (特に, 既に).
const adverbStems = "特既更常主共次仮現順先殊遂誠実単逆直正真極概"

// adjectivalNouns take に as an adverb (適切に).
var adjectivalNouns = []string{"適正", "適切", "確実", "厳重", "安全", "明確", "十分", "充分", "正確", "迅速", "容易", "適宜",
	"不当", "不正", "有効", "円滑", "慎重", "厳格", "直接", "間接", "一時", "一律", "一括", "個別", "同様", "簡単", "丁寧",
	"自由", "正当", "適法", "公正", "正常", "完全", "的確", "大幅", "頻繁", "詳細", "簡潔", "特別", "別", "実際", "事前", "事後", "最初", "最後", "同時", "一緒", "個人的", "定期"}

func checkDoubledParticle(c *Context) {
	c.eachSentence("doubled-particle", func(d *content.Doc, s *sentence) {
		// The case particles first, which most sentences have few of;
		// only between two alike is the text read again for what parts
		// them.
		t := s.text
		if !mayDouble(t) {
			return
		}
		type found struct {
			key     string
			at, end int
		}
		var buf [16]found
		ps := buf[:0]
		for i := 0; i < len(t); {
			r, size := utf8.DecodeRuneInString(t[i:])
			switch r {
			case 'か', 'よ', 'が', 'に', 'で', 'は', 'へ':
				if key, n := caseParticleAt(t, i); n > 0 {
					ps = append(ps, found{key, i, i + n})
					i += n
					continue
				}
			}
			i += size
		}
		for k := 1; k < len(ps); k++ {
			a, b := ps[k-1], ps[k]
			if a.key != b.key || a.key == "" || parted(t, a.end, b.at) || s.inCode(a.at) || s.inCode(b.at) {
				continue
			}
			c.Report(d, s.posAt(b.at), "「%s」 twice in a row (…%s…%s); use another particle for one of them, reorder, or split the sentence", p(a.key), t[a.at:a.end], t[b.at:b.end])
		}
	})
}

// mayDouble reports whether t holds one of the case particles' letters
// twice: a sentence that does not cannot hold a doubled particle, and is
// not read letter by letter (a third of the text, in the handbook and in
// the synthetic corpus of 10,000 files alike). It reads the text once,
// by its bytes: the particles are hiragana, three bytes each led by 0xE3.
func mayDouble(t string) bool {
	var seen [7]uint8 // by caseParticles
	for i := 0; i+2 < len(t); {
		c := t[i]
		switch {
		case c < 0x80:
			i++
			continue
		case c < 0xE0:
			i += 2
			continue
		case c >= 0xF0:
			i += 4
			continue
		case c != 0xE3:
			i += 3
			continue
		}
		k := -1
		switch t[i : i+3] {
		case "か":
			if strings.HasPrefix(t[i+3:], "ら") {
				k = 0
			}
		case "よ":
			if strings.HasPrefix(t[i+3:], "り") {
				k = 1
			}
		case "が":
			k = 2
		case "に":
			k = 3
		case "で":
			k = 4
		case "は":
			k = 5
		case "へ":
			k = 6
		}
		if k >= 0 {
			if seen[k]++; seen[k] == 2 {
				return true
			}
		}
		i += 3
	}
	return false
}

// p is the particle of a key (に/副詞 is に).
func p(key string) string { return strings.TrimSuffix(key, "/副詞") }

// parted reports whether t[from:to], the text between two particles,
// holds what parts them: a 読点, a bracket, a 。 in brackets, or another
// particle (の, を, と, も, か, や after a word, the て of ている).
func parted(t string, from, to int) bool {
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(t[i:])
		if strings.ContainsRune("、，「」『』（）()【】[]。！？", r) {
			return true
		}
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		for _, b := range breakers {
			if strings.HasPrefix(t[i:], b.p) && strings.ContainsRune(b.after, prev) {
				return true
			}
		}
		if strings.ContainsRune("のをともかや", r) && (isWordRune(prev) || hasSuffix(t[:i], kanaNouns)) {
			return true
		}
		i += size
	}
	return false
}

// caseParticleAt finds a case particle at byte i of t: its key (what
// makes two particles the same) and its length in bytes, or n == 0 when
// none stands there. A particle follows a word in kanji, katakana or
// digits, or a noun in kana.
func caseParticleAt(t string, i int) (key string, n int) {
	before, after := t[:i], t[i:]
	prev, _ := utf8.DecodeLastRuneInString(before)
	if i == 0 || !isWordRune(prev) && !(strings.ContainsRune("とのろきめかちれこう", prev) && (hasSuffix(before, kanaNouns) || strings.HasSuffix(before, "よう"))) {
		return "", 0
	}
	for _, q := range compoundParticles {
		if strings.HasPrefix(after, q) {
			return q, len(q)
		}
		if !strings.HasPrefix(after, "に") {
			break // every compound starts with に
		}
	}
	var q string
	for _, c := range caseParticles {
		if strings.HasPrefix(after, c) {
			q = c
			break
		}
	}
	if q == "" {
		return "", 0
	}
	rest := after[len(q):]
	next, _ := utf8.DecodeRuneInString(rest)
	// The end of the word before (at most 3 characters: the longest
	// adjectival noun), which only が and に look at; whole when that is
	// all of the word.
	var word string
	whole := true
	if q == "が" || q == "に" {
		word, whole = lastWord(before, 3)
	}
	switch {
	case q == "は" && strings.HasSuffix(before, "又"):
		return "", 0 // 又は
	case q == "が" && isHiragana(next) && strings.ContainsRune("るりられろっうせさしわ", next):
		return "", 0 // okurigana: 繋がる, 上がり
	case q == "が" && whole && word == "手" && strings.HasPrefix(rest, "か"):
		return "", 0 // 手がかり
	case q == "が" && isPlaceName(firstWord(rest)):
		return "", 0 // 西が丘市, 霞が関
	case q == "で" && isHiragana(next) && strings.ContainsRune("すあきなしょ", next):
		return "", 0 // です, である, できる, でない, でした, でしょう
	case q == "に" && whole && word == "間" && strings.HasPrefix(rest, "合"):
		return "", 0 // 間に合う
	case q == "に" && whole && utf8.RuneCountInString(word) == 1 && strings.Contains(adverbStems, word):
		return "", 0 // 特に: one word, no particle
	case q == "に" && (strings.HasSuffix(word, "的") || endsInAdjectivalNoun(word) || word == "" && strings.HasSuffix(before, "よう")):
		return "に/副詞", len(q) // 適切に, ように: another に than the case particle
	}
	if strings.ContainsRune("はもの", next) && len(rest) > 0 {
		n := len(q) + utf8.RuneLen(next)
		return after[:n], n // には, でも, での: one particle
	}
	return q, len(q)
}

// firstWord is the run of word characters at the start of s.
func firstWord(s string) string {
	for i, r := range s {
		if !isWordRune(r) {
			return s[:i]
		}
	}
	return s
}

// lastWord is the run of word characters at the end of s, or its last
// limit characters; whole says whether that is the whole run.
func lastWord(s string, limit int) (word string, whole bool) {
	i := len(s)
	for n := 0; i > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isWordRune(r) {
			break
		}
		if n == limit {
			return s[i:], false
		}
		i -= size
	}
	return s[i:], true
}

// endsInAdjectivalNoun reports whether word ends in one of
// adjectivalNouns, which are one to three characters long.
func endsInAdjectivalNoun(word string) bool {
	for i := len(word); i > 0; {
		_, size := utf8.DecodeLastRuneInString(word[:i])
		i -= size
		if _, ok := adjectival[word[i:]]; ok {
			return true
		}
	}
	return false
}

var adjectival = func() map[string]bool {
	m := make(map[string]bool, len(adjectivalNouns))
	for _, n := range adjectivalNouns {
		m[n] = true
	}
	return m
}()

func isWordRune(r rune) bool {
	return isKanji(r) || isKatakana(r) || isASCIIAlnum(r) || widthKind(r) == fullWidthASCII
}

// isPlaceName reports whether the word after a が makes it part of a place
// name: 西が丘市 (a word of one kanji and 市, 町, 村 or 区) or 霞が関.
func isPlaceName(after string) bool {
	first, n := utf8.DecodeRuneInString(after)
	second, m := utf8.DecodeRuneInString(after[n:])
	switch {
	case n == len(after):
		return strings.ContainsRune("丘関浜崎谷岳", first)
	case n+m == len(after):
		return strings.ContainsRune("市町村区", second)
	}
	return false
}
