package synth

import (
	"fmt"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// clauseTitle is the title of clause i. Titles cycle through the topics
// from a point the seed picks, so neighbouring clauses differ.
func (p *plan) clauseTitle(i int) string {
	off := int(uint64(p.Seed) % uint64(len(clauseTopics)))
	return clauseTopics[(i-1+off)%len(clauseTopics)]
}

// clauseLink is a Markdown link to clause i from a file in folder from, to
// the anchor when one is given.
func (p *plan) clauseLink(from string, i int, anchor string) string {
	dest := rel(from, clausePath(i))
	if anchor != "" {
		dest += "#" + anchor
	}
	return fmt.Sprintf("[第%d条（%s）](%s)", i, p.clauseTitle(i), dest)
}

// rel is the relative link from a file in folder from to the file target,
// both slash paths from the handbook root.
func rel(from, target string) string {
	f, t := strings.Split(from, "/"), strings.Split(target, "/")
	n := 0
	for n < len(f) && n < len(t)-1 && f[n] == t[n] {
		n++
	}
	return strings.Repeat("../", len(f)-n) + strings.Join(t[n:], "/")
}

// clause is the file of clause i: front matter with every key, and two to
// four numbered paragraphs of contract text, one of them perhaps with a
// list.
func (p *plan) clause(i int) string {
	r := newRNG(p.Seed, "clause", i)
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "id: %s\ntitle: %s\norder: %d\n", clauseID(i), p.clauseTitle(i), i)
	rationale := r.prose(150+r.intn(150), "rationale") + "\n" + r.prose(100+r.intn(150), "rationale")
	if r.intn(3) == 0 {
		j := 1 + r.intn(p.guides)
		rationale += fmt.Sprintf("進め方は[%s](%s)を見てください。", p.guideTitle(j), rel("clauses", guidePath(j)))
	}
	b.WriteString("rationale: |\n")
	block(&b, rationale)
	fmt.Fprintf(&b, "stages: [%s]\n", strings.Join(r.sample(content.Stages, 1+r.intn(len(content.Stages))), ", "))
	if ids := p.clauseIncidents(r); len(ids) > 0 {
		fmt.Fprintf(&b, "incidents: [%s]\n", strings.Join(ids, ", "))
	}
	cites := r.sample(sources, 1+r.intn(3))
	fmt.Fprintf(&b, "sources: [\"%s\"]\n", strings.Join(cites, `", "`))
	fmt.Fprintf(&b, "reviewed: %s\n", p.date(r.intn(300)))
	b.WriteString("---\n")

	if p.BodyChars > 0 {
		b.WriteString(r.sections(p.BodyChars, p.HeadingEvery, "clause-body", clauseHeadings))
		b.WriteString("\n")
		return b.String()
	}
	items := 2 + r.intn(3)
	withList := 1 + r.intn(2*items) // beyond items half the time: no list
	for n := 1; n <= items; n++ {
		slot := "clause-item"
		if n > 1 && r.intn(2) == 0 {
			slot = "clause-item-more"
		}
		if n == withList {
			fmt.Fprintf(&b, "%d. %s\n", n, r.expand("{list-intro}"))
			for k, item := range r.sample(vocab["list-item"], 3+r.intn(3)) {
				fmt.Fprintf(&b, "   %d. %s\n", k+1, item)
			}
			continue
		}
		fmt.Fprintf(&b, "%d. %s\n", n, r.prose(60, slot))
	}
	return b.String()
}

// clauseIncidents picks up to two incident pages for a clause to cite.
func (p *plan) clauseIncidents(r *rng) []string {
	a, b := 1+r.intn(p.incidents), 1+r.intn(p.incidents)
	switch r.intn(3) {
	case 0:
		return nil
	case 1:
		return []string{incidentID(a)}
	}
	if a == b {
		return []string{incidentID(a)}
	}
	return []string{incidentID(min(a, b)), incidentID(max(a, b))}
}

// check is the file of check item n of clause i: item 1 checks that the
// measure exists (対策), item 2 that it is carried out (運用), and further
// items (if the shape asks for more) alternate. An empty stamp leaves out
// reviewed_clause.
func (p *plan) check(i, n int, stamp string) string {
	aspect := content.Aspects[(n-1)%2]
	stream, more := "check-"+aspect, ""
	if n > 2 {
		stream += fmt.Sprint("-", n)
		more = fmt.Sprintf("（その%d）", (n+1)/2)
	}
	r := newRNG(p.Seed, stream, i)
	var title string
	var timing, method []string
	if aspect == "対策" {
		title = p.clauseTitle(i) + "の規程と体制" + more
		timing = []string{"契約前"}
		if r.intn(2) == 0 {
			timing = append(timing, "定期")
		}
		method = []string{"書面", "ヒアリング"}[:1+r.intn(2)]
	} else {
		title = p.clauseTitle(i) + "の実施状況" + more
		timing = append([]string{"定期"}, r.sample([]string{"終了時", "随時"}, r.intn(3))...)
		method = r.sample(content.Methods, 1+r.intn(len(content.Methods)))
	}

	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "id: %s\nclause: %s\ntitle: %s\naspect: %s\n", checkID(i, n), clauseID(i), title, aspect)
	fmt.Fprintf(&b, "timing: [%s]\nmethod: [%s]\n", strings.Join(timing, ", "), strings.Join(method, ", "))
	fmt.Fprintf(&b, "evidence: %s\n", strings.Join(r.sample(vocab["evidence"], 2+r.intn(2)), "、"))
	b.WriteString("rationale: |\n")
	block(&b, r.prose(120+r.intn(150), "check-rationale-"+aspect))
	b.WriteString("question: |\n")
	block(&b, r.prose(40+r.intn(40), "check-question"))
	fmt.Fprintf(&b, "good: %s。\n", r.expand("{check-good}"))
	fmt.Fprintf(&b, "reviewed: %s\n", p.date(r.intn(300)))
	if stamp != "" {
		fmt.Fprintf(&b, "reviewed_clause: %s\n", stamp)
	}
	b.WriteString("---\n")
	var text string
	if p.CheckChars > 0 {
		text = r.sections(p.CheckChars, p.HeadingEvery, "check-body-"+aspect, checkHeadings)
	} else {
		text = r.prose(80+r.intn(80), "check-question")
	}
	fmt.Fprintf(&b, "%s\n\nよい答えの例：%s。\n\n関係する条文：%s\n",
		text, r.expand("{check-good}"), p.clauseLink("checklist", i, "条文"))
	return b.String()
}
