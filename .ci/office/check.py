"""Reads tokki's office exports back with independent libraries (openpyxl,
python-docx, the csv module) and checks what an inspector or a contract
officer would look for. Usage: python3 check.py DIR [TASK.xlsx] (DIR holding
checklist.xlsx, checklist.csv, clauses.docx, clauses.txt and their PDF
conversions, and the forms' Word files under forms/; TASK.xlsx, if given, is
tokki export checklist --answers … --timing 定期,終了時 --era)."""
import csv
import glob
import io
import re
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
check(wb.sheetnames == ["遵守確認表"], f"xlsx of the whole handbook has one sheet ({wb.sheetnames})")
ws = wb["遵守確認表"]
# The header block an inspector fills in, above the table.
block = {ws.cell(r, c).value: ws.cell(r, c + 1) for r in range(2, 5) for c in (1, 6)}
check(ws["A1"].value == "遵守確認表（点検記録）" and "A1:K1" in ws.merged_cells, f"xlsx title {ws['A1'].value!r} across the sheet")
check(all(k in block for k in ("業務名", "受注者", "点検日", "点検者", "時期")), f"xlsx header block has 業務名, 受注者, 点検日, 点検者, 時期 ({[k for k in block if k]})")
check(block["点検日"].number_format == 'yyyy"年"m"月"d"日"' and "年" in block["点検日"].value, f"xlsx 点検日 is a date to fill in ({block['点検日'].value!r}, {block['点検日'].number_format!r})")
check(block["時期"].value.startswith("全て"), f"xlsx 時期 {block['時期'].value!r}")
check(all(str(m) in ws.merged_cells for m in ("B2:E2", "H2:K2", "B3:E3", "H3:K3")), "xlsx fields to fill in are merged boxes")
header = [c.value for c in ws[6]]
check(header == ["番号", "条項", "確認項目", "確認内容", "よい状態", "観点", "時期", "方法", "確認資料", "結果", "備考"], f"xlsx header {header}")
check(all(ws.cell(r, 4).value and ws.cell(r, 5).value for r in range(7, ws.max_row + 1)), "xlsx: every item says what to ask (確認内容) and what is good (よい状態)")
check(ws.max_row - 6 > 50, f"xlsx has {ws.max_row - 6} check items")
check(ws.freeze_panes == "A7", f"xlsx table header frozen ({ws.freeze_panes})")
check(ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9", "xlsx prints A4 landscape")
check(ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, "xlsx fits the page's width")
check(ws.print_title_rows == "$6:$6", f"xlsx repeats the table header on every page ({ws.print_title_rows})")
footer = ws.oddFooter
check(footer.center.text == "&P / &N" and footer.left.text == "&A", f"xlsx footer has page N / total and the sheet's name ({footer.left.text!r}, {footer.center.text!r})")
dv = ws.data_validations.dataValidation
check(len(dv) == 1 and dv[0].formula1 == '"適,否,該当なし"' and str(dv[0].sqref) == f"J7:J{ws.max_row}", f"xlsx drop-down on 結果 ({[(v.formula1, str(v.sqref)) for v in dv]})")
check(ws["C7"].alignment.wrap_text, "xlsx wraps text")

# One task's workbook, by the CLI: one sheet per timing, 和暦 with --era.
if len(sys.argv) > 2:
    tw = openpyxl.load_workbook(sys.argv[2])
    check(tw.sheetnames == ["定期", "終了時"], f"--timing 定期,終了時 gives a sheet for each ({tw.sheetnames})")
    for name in tw.sheetnames:
        s = tw[name]
        check(s["B4"].value == name and s["B2"].value and s["D6"].value == "確認内容" and s.max_row > 6, f"sheet {name}: 時期 {s['B4'].value!r}, 業務名 {s['B2'].value!r}, {s.max_row - 6} items")
        check(s["B3"].value.startswith("令和") and s["B3"].number_format == '[$-411]ggge"年"m"月"d"日"', f"sheet {name}: --era 点検日 {s['B3'].value!r} {s['B3'].number_format!r}")
        check(len(s.data_validations.dataValidation) == 1 and s.print_title_rows == "$6:$6", f"sheet {name}: drop-down and print titles")

raw = open(f"{d}/checklist.csv", "rb").read()
check(raw.startswith(b"\xef\xbb\xbf"), "csv starts with a UTF-8 BOM")
rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
check(rows[0] == header and len(rows) == ws.max_row - 5, f"csv is a plain table with the workbook's columns and its {len(rows) - 1} rows")

doc = docx.Document(f"{d}/clauses.docx")
texts = [p.text for p in doc.paragraphs]
check(texts[0] == "個人情報の取扱いに関する特記仕様書", f"docx title {texts[0]!r}")
check(doc.paragraphs[0].style.name == "Title", f"docx title in Word's Title style ({doc.paragraphs[0].style.name!r})")
headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
captions = [h for h in headings if h.startswith("（")]
openers = [p for p in doc.paragraphs if p.text.startswith("第") and "条　" in p.text[:6]]
check(len(captions) >= 29 and len(openers) == len(captions), f"docx: each article's caption is a Heading 1 ({len(captions)}), followed by 第N条 and its first paragraph ({len(openers)})")
check(openers[0].text.startswith("第1条　") and openers[0].runs[0].bold and openers[0].runs[0].text == "第1条", f"docx: 第1条 in bold opens the first paragraph, whose 1 is not written ({openers[0].text[:20]!r})")
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
# The printed workbook: the header block on the first page, the table's
# header and the page numbers on every page.
sheets = subprocess.run(["pdftotext", "-layout", f"{d}/checklist.pdf", "-"], capture_output=True, text=True).stdout.split("\f")
sheets = [p for p in sheets if p.strip()]
check(all(w in sheets[0] for w in ("遵守確認表（点検記録）", "業務名", "受注者", "点検日", "点検者")), "the printed workbook starts with the header block")
check(len(sheets) > 1 and all("確認内容" in p and re.search(rf"\b{i + 1}\s*/\s*{len(sheets)}\s*$", p) for i, p in enumerate(sheets)), f"every printed page repeats the table header and says its number ({len(sheets)} pages)")

print(f"{len(failures)} failed" if failures else "all office checks passed")
sys.exit(1 if failures else 0)
