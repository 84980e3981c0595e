#!/usr/bin/env python3
"""Writes apl-medecins-generalistes.xlsx, a small workbook laid out like DREES's APL to GPs:
a definitions sheet, then a sheet per year ("APL 2022", "APL 2023") with title rows, the
header on row 9, a units row, then one row per commune. Text cells are shared strings but for
one inline string; codes are text with trailing spaces, as in DREES's file. Run it from this
folder: python3 make_apl_xlsx.py"""
import os
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from xlsxpack import write_workbook  # noqa: E402

HEADER = ["Code commune INSEE", "Commune", "APL aux médecins généralistes",
          "APL aux médecins généralistes de 65 ans ou moins",
          "APL aux médecins généralistes de 62 ans ou moins",
          "APL aux médecins généralistes de 60 ans ou moins",
          "Population standardisée {y} pour la médecine générale", "Population totale {y}"]
# commune, name, APL, APL ≤65, ≤62, ≤60, standardised population, population
DATA = {
    2023: [("88304 ", "Mirecourt", 3.5, 3.1, 2.9, 2.7, 5200, 5000),
           ("88321 ", "Poussay", 2.0, 1.8, 1.7, 1.5, 900, 990),
           ("88100 ", "Dompaire", 2.5, 2.2, 2.0, 1.9, 2100, 2000),
           ("88160 ", "Épinal", 4.0, 3.6, 3.4, 3.1, 29000, 30000),
           ("54395 ", "Nancy", 4.5, 4.2, 4.0, 3.8, 95000, 100000),
           ("75056 ", "Paris", 3.0, 2.8, 2.6, 2.4, 2000000, 2100000)],
    2022: [("88304 ", "Mirecourt", 3.7, 3.3, 3.0, 2.8, 5250, 5050),
           ("88321 ", "Poussay", 2.1, 1.9, 1.8, 1.6, 910, 1000),
           ("88100 ", "Dompaire", 2.6, 2.3, 2.1, 2.0, 2120, 2010),
           ("88160 ", "Épinal", 4.1, 3.7, 3.5, 3.2, 29500, 30500)],
}

strings = []
def shared(text):
    if text not in strings:
        strings.append(text)
    return strings.index(text)

def col(i):
    return "ABCDEFGHIJ"[i]

def cell(ref, value, inline=False):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if inline:
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    return f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>'

def sheet(year):
    rows = [(1, [f"Accessibilité potentielle localisée (APL) aux médecins généralistes en {year}"]),
            (3, ["Source : SNIIR-AM, EGB, CNAM-TS ; populations par sexe et âge, Insee ; traitements DREES."]),
            (5, ["Champ : France hors Mayotte."])]
    rows.append((9, [h.format(y=year - 1) for h in HEADER]))
    rows.append((10, ["", "", "consultations/an/habitant", "consultations/an/habitant",
                      "consultations/an/habitant", "consultations/an/habitant", "", ""]))
    for n, r in enumerate(DATA[year]):
        rows.append((11 + n, list(r)))
    out = []
    for number, values in rows:
        cells = "".join(cell(f"{col(i)}{number}", v, inline=(number == 11 and i == 1))
                        for i, v in enumerate(values) if v != "")
        out.append(f'<row r="{number}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData></worksheet>')

definitions = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               f'<sheetData><row r="1">{cell("A1", "Définitions")}</row></sheetData></worksheet>')
sheets = [("Définitions", definitions), ("APL 2022", sheet(2022)), ("APL 2023", sheet(2023))]

write_workbook("apl-medecins-generalistes.xlsx", sheets, strings)
