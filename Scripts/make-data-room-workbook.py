#!/usr/bin/env python3
"""Makes the sample data-room workbook Scenarios/workbook/data-room.xlsx and its CSV export.

Run from the package root:  python3 Scripts/make-data-room-workbook.py
Needs openpyxl (pip install openpyxl) — for making the sample only; the tool never uses Python.

The company is the bundled enterprise-saas sample (Scenarios/enterprise-saas), laid out as a data
room would hold it: a cover sheet, an MRR cube (merged title, month headers as real date cells
shown `mmm-yy`, amounts shown `#,##0.00`, a totals row of SUM formulas with their saved values),
and a customer list (segment, contract, billing, dates as date cells). Beside it,
`data-room-cube.csv` and `data-room-customers.csv` are what a spreadsheet's "Save as CSV" gives
for the two sheets (displayed text: `Nov-23`, `"1,234.50"`), so tests can check the workbook and
its CSV export import to the same figures.
"""
import csv
import datetime as dt
import io
import re
import zipfile

import openpyxl
from openpyxl.styles import Font

SRC = "Scenarios/enterprise-saas"
OUT = "Scenarios/workbook"
FIXED = (2024, 1, 1, 0, 0, 0)
STAMP = dt.datetime(2024, 1, 1)


def month_date(m):
    y, mo = m.split("-")
    return dt.date(int(y), int(mo), 1)


def shown_amount(x):
    return "{:,.2f}".format(x)


def main():
    accounts = list(csv.DictReader(open(SRC + "/accounts.csv")))
    monthly = list(csv.DictReader(open(SRC + "/monthly.csv")))
    months = sorted({r["month"] for r in monthly})
    mrr = {(r["account_id"], r["month"]): float(r["mrr"]) for r in monthly}

    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Project Falcon — data room"
    cover["A1"].font = Font(bold=True, size=14)
    cover.merge_cells("A1:F1")
    cover["A3"] = "Prepared"
    cover["B3"] = dt.date(2026, 11, 15)
    cover["B3"].number_format = "d mmmm yyyy"
    cover["A4"] = "Contents"
    cover["B4"] = "MRR by customer; customer list"

    cube = wb.create_sheet("MRR by customer")
    cube["A1"] = "Monthly recurring revenue by customer (USD)"
    cube["A1"].font = Font(bold=True)
    cube.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2 + len(months))
    header_row = 3
    cube.cell(row=header_row, column=1, value="Customer ID")
    cube.cell(row=header_row, column=2, value="Customer")
    for j, m in enumerate(months):
        c = cube.cell(row=header_row, column=3 + j, value=month_date(m))
        c.number_format = "mmm-yy"
    export = [["Monthly recurring revenue by customer (USD)"] + [""] * (1 + len(months)), [""] * (2 + len(months))]
    export.append(["Customer ID", "Customer"] + [month_date(m).strftime("%b-%y") for m in months])
    r = header_row
    for a in accounts:
        r += 1
        cube.cell(row=r, column=1, value=a["account_id"])
        cube.cell(row=r, column=2, value=a["name"])
        line = [a["account_id"], a["name"]]
        for j, m in enumerate(months):
            v = mrr.get((a["account_id"], m))
            if v is None:
                line.append("")
                continue
            c = cube.cell(row=r, column=3 + j, value=v)
            c.number_format = "#,##0.00"
            line.append(shown_amount(v))
        export.append(line)
    first, last = header_row + 1, r
    total_row = r + 1
    cube.cell(row=total_row, column=1, value="Total")
    cached = {}
    totals = ["Total", ""]
    for j, m in enumerate(months):
        col = openpyxl.utils.get_column_letter(3 + j)
        c = cube.cell(row=total_row, column=3 + j, value="=SUM(%s%d:%s%d)" % (col, first, col, last))
        c.number_format = "#,##0.00"
        total = round(sum(mrr.get((a["account_id"], m), 0.0) for a in accounts), 2)
        cached["%s%d" % (col, total_row)] = repr(total)
        totals.append(shown_amount(total))
    export.append(totals)
    cube.cell(row=total_row + 2, column=1, value="Source: billing system export; amounts in USD.")
    export.append([""] * (2 + len(months)))
    export.append(["Source: billing system export; amounts in USD."] + [""] * (1 + len(months)))

    customers = wb.create_sheet("Customers")
    columns = ["Customer ID", "Customer", "Segment", "Contract type", "Billing frequency",
               "Customer since", "Renewal date"]
    customers.append(columns)
    list_export = [columns]
    for a in accounts:
        since = dt.date.fromisoformat(a["start_date"])
        end = dt.date.fromisoformat(a["contract_end_date"]) if a["contract_end_date"] else None
        customers.append([a["account_id"], a["name"], a["segment"], a["contract_type"],
                          a["billing_cadence"], since, end])
        row = customers.max_row
        customers.cell(row=row, column=6).number_format = "yyyy-mm-dd"
        if end:
            customers.cell(row=row, column=7).number_format = "yyyy-mm-dd"
        list_export.append([a["account_id"], a["name"], a["segment"], a["contract_type"],
                            a["billing_cadence"], since.isoformat(), end.isoformat() if end else ""])

    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    raw = io.BytesIO()
    wb.save(raw)
    # What a spreadsheet program does on save: each formula gets its result (openpyxl writes none).
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet2.xml":
                text = body.decode()
                for cell, value in cached.items():
                    text, n = re.subn(r'(<c r="%s"[^>]*>)<f>([^<]*)</f><v\s*/>' % cell,
                                      lambda m: "%s<f>%s</f><v>%s</v>" % (m.group(1), m.group(2), value), text)
                    assert n == 1, cell
                body = text.encode()
            z.writestr(zipfile.ZipInfo(info.filename, FIXED), body, zipfile.ZIP_DEFLATED)
    import os
    os.makedirs(OUT, exist_ok=True)
    open(OUT + "/data-room.xlsx", "wb").write(out.getvalue())
    for name, rows in (("data-room-cube.csv", export), ("data-room-customers.csv", list_export)):
        with open(OUT + "/" + name, "w", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)


if __name__ == "__main__":
    main()
