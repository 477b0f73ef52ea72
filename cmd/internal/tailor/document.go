package tailor

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// WriteMarkdown writes the tailored handbook for one task: the 特記仕様書 to
// attach to the contract, the 遵守確認表 for its inspections, the inspection
// schedule, and the 判断記録 — which clauses were left out or replaced and
// why, the answers and the parameters — that makes the department's choice
// accountable to residents.
func WriteMarkdown(w io.Writer, r *Result) error {
	var b strings.Builder
	title := "個人情報の取扱いに関する特記仕様書"
	if r.Task != "" {
		fmt.Fprintf(&b, "# %s\n\n業務：%s\n\n", title, escape(r.Task))
	} else {
		fmt.Fprintf(&b, "# %s\n\n", title)
	}
	for _, c := range r.Clauses {
		for _, line := range markdown.ArticleLines(c.Number, c.Title, markdown.ArticleText([]byte(c.Text))) {
			b.WriteString(escape(line) + "  \n")
		}
		b.WriteString("\n")
	}

	b.WriteString("# 遵守確認表\n\n| 番号 | 条 | 確認項目 | 観点 | 時期 | 結果 | 備考 |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	number := map[string]int{}
	for _, c := range r.Clauses {
		number[c.ID] = c.Number
	}
	for _, k := range r.Checks {
		fmt.Fprintf(&b, "| %s | 第%d条 | %s | %s | %s |  |  |\n", k.Label(), number[k.Clause], escape(k.Title), k.Aspect, strings.Join(k.Timing, "、"))
	}

	if len(r.Schedule) > 0 {
		fmt.Fprintf(&b, "\n# 点検の予定\n\n契約期間：%s から %s まで\n\n| 日付 | 点検 |\n| --- | --- |\n",
			r.Start.Format(time.DateOnly), r.End.Format(time.DateOnly))
		for _, in := range r.Schedule {
			fmt.Fprintf(&b, "| %s | %s |\n", in.Date.Format(time.DateOnly), in.Kind)
		}
		b.WriteString("\n" + ClosedNote + "\n")
		if note := HolidaysNote(r.Schedule); note != "" {
			b.WriteString("\n" + note + "\n")
		}
	}

	b.WriteString("\n# 判断記録\n\n")
	if len(r.Answers) > 0 {
		b.WriteString("## 業務についての回答\n\n| 質問 | 回答 |\n| --- | --- |\n")
		for _, a := range r.Answers {
			mark := ""
			switch {
			case a.FromDates:
				mark = FromDatesMark
			case a.Default:
				mark = "（既定）"
			}
			fmt.Fprintf(&b, "| %s | %s%s |\n", escape(a.Text), escape(a.Answer), mark)
		}
	}
	b.WriteString("\n## 除いた条項\n\n")
	if len(r.Left) == 0 {
		b.WriteString("ありません。\n")
	}
	for _, l := range r.Left {
		fmt.Fprintf(&b, "- ハンドブックの第%d条（%s）：%sの業務に限る条項のため。%s\n", l.Order, escape(l.Title), escape(l.Because), firstSentence(l.Source.Rationale))
	}
	b.WriteString("\n## 差し替えた条項\n\n")
	varied := 0
	for _, c := range r.Clauses {
		if c.Variant {
			varied++
			fmt.Fprintf(&b, "- 第%d条（%s、ハンドブックの第%d条）：%sであるため、別の書き方を選んだ。\n", c.Number, escape(c.Title), c.Order, escape(c.Because))
		}
	}
	if varied == 0 {
		b.WriteString("ありません。\n")
	}
	if len(r.Params) > 0 {
		b.WriteString("\n## 当てはめた値\n\n| 項目 | 値 |\n| --- | --- |\n")
		for _, p := range r.Params {
			label := p.Label
			if label == "" {
				label = p.Name
			}
			mark := ""
			if p.Default {
				mark = "（既定）"
			}
			fmt.Fprintf(&b, "| %s | %s%s |\n", escape(label), escape(p.Value), mark)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// FromDatesMark follows an answer the contract's dates gave (a question
// with from_dates), in the 判断記録.
const FromDatesMark = "（契約期間から）"

// firstSentence is the first sentence of a rationale, as the reason a
// clause exists.
func firstSentence(s string) string {
	s = strings.TrimSpace(strings.Split(strings.TrimSpace(s), "\n")[0])
	if i := strings.Index(s, "。"); i >= 0 {
		s = s[:i+len("。")]
	}
	if s == "" {
		return ""
	}
	return "（解説より：" + escape(s) + "）"
}

var escaper = strings.NewReplacer("\\", "\\\\", "|", "\\|", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;")

func escape(s string) string { return escaper.Replace(s) }
