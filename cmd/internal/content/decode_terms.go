package content

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

var termKeys = []string{"use", "avoid", "synonyms", "allow", "note"}

// spelling is where a spelling of the terms setting was first given.
type spelling struct {
	role string // "use", "avoid" or "synonym"
	use  string // the entry's use
	line int
}

// decodeTerms reads the terms setting, a list of {use, avoid, synonyms,
// allow, note}. Unlike the other settings, each problem is reported on its
// own and the entries that read well are kept, so that one slip does not
// silence lint's term rule, or search's folding, for every other word.
// An entry with a problem is left out whole.
func decodeTerms(n *yaml.Node, at at) ([]Term, []Problem) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, []Problem{{Kind: ProblemType, Pos: at(n),
			Message: msg.Text("terms must be a list of {use, avoid, synonyms, note}, one item for each word")}}
	}
	var (
		out      []Term
		problems []Problem
		seen     = map[string]spelling{}
	)
	for _, item := range n.Content {
		item = resolve(item)
		t, nodes, p := decodeTerm(item, at)
		if p == nil {
			p = checkSpellings(t, nodes, seen, at)
		}
		if p != nil {
			problems = append(problems, *p)
			continue
		}
		for i, s := range nodes.spellings {
			seen[s] = spelling{role: nodes.roles[i], use: t.Use, line: t.Pos.Line}
		}
		out = append(out, t)
	}
	return out, problems
}

// termNodes are an entry's spellings (use, avoid, synonyms) with their
// roles and YAML nodes, for positions.
type termNodes struct {
	spellings []string
	roles     []string
	nodes     []*yaml.Node
}

func decodeTerm(item *yaml.Node, at at) (Term, termNodes, *Problem) {
	var tn termNodes
	f, why, pos := fields(item, "terms", termKeys, at)
	if why != "" {
		return Term{}, tn, &Problem{Kind: ProblemType, Pos: pos, Message: why}
	}
	t := Term{Pos: at(item)}
	use := f["use"]
	if use == nil || use.Kind != yaml.ScalarNode || isNull(use) {
		return t, tn, problem(at, item, "terms: every entry needs use, the spelling the handbook uses, as one value")
	}
	if p := checkSpelling(use, "use", at); p != nil {
		return t, tn, p
	}
	t.Use = use.Value
	tn.add(use.Value, "use", use)
	if note := f["note"]; note != nil && !isNull(note) {
		if note.Kind != yaml.ScalarNode {
			return t, tn, problem(at, note, "terms: the note of %s must be text, not %s", t.Use, nodeKind(note))
		}
		t.Note = strings.TrimSpace(note.Value)
	}
	lists := []struct {
		key, role string
		into      *[]string
	}{{"avoid", "avoid", &t.Avoid}, {"synonyms", "synonym", &t.Synonyms}, {"allow", "allow", &t.Allow}}
	for _, l := range lists {
		items, p := spellingList(f[l.key], l.key, t.Use, at)
		if p != nil {
			return t, tn, p
		}
		for _, it := range items {
			*l.into = append(*l.into, it.Value)
			if l.role != "allow" {
				tn.add(it.Value, l.role, it)
			} else if slices.Contains(t.Avoid, it.Value) {
				return t, tn, problem(at, it, "terms: %s is both avoided and allowed in the entry for %s; delete it from one of them", it.Value, t.Use)
			} else if !containsAny(it.Value, t.Avoid) {
				return t, tn, problem(at, it, "terms: allow %q of %s contains none of its avoid spellings, so it is not needed; allow lists right spellings that contain an avoided one", it.Value, t.Use)
			}
		}
	}
	return t, tn, nil
}

func (tn *termNodes) add(s, role string, n *yaml.Node) {
	tn.spellings = append(tn.spellings, s)
	tn.roles = append(tn.roles, role)
	tn.nodes = append(tn.nodes, n)
}

// spellingList reads avoid, synonyms or allow: a list of spellings, or one
// spelling alone.
func spellingList(n *yaml.Node, key, use string, at at) ([]*yaml.Node, *Problem) {
	if n == nil || isNull(n) {
		return nil, nil
	}
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = items[:0]
		for _, it := range n.Content {
			items = append(items, resolve(it))
		}
	} else if n.Kind != yaml.ScalarNode {
		return nil, problem(at, n, "terms: %s of %s must be a list such as [a, b], not %s", key, use, nodeKind(n))
	}
	for _, it := range items {
		if it.Kind != yaml.ScalarNode || isNull(it) {
			return nil, problem(at, it, "terms: each item of %s of %s must be a spelling, not %s", key, use, describe(it))
		}
		if p := checkSpelling(it, key, at); p != nil {
			return nil, p
		}
	}
	return items, nil
}

// checkSpelling refuses an empty spelling and one with spaces around it,
// which would never match as the editor means.
func checkSpelling(n *yaml.Node, key string, at at) *Problem {
	switch s := n.Value; {
	case strings.TrimSpace(s) == "":
		return problem(at, n, "terms: a spelling in %s is empty; write the word or delete the item", key)
	case strings.TrimSpace(s) != s:
		return problem(at, n, "terms: the spelling %q in %s has spaces around it; delete them", s, key)
	}
	return nil
}

// checkSpellings makes sure that each spelling belongs to one word only:
// a spelling used twice, or both used and avoided, would leave lint and
// search not knowing which word is meant.
func checkSpellings(t Term, tn termNodes, seen map[string]spelling, at at) *Problem {
	here := map[string]string{}
	for i, s := range tn.spellings {
		role, n := tn.roles[i], tn.nodes[i]
		if prev, ok := here[s]; ok {
			if prev == "use" {
				return problem(at, n, "terms: %s is both the spelling to use and listed in its %s; delete it from %s", s, role, role)
			}
			return problem(at, n, "terms: %s is listed twice in the entry for %s; keep one", s, t.Use)
		}
		here[s] = role
		prev, ok := seen[s]
		switch {
		case !ok:
		case prev.role == "use" && role == "avoid":
			return problem(at, n, "terms: %s is avoided here but is the spelling to use in the entry on line %d; a spelling is either used or avoided", s, prev.line)
		case prev.role == "avoid" && role == "use":
			return problem(at, n, "terms: %s is the spelling to use here but the entry for %s on line %d avoids it; a spelling is either used or avoided", s, prev.use, prev.line)
		default:
			return problem(at, n, "terms: %s is already listed in the entry for %s on line %d; each spelling belongs to one word", s, prev.use, prev.line)
		}
	}
	return nil
}

func problem(at at, n *yaml.Node, format string, args ...any) *Problem {
	return &Problem{Kind: ProblemType, Pos: at(n), Message: msg.Sprintf(format, args...)}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
