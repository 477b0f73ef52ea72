package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// DOCX writes the 特記仕様書 as a Word document to attach to a contract:
// A4 portrait, a Mincho face as the default (游明朝, falling back to ＭＳ
// 明朝 where Word lacks it), the title, each article's caption and 第N条,
// its paragraphs, and page numbers in the footer.
//
// The WordprocessingML is written here rather than with a library such as
// github.com/gomutex/godocx: a document of paragraphs needs seven small
// parts, and writing them gives full control of the bytes (fixed times in
// the archive, so the output is deterministic) without a dependency that
// brings far more of the format than this needs.
func DOCX(d *Document) ([]byte, error) {
	return pack(Title, func(body *bufio.Writer) {
		para(body, Title, styleTitle, "")
		if d.Task != "" {
			para(body, "（"+d.Task+"）", `<w:jc w:val="center"/><w:spacing w:after="240"/>`, "")
		}
		for _, c := range d.Clauses {
			// The caption is the article's heading (Word's navigation pane
			// lists the captions); 第N条 in bold opens the first paragraph.
			lines := c.Article()
			para(body, lines[0], styleHeading1, "")
			for i, l := range lines[1:] {
				indent := len([]rune(l)) - len([]rune(strings.TrimLeft(l, "　")))
				bold := ""
				if i == 0 {
					bold = fmt.Sprintf("第%d条", c.Number)
				}
				runs(body, bold, markdown.Runs(strings.TrimPrefix(strings.TrimLeft(l, "　"), bold)), fmt.Sprintf(`<w:ind w:left="%d" w:hanging="210"/>`, 210+indent*210))
			}
		}
		if len(d.Forms) > 0 {
			para(body, FormsHeading, styleHeading1, "")
			for _, f := range d.Forms {
				para(body, f.Line(), `<w:ind w:left="210"/>`, "")
			}
		}
	})
}

// pack makes a Word document whose body, the paragraphs and tables of
// WordprocessingML, body writes: the A4 page, the Mincho default, the page
// numbers and the title in the document's properties. The body is written
// straight into the archive, a piece at a time: the 特記仕様書 of a large
// handbook runs to tens of megabytes of XML.
func pack(title string, body func(*bufio.Writer)) ([]byte, error) {
	const (
		documentStart = xml.Header + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`
		documentEnd   = `<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1985" w:right="1701" w:bottom="1701" w:left="1701" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`
	)
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`},
		{"_rels/.rels", xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`},
		{"docProps/core.xml", xml.Header + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>` + esc(title) + `</dc:title><dc:creator>tokki</dc:creator></cp:coreProperties>`},
		{"word/_rels/document.xml.rels", xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`},
		{"word/document.xml", ""}, // written by body, between documentStart and documentEnd
		{"word/styles.xml", xml.Header + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Century" w:eastAsia="游明朝" w:hAnsi="Century" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:jc w:val="both"/><w:spacing w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>` + headingStyles + `</w:styles>`},
		{"word/footer1.xml", xml.Header + `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	fixed := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: fixed})
		if err != nil {
			return nil, err
		}
		if p.name == "word/document.xml" {
			bw := bufio.NewWriterSize(w, 64<<10)
			bw.WriteString(documentStart)
			body(bw)
			bw.WriteString(documentEnd)
			err = bw.Flush() // the first write error, if any
		} else {
			_, err = io.WriteString(w, p.data)
		}
		if err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// The documents' title and headings use Word's built-in styles (Title,
// heading 1, heading 2), so that Word's navigation pane and a table of
// contents see them; each looks as the paragraphs looked before they had
// a style (bold, the title centred and larger) and keeps with the next.
const headingStyles = `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:before="120" w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`

// Style ids of headingStyles, for a paragraph's properties.
const (
	styleTitle    = `<w:pStyle w:val="Title"/>`
	styleHeading1 = `<w:pStyle w:val="Heading1"/>`
	styleHeading2 = `<w:pStyle w:val="Heading2"/>`
)

// para writes a paragraph with its properties and one run of text; a
// line break in text (a hard break in a form's Markdown) stays one.
func para(b *bufio.Writer, text, pPr, rPr string) {
	b.WriteString("<w:p>")
	if pPr != "" {
		b.WriteString("<w:pPr>" + pPr + "</w:pPr>")
	}
	b.WriteString("<w:r>")
	if rPr != "" {
		b.WriteString("<w:rPr>" + rPr + "</w:rPr>")
	}
	for i, l := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		b.WriteString(`<w:t xml:space="preserve">` + esc(l) + "</w:t>")
	}
	b.WriteString("</w:r></w:p>")
}

// runs writes a paragraph of an article, after bold (the article's
// number, on its first paragraph), if any: a value to fill is underlined,
// as the site underlines it.
func runs(b *bufio.Writer, bold string, rs []markdown.Run, pPr string) {
	b.WriteString("<w:p><w:pPr>" + pPr + "</w:pPr>")
	if bold != "" {
		b.WriteString(`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + esc(bold) + "</w:t></w:r>")
	}
	for _, r := range rs {
		b.WriteString("<w:r>")
		if r.Value {
			b.WriteString(`<w:rPr><w:u w:val="single"/></w:rPr>`)
		}
		b.WriteString(`<w:t xml:space="preserve">` + esc(r.Text) + "</w:t></w:r>")
	}
	b.WriteString("</w:p>")
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
