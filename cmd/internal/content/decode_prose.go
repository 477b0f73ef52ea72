package content

import (
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// ProseRules are the names of lint's prose rules, the ones prose: off may
// turn off.
var ProseRules = []string{"sentence-length", "comma-count", "style-mix", "punctuation", "width", "doubled-particle"}

// Prose is the prose: setting, the limits of lint's prose rules. A zero
// limit means the rule's default.
type Prose struct {
	SentenceLength       int      // characters per sentence in guide pages and 解説
	ClauseSentenceLength int      // characters per sentence in clause text
	CommaCount           int      // 読点 a sentence may hold
	Off                  []string // prose rules turned off for the whole handbook
	OffPos               []Pos    // where each name of Off stands
}

// IsOff reports whether the rule is turned off for the whole handbook.
func (p Prose) IsOff(rule string) bool {
	return slices.Contains(p.Off, rule)
}

var proseKeys = []string{"sentence-length", "clause-sentence-length", "comma-count", "off"}

func decodeProse(n *yaml.Node, at at) (Prose, string, Pos) {
	var p Prose
	if n.Kind != yaml.MappingNode {
		return p, msg.Sprintf("prose must be a set of keys (%s)", strings.Join(proseKeys, ", ")), at(n)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		switch k.Value {
		case "sentence-length", "clause-sentence-length", "comma-count":
			limit, err := strconv.Atoi(v.Value)
			if v.Kind != yaml.ScalarNode || v.Tag != "!!int" || err != nil || limit < 1 || limit > 100000 {
				return p, msg.Sprintf("prose: %s must be a whole number of 1 or more, not %s", k.Value, describe(v)), at(v)
			}
			switch k.Value {
			case "sentence-length":
				p.SentenceLength = limit
			case "clause-sentence-length":
				p.ClauseSentenceLength = limit
			default:
				p.CommaCount = limit
			}
		case "off":
			items := []*yaml.Node{v}
			if v.Kind == yaml.SequenceNode {
				items = v.Content
			}
			for _, item := range items {
				item = resolve(item)
				if item.Kind != yaml.ScalarNode || !slices.Contains(ProseRules, item.Value) {
					return p, msg.Sprintf("prose: off: %s is not a prose rule; use %s", describe(item), strings.Join(ProseRules, ", ")), at(item)
				}
				p.Off = append(p.Off, item.Value)
				p.OffPos = append(p.OffPos, at(item))
			}
		default:
			return p, msg.Sprintf("prose: unknown key %q; use %s", k.Value, strings.Join(proseKeys, ", ")), at(k)
		}
	}
	return p, "", Pos{}
}
