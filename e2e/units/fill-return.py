"""Acts as a unit filling in its 填报表, with openpyxl (a second reader, not the one that wrote it).

usage: fill-return.py IN.xlsx OUT.xlsx SPEC.json
SPEC: {"rows": N, "values": {"<header>": value, ...}, "edit": {"header": "<header>", "value": "..."}}
  rows    how many item rows to fill, from the top (default: all)
  values  fill-in cells by their column header; "{i}" in a text becomes the row's 1-based number
  edit    optionally overwrite a read-only cell of the first row (what a unit must not do)
Columns are found by their header text, so the script does not depend on the column order.
"""
import json
import sys

import openpyxl

FILL_MARK = "本期进展"


def header_row(sheet):
    """The row that heads the items: it has both 编号 and 本期进展 (the 填报说明 sheet may quote either)."""
    for row in sheet.iter_rows(min_row=1, max_row=30):
        texts = [c.value.strip() for c in row if isinstance(c.value, str)]
        if "编号" in texts and any(t.startswith(FILL_MARK) for t in texts):
            return row[0].row
    return None


def columns(sheet, row):
    found = {}
    for cell in sheet[row]:
        if isinstance(cell.value, str):
            found[cell.value.replace("\n", "").replace("*", "").strip()] = cell.column
    return found


def column_of(found, header):
    for text, column in found.items():
        if text.startswith(header):
            return column
    raise SystemExit(f"no column headed {header!r}; headers: {list(found)}")


def main():
    source, target, spec_path = sys.argv[1:4]
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    book = openpyxl.load_workbook(source)
    sheet = next(s for s in book.worksheets if s.sheet_state == "visible" and header_row(s))
    head = header_row(sheet)
    found = columns(sheet, head)
    first = head + 1
    last = sheet.max_row
    # Item rows are those with something in the first column under the header.
    rows = [r for r in range(first, last + 1) if sheet.cell(r, 1).value not in (None, "")]
    rows = rows[: spec.get("rows", len(rows))]
    for i, r in enumerate(rows, start=1):
        for header, value in spec.get("values", {}).items():
            if isinstance(value, str):
                value = value.replace("{i}", str(i))
            sheet.cell(r, column_of(found, header)).value = value
    edit = spec.get("edit")
    if edit:
        sheet.cell(rows[0], column_of(found, edit["header"])).value = edit["value"]
    book.save(target)
    print(json.dumps({"sheet": sheet.title, "rows": len(rows), "headers": list(found)}, ensure_ascii=False))


main()
