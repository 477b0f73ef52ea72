package export

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// FormDOCX writes a form (様式) as a Word document to fill in: its number
// (様式第N号) at the top left and its name centred, as municipal forms are
// laid out, then the page's Markdown: paragraphs, headings and lists as
// paragraphs, and each table as a bordered Word table whose rows are tall
// enough to write in by hand. Links keep only their text. The page is A4
// portrait, like the 特記仕様書.
func FormDOCX(label, name string, md []byte) ([]byte, error) {
	return pack(strings.TrimSpace(label+"　"+name), func(body *bufio.Writer) {
		if label != "" {
			para(body, label, "", "")
		}
		para(body, name, styleTitle, "")
		doc := markdown.Parse(md)
		for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
			block(body, n, md, 0)
		}
	})
}

// block writes one block of the page at a list depth.
func block(b *bufio.Writer, n ast.Node, src []byte, depth int) {
	indent := ""
	if depth > 0 {
		indent = fmt.Sprintf(`<w:ind w:left="%d" w:hanging="210"/>`, 210*depth)
	}
	switch n := n.(type) {
	case *ast.Heading:
		style := styleHeading2
		if n.Level == 1 {
			style = styleHeading1
		}
		para(b, inline(n, src), style, "")
	case *ast.Paragraph, *ast.TextBlock:
		para(b, inline(n, src), indent, "")
	case *ast.List:
		i := n.Start
		if i == 0 {
			i = 1
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			mark := "・"
			if n.IsOrdered() {
				mark = fmt.Sprintf("%d．", i)
				i++
			}
			first := true
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				if _, ok := c.(*ast.List); ok || !first {
					block(b, c, src, depth+1)
					continue
				}
				para(b, mark+inline(c, src), fmt.Sprintf(`<w:ind w:left="%d" w:hanging="%d"/>`, 210*(depth+1)+210*len([]rune(mark))-210, 210*len([]rune(mark))), "")
				first = false
			}
		}
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			block(b, c, src, depth+1)
		}
	case *east.Table:
		table(b, n, src)
	case *ast.ThematicBreak:
		para(b, "", "", "")
	default: // code blocks and the like: their text
		para(b, strings.TrimRight(string(n.Text(src)), "\n"), indent, "")
	}
}

// inline is the text a reader sees in n: a soft line break vanishes, as
// between Japanese words on the site, and a hard one is a "\n".
func inline(n ast.Node, src []byte) string { return markdown.BrokenText(n, src, "", "\n") }

// textWidth is the width between the margins of an A4 page, in twips.
const textWidth = 11906 - 2*1701

// table writes a Markdown table as a Word table: the header row bold and
// shaded and repeated on each page, every row at least 1 cm high, and the
// columns shared out by how much they hold (a column left blank for the
// reader to fill gets room to write in).
func table(b *bufio.Writer, t *east.Table, src []byte) {
	var rows [][]string
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, inline(c, src))
		}
		rows = append(rows, cells)
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	// A narrow table gives its columns room (a label and a wide space to
	// write); a wide one keeps every column readable on A4.
	least, most, blankLeast := 8, 30, 40
	if cols > 3 {
		most, blankLeast = 20, 12
	}
	weights := make([]int, cols)
	for j := range cols {
		blank := true
		for i, r := range rows {
			if j < len(r) {
				weights[j] = max(weights[j], displayWidth(r[j]))
				blank = blank && (i == 0 || strings.TrimSpace(r[j]) == "")
			}
		}
		weights[j] = min(max(weights[j], least), most)
		if blank && len(rows) > 1 {
			weights[j] = max(weights[j], blankLeast)
		}
	}
	total := 0
	for _, w := range weights {
		total += w
	}
	widths := make([]int, cols)
	for j, w := range weights {
		widths[j] = textWidth * w / total
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + fmt.Sprint(textWidth) + `" w:type="dxa"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString("</w:tblGrid>")
	for i, r := range rows {
		head := i == 0 && t.FirstChild() != nil && isHeader(t.FirstChild())
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="567" w:hRule="atLeast"/>`)
		if head {
			b.WriteString("<w:tblHeader/>")
		}
		b.WriteString("</w:trPr>")
		for j := range cols {
			cell := ""
			if j < len(r) {
				cell = r[j]
			}
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, widths[j])
			if head {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="E6E6E6"/>`)
			}
			b.WriteString(`<w:vAlign w:val="center"/></w:tcPr>`)
			if head {
				para(b, cell, `<w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/>`, `<w:b/>`)
			} else {
				para(b, cell, `<w:jc w:val="left"/><w:spacing w:line="240" w:lineRule="auto"/>`, "")
			}
			b.WriteString("</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
	para(b, "", "", "") // Word joins two tables with nothing between them
}

func isHeader(n ast.Node) bool {
	_, ok := n.(*east.TableHeader)
	return ok
}
