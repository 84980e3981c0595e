#!/usr/bin/env python3
"""Writes Intercommunalite_Metropole_au_01-01-2024.xlsx, a small workbook laid out like
INSEE's EPCI composition: a sheet "EPCI" and a sheet "Composition_communale" with title rows,
the header on row 6 (CODGEO LIBGEO EPCI LIBEPCI DEP REG) then one row per commune, codes as
text. The communes are those of the other golden files. Run it from this folder:
python3 make_epci_xlsx.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from xlsxpack import write_workbook  # noqa: E402

COMMUNES = [("88100", "Dompaire", "200068120", "CC de Mirecourt Dompaire", "88", "44"),
            ("88160", "Épinal", "248800000", "CA d'Épinal", "88", "44"),
            ("88304", "Mirecourt", "200068120", "CC de Mirecourt Dompaire", "88", "44"),
            ("88321", "Poussay", "200068120", "CC de Mirecourt Dompaire", "88", "44"),
            ("54395", "Nancy", "245400676", "Métropole du Grand Nancy", "54", "44")]
EPCIS = [("200068120", "CC de Mirecourt Dompaire", "CC", 3),
         ("248800000", "CA d'Épinal", "CA", 1),
         ("245400676", "Métropole du Grand Nancy", "METRO", 1)]

strings = []
def shared(text):
    if text not in strings:
        strings.append(text)
    return strings.index(text)

def cell(ref, value):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>'

def sheet(title, header, rows):
    lines = [(1, [title]), (2, ["Découpage au 1er janvier 2024"]),
             (4, ["Source : Insee, Code officiel géographique"]), (6, header)]
    lines += [(7 + n, list(r)) for n, r in enumerate(rows)]
    out = []
    for number, values in lines:
        cells = "".join(cell(f"{'ABCDEF'[i]}{number}", v) for i, v in enumerate(values))
        out.append(f'<row r="{number}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData></worksheet>')

sheets = [("EPCI", sheet("Liste des intercommunalités", ["EPCI", "LIBEPCI", "NATURE_EPCI", "NB_COM"], EPCIS)),
          ("Composition_communale",
           sheet("Composition communale des intercommunalités",
                 ["CODGEO", "LIBGEO", "EPCI", "LIBEPCI", "DEP", "REG"], COMMUNES))]

write_workbook("Intercommunalite_Metropole_au_01-01-2024.xlsx", sheets, strings)
