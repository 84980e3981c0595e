#!/usr/bin/env python3
"""Writes kumu.xlsx, a workbook laid out like Kumu's Excel export: a sheet "Elements"
(Label, Type, Description, Tags, Website, Budget) and a sheet "Connections" (From, To, Type,
Strength, Description), both with their header on row 1 and the values of kumu-elements.csv
and kumu-connections.csv; and a sheet "Annuaire" as practitioners keep them: title rows, the
header on row 5, a blank row inside the table, a number cell. Run it from this folder:
python3 make_kumu_xlsx.py"""
import csv
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from xlsxpack import write_workbook  # noqa: E402

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

write_workbook("kumu.xlsx", sheets, strings)
