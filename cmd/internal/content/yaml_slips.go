package content

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// The slips of a Japanese keyboard (and a few of YAML) that explainYAML
// names on their line: a key followed by ：, a line indented with a
// full-width space, ー for the dash of a list item, ［］ for a list's
// brackets, a key with no space after its colon.

const yamlKey = `[A-Za-z_][A-Za-z0-9_-]*`

var (
	// title：再委託 — the key's colon typed in full width.
	fullColonRE = regexp.MustCompile(`^( *(?:- +)?)(` + yamlKey + `)[ 　]*：`)
	// title:再委託 — no space after the colon makes the line one word.
	noSpaceRE = regexp.MustCompile(`^( *(?:- +)?)(` + yamlKey + `):([^ \t/])`)
	// 　timing: … — indented with a full-width space.
	fullIndentRE = regexp.MustCompile(`^( *)(　+)[ 　]*(` + yamlKey + `[ 　]*[:：]|[-ー－−][ 　])`)
	// ー 定期 — a list item started with a long vowel mark or a full-width minus.
	fullDashRE = regexp.MustCompile(`^( *)([ー－−‐―])[ 　]`)
	// timing: [契約前］ — a list bracket typed in full width.
	fullBracketRE = regexp.MustCompile(`^ *(` + yamlKey + `) *: *([\[［].*[［］]|［.*[\]］]) *$`)
	// A value that starts with a quote: the key (or "- ") and the quote.
	quotedRE = regexp.MustCompile(`^( *(?:- +)?(?:(` + yamlKey + `) *: +)?)(["'])`)
	// rationale: | — a block value, whose lines below are text, not keys.
	blockRE = regexp.MustCompile(`^( *)(?:- +)?(?:` + yamlKey + ` *: *)?[|>][-+0-9]* *(?:#.*)?$`)
)

// findSlips finds the sure slips of a Japanese keyboard and the like,
// skipping the text of block values (rationale: |), where anything goes.
func findSlips(lines []string, schema []FieldSpec) []slip {
	var out []slip
	block := -1 // the indentation of the key whose block value is being read
	for i, l := range lines {
		indent := len(l) - len(strings.TrimLeft(l, " "))
		if block >= 0 {
			if strings.TrimSpace(l) == "" || indent > block {
				continue
			}
			block = -1
		}
		if m := blockRE.FindStringSubmatch(l); m != nil {
			block = len(m[1])
		}
		// A line may hold two slips (　timing：…); each is fixed in turn.
		for range 3 {
			s, ok := lineSlip(i+1, l, schema)
			if !ok {
				break
			}
			out = append(out, s)
			l = s.fixed
		}
	}
	return out
}

func lineSlip(n int, l string, schema []FieldSpec) (slip, bool) {
	col := func(byteOff int) int { return utf8.RuneCountInString(l[:byteOff]) + 1 }
	if m := fullIndentRE.FindStringSubmatchIndex(l); m != nil {
		// As meant: a top-level key, or a list item under one.
		lead, rest := l[m[2]:m[3]], strings.TrimLeft(l[m[5]:], " 　")
		fixed := lead + rest
		if item := fixRest(rest); strings.HasPrefix(item, "-") {
			fixed = lead + "  " + item
		}
		return slip{n, col(m[4]),
			msg.Text("the line is indented with a full-width space (　); indent with half-width spaces, or not at all for a top-level key"),
			fixed}, true
	}
	if m := fullColonRE.FindStringSubmatchIndex(l); m != nil {
		key := l[m[4]:m[5]]
		colon := strings.Index(l[m[5]:], "：") + m[5]
		return slip{n, col(colon),
			msg.Sprintf("after the key %s, write a half-width ':' and a space (%s: …), not the full-width '：'", key, key),
			l[:m[5]] + ": " + strings.TrimLeft(l[colon+len("："):], " 　")}, true
	}
	if m := fullDashRE.FindStringSubmatchIndex(l); m != nil {
		return slip{n, col(m[4]),
			msg.Sprintf("start a list item with a half-width '-' and a space, not '%s'", l[m[4]:m[5]]),
			l[:m[4]] + "- " + strings.TrimLeft(l[m[5]:], " 　")}, true
	}
	if m := fullBracketRE.FindStringSubmatchIndex(l); m != nil && isList(schema, l[m[2]:m[3]]) {
		value := strings.TrimSpace(l[m[4]:m[5]])
		at := m[4] + strings.IndexAny(l[m[4]:], "［］")
		return slip{n, col(at),
			msg.Sprintf("write the list with half-width brackets: %s", halfWidthList(value)),
			l[:m[4]] + halfWidthList(value)}, true
	}
	if m := noSpaceRE.FindStringSubmatchIndex(l); m != nil {
		if _, known := specFor(schema, l[m[4]:m[5]]); known {
			key := l[m[4]:m[5]]
			return slip{n, col(m[5]),
				msg.Sprintf("put a space after the ':' of the key %s (%s: …)", key, key),
				l[:m[5]+1] + " " + l[m[5]+1:]}, true
		}
	}
	return slip{}, false
}

// fixRest is a list item as meant: "- " for ー, － or −.
func fixRest(s string) string {
	for _, d := range []string{"-", "ー", "－", "−"} {
		if strings.HasPrefix(s, d) {
			return "- " + strings.TrimLeft(s[len(d):], " 　")
		}
	}
	return s
}

func isList(schema []FieldSpec, key string) bool {
	spec, ok := specFor(schema, key)
	return ok && spec.Type == TypeList
}

// halfWidthList writes a list typed with full-width brackets and 、 as YAML
// reads it: ［契約前、定期］ becomes [契約前, 定期].
func halfWidthList(s string) string {
	s = strings.NewReplacer("［", "[", "］", "]").Replace(strings.TrimSpace(s))
	return listSeparators(s)
}

// listSeparators puts ", " between the items of a list typed with 、 or ，.
func listSeparators(s string) string {
	s = strings.NewReplacer("、", ", ", "，", ", ", "､", ", ").Replace(s)
	return strings.ReplaceAll(s, ",  ", ", ")
}

var intRE = regexp.MustCompile(`^[0-9]+$`)

// dashes are the characters typed where a hyphen was meant.
var dashes = strings.NewReplacer("ー", "-", "−", "-", "‐", "-", "―", "-", "–", "-", "—", "-", "ｰ", "-")

// HalfWidth is s with the full-width letters, digits and hyphens of a
// Japanese keyboard in kana mode (Ｃ－０９, ２０２６－１１－０１, ９) in ASCII,
// and a long vowel mark (ー) or minus sign taken for a hyphen: what an id,
// number or date typed so was meant to be.
func HalfWidth(s string) string {
	return dashes.Replace(width.Fold.String(s))
}
