package synth

import (
	"fmt"
	"strings"
)

// home is content/_index.md: the handbook's title and settings, and links
// into each section.
func (p *plan) home() string {
	r := newRNG(p.Seed, "home", 0)
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: 合成ハンドブック（条文%d件）\n", p.Clauses)
	b.WriteString("description: 性能の測定のために自動で作った特記仕様書ハンドブックです。\n")
	b.WriteString("review_days: 365\n---\n\n## このハンドブックについて\n\n")
	fmt.Fprintf(&b, "%s\n\n", r.prose(200, "guide"))
	b.WriteString("- [利用説明書](guide/_index.md)\n- [事故事例](incidents/_index.md)\n")
	fmt.Fprintf(&b, "- 最初の条文：%s\n", p.clauseLink("content", 1, ""))
	return b.String()
}

// guideIndex is content/guide/_index.md, which lists the guide pages.
func (p *plan) guideIndex() string {
	var b strings.Builder
	b.WriteString("---\ntitle: 利用説明書\norder: 1\n---\n\n## ページの一覧\n\n")
	for j := 1; j <= p.guides; j++ {
		fmt.Fprintf(&b, "- [%s](%s)\n", p.guideTitle(j), rel("content/guide", guidePath(j)))
	}
	return b.String()
}

// incidentIndex is content/incidents/_index.md, which lists the incidents.
func (p *plan) incidentIndex() string {
	var b strings.Builder
	b.WriteString("---\ntitle: 事故事例\norder: 2\n---\n\n## 事例の一覧\n\n")
	for j := 1; j <= p.incidents; j++ {
		fmt.Fprintf(&b, "- [%s](%s)\n", p.incidentTitle(j), rel("content/incidents", incidentPath(j)))
	}
	return b.String()
}

func (p *plan) guideTitle(j int) string {
	t := guideTopics[(j-1)%len(guideTopics)]
	if round := (j-1)/len(guideTopics) + 1; round > 1 {
		t += fmt.Sprintf("（その%d）", round)
	}
	return t
}

// guideSections are the headings of guide page j. They are distinct, so
// each heading's anchor is its text, and other pages can link to them.
func (p *plan) guideSections(j int) []string {
	r := newRNG(p.Seed, "guide-sections", j)
	return r.sample(guideHeadings, 3+r.intn(3))
}

// guide is guide page j: a few sections, each of prose with links to
// clauses (some to a clause's 解説), and in some sections a link to a
// heading of another guide page or to an incident page.
func (p *plan) guide(j int) string {
	r := newRNG(p.Seed, "guide", j)
	const here = "content/guide"
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\norder: %d\ndescription: %s\n---\n\n", p.guideTitle(j), j, r.expand("{guide}"))
	fmt.Fprintf(&b, "%s\n", r.prose(100, "guide"))
	sections := p.guideSections(j)
	for _, h := range sections {
		chars := 150 + r.intn(100)
		if p.BodyChars > 0 {
			chars = p.BodyChars / len(sections)
		}
		fmt.Fprintf(&b, "\n## %s\n\n%s", h, r.prose(chars, "guide"))
		links := make([]string, 1+r.intn(3))
		for k := range links {
			anchor := ""
			if r.intn(4) == 0 {
				anchor = "解説"
			}
			links[k] = p.clauseLink(here, 1+r.intn(p.Clauses), anchor)
		}
		fmt.Fprintf(&b, "関係する条文は、%sです。", strings.Join(links, "、"))
		switch r.intn(3) {
		case 0:
			if other := 1 + r.intn(p.guides); other != j {
				sections := p.guideSections(other)
				h := sections[r.intn(len(sections))]
				fmt.Fprintf(&b, "[%sの「%s」](%s#%s)も参考にしてください。", p.guideTitle(other), h, rel(here, guidePath(other)), h)
			}
		case 1:
			k := 1 + r.intn(p.incidents)
			fmt.Fprintf(&b, "事故の例は[%s](%s)にあります。", p.incidentTitle(k), rel(here, incidentPath(k)))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// incidentFacts are the year, month and place of incident j.
func (p *plan) incidentFacts(j int) (year string, month int, place string) {
	r := newRNG(p.Seed, "incident-facts", j)
	return r.pick(vocab["year"]), 1 + r.intn(12), r.pick(vocab["place"])
}

func (p *plan) incidentTitle(j int) string {
	year, _, place := p.incidentFacts(j)
	kind := incidentKinds[newRNG(p.Seed, "incident-kind", j).intn(len(incidentKinds))]
	return fmt.Sprintf("%s年 %sの%s", year, place, kind)
}

// incident is incident page j: what happened and what it teaches, with a
// link to a clause that would have helped.
func (p *plan) incident(j int) string {
	r := newRNG(p.Seed, "incident", j)
	year, month, place := p.incidentFacts(j)
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\nid: %s\ndate: %s-%02d\n---\n\n", p.incidentTitle(j), incidentID(j), year, month)
	// A long body (BodyChars) is three fifths story and two fifths lesson.
	story := r.expand("{actor}が{mishap}、{consequence}。")
	chars := 150 + r.intn(100)
	if p.BodyChars > 0 {
		chars = p.BodyChars * 3 / 5
	}
	story += r.prose(chars, "incident-story")
	fmt.Fprintf(&b, "## 経緯\n\n%s年、%sが委託した業務で、%s\n\n", year, place, story)
	lessonChars := 100 + r.intn(100)
	if p.BodyChars > 0 {
		lessonChars = p.BodyChars * 2 / 5
	}
	fmt.Fprintf(&b, "## 教訓\n\n%s\n\n関係する条文：%s\n", r.prose(lessonChars, "incident-lesson"),
		p.clauseLink("content/incidents", 1+r.intn(p.Clauses), ""))
	return b.String()
}
