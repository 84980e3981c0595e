#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace maillage::io {

/// Whether `path` is an Excel workbook (.xlsx) rather than delimited text.
bool isWorkbook(const QString &path);

/// The sheets "Elements" and "Connections" (in that order, any case) of a workbook that has
/// both, as Kumu's Excel export writes them; empty for any other file. An import with no sheet
/// chosen reads both, as Kumu's two spreadsheets.
QStringList kumuSheets(const QString &path);

/// What the spreadsheet import reads from `path`: the file itself, or for an .xlsx workbook
/// its sheet `sheet` (default: the first) from its header row (`headerRow`, 1-based; 0: found,
/// the first row of at least three text cells) down, as comma-separated UTF-8 text whose line
/// numbers are the sheet's row numbers (so every message names the row to look at). nullptr
/// with one line "FILE: what" on a file that cannot be read, a sheet or row that is not
/// there. `separator` is set to the separator the CSV reader must use (0: detect it).
std::unique_ptr<QIODevice> openSpreadsheet(const QString &path, const QString &sheet,
                                           int headerRow, char *separator, QString *error);

} // namespace maillage::io
