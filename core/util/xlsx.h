#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace maillage::xlsx {

/// One sheet of an Excel workbook (.xlsx, Office Open XML), read with libzip and
/// QXmlStreamReader: shared strings, inline strings, numbers (written in the C locale, as the
/// file stores them), booleans and formulas' cached values. Rows come back as lists of cell
/// texts placed by their column letters (a gap gives empty cells).
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(maillage::xlsx::Workbook)

public:
    Workbook();
    ~Workbook();

    /// Opens `path`. False with one line naming the file on a file that is not a complete
    /// .xlsx workbook (not a zip, a zip cut short or damaged, no workbook inside).
    bool open(const QString &path, QString *error);
    /// Sheet names in the workbook's order.
    QStringList sheets() const;
    /// Reads every row of sheet `name`; each row is (row number, cells). False with one line
    /// on a damaged sheet.
    bool readSheet(const QString &name, QList<QPair<int, QStringList>> *rows,
                   QString *error) const;

    /// The header row of `rows`: the first whose non-empty cells are all text (no number),
    /// at least three of them and at least half as many as the widest row has. -1 if none.
    static int findHeaderRow(const QList<QPair<int, QStringList>> &rows);
    /// "A" → 0, "AB" → 27 (the letters of a cell reference such as "AB12").
    static int columnIndex(const QString &reference);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maillage::xlsx
