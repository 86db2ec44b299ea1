#!/usr/bin/env python3
"""Makes the committed .xlsx and DEFLATE fixtures of the workbook reader's tests.

Run from the package root:  python3 Scripts/make-workbook-fixtures.py
Needs openpyxl (pip install openpyxl) — for making fixtures only; the tool never uses Python.

Output: Tests/ARRWorkbookTests/Fixtures/. Every zip is rewritten with fixed timestamps so a rerun
gives the same bytes (openpyxl stamps the current time; the XML inside is openpyxl's own).
"""
import datetime as dt
import io
import os
import random
import re
import zipfile
import zlib

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = "Tests/ARRWorkbookTests/Fixtures"
FIXED = (2024, 1, 1, 0, 0, 0)
STAMP = dt.datetime(2024, 1, 1)


def normalized(data, patch=None):
    """Rewrites a zip with fixed entry times; `patch(name, bytes) -> bytes` may edit parts."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if patch:
                body = patch(info.filename, body)
            z.writestr(zipfile.ZipInfo(info.filename, FIXED), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def saved(wb):
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def cache_formulas(values):
    """What a spreadsheet program does on save: a <v> with each formula's result.
    `values` maps (sheet part, cell) to the result."""

    def patch(name, body):
        text = body.decode()
        for (part, cell), value in values.items():
            if name != part:
                continue
            text, n = re.subn(
                r'(<c r="%s"[^>]*>)<f>([^<]*)</f><v\s*/?>(</v>)?' % cell,
                lambda m: "%s<f>%s</f><v>%s</v>" % (m.group(1), m.group(2), value),
                text,
            )
            assert n == 1, (part, cell)
        return text.encode()

    return patch


def data_room():
    """Three tabs: a cover, a revenue cube (merged title, real date headers, formulas with saved
    totals), a customer list; and a hidden scratch tab."""
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Acme Corp — data room"
    cover["A1"].font = Font(bold=True)
    cover.merge_cells("A1:D1")
    cover["A3"] = "Prepared"
    cover["B3"] = dt.date(2024, 7, 15)
    cover["B3"].number_format = "d mmmm yyyy"

    rev = wb.create_sheet("Revenue")
    rev["A1"] = "Customer revenue by month (USD)"
    rev.merge_cells("A1:F1")
    rev["A3"] = "Customer ID"
    rev["B3"] = "Customer"
    months = [dt.date(2024, m, 1) for m in (1, 2, 3)]
    for i, m in enumerate(months):
        c = rev.cell(row=3, column=3 + i, value=m)
        c.number_format = "mmm-yy"
    rev["F3"] = "Total"
    rows = [
        ("C-001", "Globex", [1000, 1000, 1250.5]),
        ("C-002", "Initech", [0, 300.25, 300.25]),
        ("C-003", "Umbrella & Co <EU>", [99.99, None, 1.005]),
    ]
    cached = {}
    for r, (cid, name, amounts) in enumerate(rows, start=4):
        rev.cell(row=r, column=1, value=cid)
        rev.cell(row=r, column=2, value=name)
        for i, a in enumerate(amounts):
            if a is not None:
                rev.cell(row=r, column=3 + i, value=a).number_format = "#,##0.00"
        rev.cell(row=r, column=6, value="=SUM(C%d:E%d)" % (r, r))
        cached[("xl/worksheets/sheet2.xml", "F%d" % r)] = repr(
            float(sum(a for a in amounts if a is not None)))
    rev["A8"] = "Total"
    for i in range(3):
        col = "CDE"[i]
        rev["%s8" % col] = "=SUM(%s4:%s6)" % (col, col)
        cached[("xl/worksheets/sheet2.xml", "%s8" % col)] = repr(
            float(sum(r[2][i] or 0 for r in rows)))
    rev["A10"] = "Off-cycle rate"
    rev["C10"] = 1 / 3
    rev["A11"] = "Renewal confirmed"
    rev["C11"] = True

    cust = wb.create_sheet("Customer list")
    cust.append(["id", "name", "segment", "customer since"])
    cust.append(["C-001", "Globex", "enterprise", dt.date(2021, 3, 31)])
    cust.append(["C-002", "Initech", "smb", dt.datetime(2022, 2, 28, 18, 30)])
    cust["D2"].number_format = "yyyy-mm-dd"
    cust["D3"].number_format = "dd/mm/yyyy hh:mm"

    hidden = wb.create_sheet("Scratch")
    hidden.sheet_state = "hidden"
    hidden["A1"] = 42
    raw = saved(wb)
    write("data-room.xlsx", normalized(raw, cache_formulas(cached)))
    # The same file as openpyxl wrote it: formulas without saved values.
    write("formulas-unsaved.xlsx", normalized(raw))


def from_csv(path):
    import csv
    with open(path, newline="") as f:
        return list(csv.reader(f))


def typed(header, row):
    """A CSV cell as a spreadsheet holds it: ISO dates as date cells, amounts as numbers."""
    out = []
    for h, v in zip(header, row):
        key = h.lower()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) and ("date" in key or "start" in key or "end" in key):
            out.append(dt.date(int(v[:4]), int(v[5:7]), int(v[8:])))
        elif key in ("amount", "total") and re.fullmatch(r"-?\d+(\.\d+)?", v):
            out.append(float(v))
        else:
            out.append(v)
    return out


def data_room_shapes():
    """The data-room samples' ledger and Stripe pair as workbooks: the ledger on a second tab
    after a notes tab (dates as date cells, amounts as numbers), the Stripe exports as two tabs."""
    rows = from_csv("Scenarios/data-room-ledger/ledger.csv")
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active["A1"] = "Invoice ledger, exported from the billing system"
    ledger = wb.create_sheet("Invoices")
    ledger.append(rows[0])
    for r in rows[1:]:
        ledger.append(typed(rows[0], r))
    for row in ledger.iter_rows(min_row=2):
        for c in row:
            if isinstance(c.value, dt.date):
                c.number_format = "yyyy-mm-dd"
            elif isinstance(c.value, float):
                c.number_format = "#,##0.00"
    write("ledger.xlsx", normalized(saved(wb)))

    wb = openpyxl.Workbook()
    for i, (name, f) in enumerate(
        [("Subscriptions", "stripe-subscriptions.csv"), ("Invoice lines", "stripe-invoice-lines.csv")]
    ):
        ws = wb.active if i == 0 else wb.create_sheet(name)
        ws.title = name
        for r in from_csv("Scenarios/data-room-stripe/" + f):
            ws.append(r)
    write("stripe.xlsx", normalized(saved(wb)))


def dates_1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Dates"
    ws["A1"] = dt.date(2024, 1, 31)
    ws["A1"].number_format = "yyyy-mm-dd"
    ws["A2"] = dt.date(1904, 1, 1)
    ws["A2"].number_format = "yyyy-mm-dd"
    write("dates-1904.xlsx", normalized(saved(wb)))


def hand_written():
    """Parts written by hand to reach what openpyxl never writes: inline and rich strings,
    phonetic runs, _xHHHH_ escapes, CDATA, t="str"/"b"/"e"/"d", cells and rows without r,
    a namespace prefix, a 1900 quirk date, a custom date format reusing a built-in id."""
    ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<x:workbook %s><!-- a comment --><x:sheets><x:sheet name="Odd &amp; Ends" sheetId="7" r:id="rId9"/></x:sheets></x:workbook>' % ns,
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/../worksheets/odd%20sheet.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="http://example.com/x.xlsx" TargetMode="External"/>'
        '</Relationships>',
        "xl/sharedStrings.xml": '<sst %s><si><t>plain</t></si>'
        '<si><r><rPr><b/></rPr><t xml:space="preserve">rich </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>'
        '<si><t>line_x000D_\nbreak &lt;&amp;&gt; &#233;&#x4E2D;</t></si></sst>' % ns.replace("xmlns:x", "xmlns"),
        "xl/styles.xml": '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="2"><numFmt numFmtId="14" formatCode="General"/><numFmt numFmtId="170" formatCode="[$-409]mmm\\-yy;@"/></numFmts>'
        '<cellStyleXfs count="1"><xf numFmtId="15"/></cellStyleXfs>'
        '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/><xf numFmtId="15"/></cellXfs></styleSheet>',
        "xl/worksheets/odd sheet.xml": '<x:worksheet %s><x:sheetData>'
        '<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>'
        '<x:row><x:c t="inlineStr"><x:is><x:t>inline &quot;q&quot;</x:t></x:is></x:c>'
        '<x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>formula text</x:v></x:c>'
        '<x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c>'
        '<x:c t="d"><x:v>2024-02-29T00:00:00</x:v></x:c><x:c s="1"><x:v>45322</x:v></x:c>'
        '<x:c s="2"><x:v>45322.75</x:v></x:c><x:c s="3"><x:v>61</x:v></x:c>'
        '<x:c s="3"><x:v>59</x:v></x:c><x:c><x:v><![CDATA[12.5]]></x:v></x:c>'
        '<x:c r="Z3"><x:v>-1.5E+3</x:v></x:c><x:c r="AA3" s="0"/></x:row>'
        '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B2:D2"/></x:mergeCells></x:worksheet>' % ns,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts.items():
            method = zipfile.ZIP_STORED if name.endswith(".rels") else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(name, FIXED), text.encode(), method)
    write("hand-written.xlsx", out.getvalue())


def minimal(sheet_xml, extra=None, macro=False):
    """A one-sheet workbook around the given sheet XML (for error cases)."""
    parts = {
        "[Content_Types].xml": "<Types/>",
        "_rels/.rels": '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<workbook><sheets><sheet name="Revenue" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts.items():
            body = text if isinstance(text, bytes) else text.encode()
            z.writestr(zipfile.ZipInfo(name, FIXED), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def credits_sheet():
    """Invoices on one sheet and credit notes on another (inline strings, no openpyxl): the
    credits sheet is left unused, never read as revenue (CreditTable)."""
    def cell(v):
        if isinstance(v, (int, float)):
            return "<c><v>%s</v></c>" % v
        return '<c t="inlineStr"><is><t>%s</t></is></c>' % v

    def sheet(rows):
        return "<worksheet><sheetData>%s</sheetData></worksheet>" % "".join(
            "<row>%s</row>" % "".join(cell(v) for v in row) for row in rows)

    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
    parts = {
        "[Content_Types].xml": "<Types/>",
        "_rels/.rels": '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<workbook><sheets><sheet name="Invoices" sheetId="1" r:id="rId1"/>'
        '<sheet name="Credit Notes" sheetId="2" r:id="rId2"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships>'
        '<Relationship Id="rId1" Type="%s" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="%s" Target="worksheets/sheet2.xml"/></Relationships>' % (rel, rel),
        "xl/worksheets/sheet1.xml": sheet([
            ["customer", "date", "amount"], ["acme", "2024-01-15", 100], ["acme", "2024-02-15", 100]]),
        "xl/worksheets/sheet2.xml": sheet([
            ["customer", "date", "amount"], ["acme", "2024-02-20", 40]]),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, FIXED), text.encode(), zipfile.ZIP_DEFLATED)
    write("credits-sheet.xlsx", out.getvalue())


def aws_saas_sales():
    """The public AWS SaaS Sales data set as a workbook (kevinjuwantoro/AWS-SaaS-Sales-Data-Analysis,
    `Cleaned SaaS-Sales-Data.xlsx`, commit 637e354e): its header and first three rows, order
    dates as date cells. A table of sales orders holding no recurring revenue."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["Order ID", "Order Date", "Contact Name", "Country", "City", "Region", "Subregion",
               "Customer", "Customer ID", "Industry", "Segment", "Product", "License", "Sales",
               "Quantity", "Discount", "Profit", "Profit Margin"])
    ws.append(["EMEA-2022-152156", dt.datetime(2022, 11, 9), "Nathan Bell", "Ireland", "Dublin",
               "EMEA", "UKIR", "Chevron", "1017", "Energy", "SMB", "Marketing Suite",
               "16GRM07R1K", 261.96, 2, 0, 41.9136, 16])
    ws.append(["EMEA-2022-152156", dt.datetime(2022, 11, 9), "Nathan Bell", "Ireland", "Dublin",
               "EMEA", "UKIR", "Chevron", "1017", "Energy", "SMB", "FinanceHub", "QLIW57KZUV",
               731.94, 3, 0, 219.582, 30])
    ws.append(["AMER-2022-138688", dt.datetime(2022, 6, 13), "Deirdre Bailey", "United States",
               "New York City", "AMER", "NAMER", "Phillips 66", "1056", "Energy", "Strategic",
               "FinanceHub", "JI6BVL70HQ", 14.62, 2, 0, 6.8714, 47])
    write("aws-saas-sales.xlsx", normalized(saved(wb)))


def hostile():
    # A zip bomb: 40 MiB of one byte compresses about 1,000 to 1.
    write("bomb.xlsx", minimal("<worksheet><sheetData>" + " " * (40 << 20) + "</sheetData></worksheet>"))
    # An entry that climbs out of the archive.
    write("traversal.xlsx", minimal("<worksheet/>", {"../../evil.sh": "rm -rf /"}))
    # A relationship that climbs out of the archive.
    write("traversal-relationship.xlsx", minimal("<worksheet/>", {
        "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="../../../etc/passwd"/></Relationships>'}))
    # Malformed sheet XML: a row closed by the wrong tag after C14.
    write("bad-xml.xlsx", minimal(
        '<worksheet><sheetData><row r="14"><c r="C14"><v>1</v></c></sheetData></worksheet>'))
    # A macro-enabled workbook: a VBA project that must never be run.
    write("macro.xlsm", minimal(
        '<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>',
        {"xl/vbaProject.bin": bytes(range(256)) * 4}))
    # A shared-string index past the table, and a non-number.
    write("bad-cells.xlsx", minimal(
        '<worksheet><sheetData><row r="14"><c r="C14" t="s"><v>3</v></c>'
        '<c r="D14"><v>twelve</v></c></row></sheetData></worksheet>'))
    # OLE compound documents: the signature and a directory entry name in UTF-16, which is
    # all the reader looks at (a full legacy file is not needed to test the message).
    sig = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    write("legacy.xls", sig + bytes(504) + "Workbook".encode("utf-16-le") + bytes(64))
    write("encrypted.xlsx", sig + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(8)
          + "EncryptedPackage".encode("utf-16-le") + bytes(64))


def inflate_vectors():
    """Raw DEFLATE streams from zlib: stored, fixed Huffman, dynamic Huffman, mixed."""
    rng = random.Random(16)
    words = ["revenue", "customer", "<c r=\"A1\">", "</c>", "2024-01", "1234.50", "&amp;"]
    text = " ".join(rng.choice(words) for _ in range(9000)).encode()
    noise = bytes(rng.getrandbits(8) for _ in range(20000))
    cases = {
        "empty": (b"", 6, zlib.Z_DEFAULT_STRATEGY),
        "stored": (text[:70000], 0, zlib.Z_DEFAULT_STRATEGY),
        "fixed": (text[:5000], 6, zlib.Z_FIXED),
        "dynamic": (text, 9, zlib.Z_DEFAULT_STRATEGY),
        "huffman-only": (text[:8000], 6, zlib.Z_HUFFMAN_ONLY),
        "rle": (b"a" * 3000 + b"b" * 300, 6, zlib.Z_RLE),
        "noise": (noise, 6, zlib.Z_DEFAULT_STRATEGY),
    }
    for name, (data, level, strategy) in cases.items():
        c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
        stream = c.compress(data) + c.flush()
        write("inflate-%s.raw" % name, data)
        write("inflate-%s.deflate" % name, stream)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    data_room()
    data_room_shapes()
    dates_1904()
    hand_written()
    hostile()
    aws_saas_sales()
    credits_sheet()
    inflate_vectors()
