#!/usr/bin/env python3
"""Writes kumu.xlsx, a workbook laid out like Kumu's Excel export: a sheet "Elements"
(Label, Type, Description, Tags, Website, Budget) and a sheet "Connections" (From, To, Type,
Strength, Description), both with their header on row 1 and the values of kumu-elements.csv
and kumu-connections.csv; and a sheet "Annuaire" as practitioners keep them: title rows, the
header on row 5, a blank row inside the table, a number cell. Run it from this folder:
python3 make_kumu_xlsx.py"""
import csv
import zipfile
from xml.sax.saxutils import escape

strings = []
def shared(text):
    if text not in strings:
        strings.append(text)
    return strings.index(text)

def letter(i):
    return "ABCDEFGHIJ"[i]

def cell(ref, value):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>'

def sheet(rows):
    out = []
    for number, values in rows:
        cells = "".join(cell(f"{letter(i)}{number}", v) for i, v in enumerate(values) if v != "")
        out.append(f'<row r="{number}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData></worksheet>')

def from_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [(n + 1, r) for n, r in enumerate(csv.reader(f))]

annuaire = [(1, ["Annuaire des acteurs du quartier"]), (2, ["Mis à jour en mars 2024"]),
            (5, ["Label", "Type", "Commune", "Budget"]),
            (6, ["Maison de santé", "Institution", "Mirecourt", 150000]),
            (8, ["Jardins partagés", "Association", "Poussay", ""])]
sheets = [("Elements", sheet(from_csv("kumu-elements.csv"))),
          ("Connections", sheet(from_csv("kumu-connections.csv"))),
          ("Annuaire", sheet(annuaire))]

M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
with zipfile.ZipFile("kumu.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
               + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
               + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
               '</Types>')
    z.writestr("_rels/.rels",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
               '</Relationships>')
    z.writestr("xl/workbook.xml",
               f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{M}" xmlns:r="{R}"><sheets>'
               + "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
               + '</sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
               + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
               '</Relationships>')
    for i, (_, xml) in enumerate(sheets):
        z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
    z.writestr("xl/sharedStrings.xml",
               f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{M}" count="{len(strings)}" uniqueCount="{len(strings)}">'
               + "".join(f"<si><t xml:space=\"preserve\">{escape(s)}</t></si>" for s in strings)
               + '</sst>')
