"""Fills a 填报表 as a unit would, with openpyxl (a second reader): python3 fill_return.py IN OUT JSON.

JSON: {"rows": {"<行标识>": {"本期进展": "...", "状态": "推进中", ...}}, "edit": [[row, col, value]],
"insertRowAt": n, "deleteRow": n, "merge": "I4:J4", "reverse": true}
Edits by header name, so the test says what a clerk types, not where.
"""
import json
import sys

import openpyxl

src, dst, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(src)
ws = wb["填报表"]
headers = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1)}
rows = {}
for r in range(4, ws.max_row + 1):
    v = ws.cell(r, 1).value
    if v is not None:
        rows[str(v)] = r
if spec.get("reverse"):
    data = [[ws.cell(r, c).value for c in range(1, ws.max_column + 1)] for r in range(4, ws.max_row + 1)]
    data.reverse()
    for i, values in enumerate(data):
        for c, value in enumerate(values, start=1):
            ws.cell(4 + i, c).value = value
    rows = {str(ws.cell(r, 1).value): r for r in range(4, ws.max_row + 1)}
for key, fields in spec.get("rows", {}).items():
    r = rows[key]
    for header, value in fields.items():
        ws.cell(r, headers[header]).value = value
for r, c, value in spec.get("edit", []):
    ws.cell(r, c).value = value
if "merge" in spec:
    ws.merge_cells(spec["merge"])
if "deleteRow" in spec:
    ws.delete_rows(spec["deleteRow"])
if "insertRowAt" in spec:
    ws.insert_rows(spec["insertRowAt"])
    ws.cell(spec["insertRowAt"], headers["事项"]).value = "新增的事项"
    ws.cell(spec["insertRowAt"], headers["本期进展"]).value = "新增"
if "moveColumn" in spec:
    a, b = spec["moveColumn"]
    for r in range(3, ws.max_row + 1):
        va, vb = ws.cell(r, a).value, ws.cell(r, b).value
        ws.cell(r, a).value, ws.cell(r, b).value = vb, va
wb.save(dst)
