"""Reads tokki's office exports back with independent libraries (openpyxl,
python-docx, the csv module) and checks what an inspector or a contract
officer would look for. Usage: python3 check.py DIR (holding checklist.xlsx,
checklist.csv, clauses.docx, clauses.txt and their PDF conversions, and the
forms' Word files under forms/)."""
import csv
import glob
import io
import subprocess
import sys

import docx
import openpyxl

d = sys.argv[1]
failures = []


def check(ok, msg):
    print(("ok   " if ok else "FAIL ") + msg)
    if not ok:
        failures.append(msg)


wb = openpyxl.load_workbook(f"{d}/checklist.xlsx")
ws = wb["遵守確認表"]
header = [c.value for c in ws[1]]
check(header == ["番号", "条項", "確認項目", "確認すること", "よい状態", "観点", "時期", "方法", "確認資料", "結果", "備考"], f"xlsx header {header}")
check(all(ws.cell(r, 4).value and ws.cell(r, 5).value for r in range(2, ws.max_row + 1)), "xlsx: every item says what to ask (確認すること) and what is good (よい状態)")
check(ws.max_row > 50, f"xlsx has {ws.max_row - 1} check items")
check(ws.freeze_panes == "A2", f"xlsx header frozen ({ws.freeze_panes})")
check(ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9", "xlsx prints A4 landscape")
check(ws.print_title_rows == "$1:$1", f"xlsx repeats the header on every page ({ws.print_title_rows})")
dv = ws.data_validations.dataValidation
check(len(dv) == 1 and "適" in dv[0].formula1 and "該当なし" in dv[0].formula1 and str(dv[0].sqref).startswith("J2:"), "xlsx drop-down on 結果")
check(ws["C2"].alignment.wrap_text, "xlsx wraps text")

raw = open(f"{d}/checklist.csv", "rb").read()
check(raw.startswith(b"\xef\xbb\xbf"), "csv starts with a UTF-8 BOM")
rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
check(rows[0][0] == "番号" and len(rows) == ws.max_row, f"csv has the same {len(rows) - 1} rows as the workbook")

doc = docx.Document(f"{d}/clauses.docx")
texts = [p.text for p in doc.paragraphs]
check(texts[0] == "個人情報の取扱いに関する特記仕様書", f"docx title {texts[0]!r}")
check(doc.paragraphs[0].style.name == "Title", f"docx title in Word's Title style ({doc.paragraphs[0].style.name!r})")
headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
articles = [h for h in headings if h.split("\n")[-1].startswith("第")]
check(len(articles) >= 29 and articles[0].endswith("第1条") and articles[0].startswith("（"), f"docx: each article is a Heading 1, caption over number ({len(articles)} articles; first {articles[:1]!r})")
check(headings[-1] == "別添　様式の一覧", f"docx: the list of forms is a Heading 1 ({headings[-1:]!r})")

forms = sorted(glob.glob(f"{d}/forms/*.docx"))
check(len(forms) >= 7, f"{len(forms)} forms as Word documents")
for name in forms[:1]:
    form = docx.Document(name)
    paras = [p.text for p in form.paragraphs]
    check(paras[0].startswith("様式第") and paras[0].endswith("号"), f"{name.split('/')[-1]} starts with its number ({paras[0]!r})")
    check(form.paragraphs[1].style.name == "Title", f"{name.split('/')[-1]}: its name is in Word's Title style ({form.paragraphs[1].style.name!r})")
    check(len(form.tables) >= 1 and any(c.text == "" for t in form.tables for r in t.rows for c in r.cells), f"{name.split('/')[-1]} has tables with blank cells to fill in")
    fs = form.sections[0]
    check(abs(fs.page_width.mm - 210) < 1 and abs(fs.page_height.mm - 297) < 1, f"{name.split('/')[-1]} is A4 portrait")
s = doc.sections[0]
check(abs(s.page_width.mm - 210) < 1 and abs(s.page_height.mm - 297) < 1, f"docx is A4 portrait ({s.page_width.mm:.0f}×{s.page_height.mm:.0f} mm)")
check(doc.styles.element.xpath("//w:rFonts/@w:eastAsia")[0] == "游明朝", "docx defaults to a Mincho face")
check(doc.sections[0].footer.paragraphs[0]._p.xml.count("PAGE") == 1, "docx has page numbers")

for name, want in (("checklist.pdf", "遵守確認表"), ("clauses.pdf", "第1条")):
    text = subprocess.run(["pdftotext", f"{d}/{name}", "-"], capture_output=True, text=True).stdout
    pages = subprocess.run(["pdfinfo", f"{d}/{name}"], capture_output=True, text=True).stdout
    check(want in text or "番号" in text, f"LibreOffice's {name} shows the content ({[l for l in pages.splitlines() if l.startswith('Pages')]})")

print(f"{len(failures)} failed" if failures else "all office checks passed")
sys.exit(1 if failures else 0)
