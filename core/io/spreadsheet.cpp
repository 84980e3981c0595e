#include "core/io/spreadsheet.h"

#include "core/io/csv.h"
#include "core/util/xlsx.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace maillage::io {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Spreadsheet)
};

QByteArray quoted(const QString &cell)
{
    QByteArray bytes = cell.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}
} // namespace

bool isWorkbook(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

std::unique_ptr<QIODevice> openSpreadsheet(const QString &path, const QString &sheet,
                                           int headerRow, char *separator, QString *error)
{
    *separator = 0;
    if (!isWorkbook(path)) {
        auto f = std::make_unique<QFile>(path);
        if (!f->open(QIODevice::ReadOnly)) {
            *error = CsvReader::located(path, 0,
                                        Tr::tr("cannot be read (%1)").arg(f->errorString()));
            return nullptr;
        }
        return f;
    }
    xlsx::Workbook book;
    if (!book.open(path, error))
        return nullptr;
    const QStringList sheets = book.sheets();
    const QString name = sheet.isEmpty() ? sheets.value(0) : sheet;
    if (!sheets.contains(name)) {
        *error = CsvReader::located(path, 0,
                                    Tr::tr("has no sheet “%1” (its sheets: %2)")
                                        .arg(name, sheets.join(QStringLiteral(", "))));
        return nullptr;
    }
    QList<QPair<int, QStringList>> rows;
    if (!book.readSheet(name, &rows, error))
        return nullptr;
    int first = -1;
    if (headerRow > 0) {
        for (int i = 0; i < int(rows.size()) && first < 0; ++i)
            if (rows.at(i).first == headerRow)
                first = i;
        if (first < 0) {
            *error = CsvReader::located(path, 0,
                                        Tr::tr("sheet “%1” has no row %2").arg(name).arg(headerRow));
            return nullptr;
        }
    } else {
        first = xlsx::Workbook::findHeaderRow(rows);
        if (first < 0) {
            *error = CsvReader::located(
                path, 0,
                Tr::tr("sheet “%1” has no header row (a row of column names); give its number")
                    .arg(name));
            return nullptr;
        }
    }
    // Blank lines stand for the rows above the header and the gaps: the CSV reader skips
    // them and counts them, so its line numbers are the sheet's row numbers.
    QByteArray text;
    int line = 1;
    const int width = int(rows.at(first).second.size());
    for (int i = first; i < int(rows.size()); ++i) {
        const auto &[number, cells] = rows.at(i);
        for (; line < number; ++line)
            text += '\n';
        QByteArray record;
        bool any = false;
        // Cells right of the header's last column belong to no column (notes): left out.
        for (int c = 0; c < width; ++c) {
            if (c)
                record += ',';
            const QString cell = cells.value(c).trimmed();
            any = any || !cell.isEmpty();
            record += quoted(cell);
        }
        text += any ? record + '\n' : QByteArray("\n");
        ++line;
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(text);
    buffer->open(QIODevice::ReadOnly);
    *separator = ',';
    return buffer;
}

QStringList kumuSheets(const QString &path)
{
    if (!isWorkbook(path))
        return {};
    xlsx::Workbook book;
    QString ignored;  // reading it says what is wrong with it
    if (!book.open(path, &ignored))
        return {};
    QString elements, connections;
    for (const QString &sheet : book.sheets()) {
        if (sheet.compare(QLatin1String("Elements"), Qt::CaseInsensitive) == 0)
            elements = sheet;
        else if (sheet.compare(QLatin1String("Connections"), Qt::CaseInsensitive) == 0)
            connections = sheet;
    }
    if (elements.isEmpty() || connections.isEmpty())
        return {};
    return {elements, connections};
}

} // namespace maillage::io
