#include "core/util/xlsx.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

namespace maillage::xlsx {

namespace {

QString located(const QString &path, const QString &what)
{
    return Workbook::tr("%1: %2").arg(QFileInfo(path).fileName(), what);
}

bool isNumber(const QString &s)
{
    bool ok = false;
    s.toDouble(&ok);
    return ok;
}

} // namespace

struct Workbook::Private
{
    QString path;
    zip_t *archive = nullptr;
    QStringList sheetNames;
    QHash<QString, QString> sheetEntry;  // name → entry in the zip ("xl/worksheets/sheet1.xml")
    QStringList sharedStrings;

    ~Private()
    {
        if (archive)
            zip_discard(archive);
    }

    // The whole entry `name`; false if missing or unreadable.
    bool entry(const QString &name, QByteArray *data, QString *error) const
    {
        const QByteArray n = name.toUtf8();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(archive, n.constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
            *error = located(path, Workbook::tr("the workbook has no part “%1”").arg(name));
            return false;
        }
        zip_file_t *f = zip_fopen(archive, n.constData(), 0);
        if (!f) {
            *error = located(path, Workbook::tr("the part “%1” cannot be read (%2)")
                                       .arg(name, QString::fromUtf8(zip_strerror(archive))));
            return false;
        }
        data->resize(qsizetype(st.size));
        zip_int64_t got = 0;
        while (got < zip_int64_t(st.size)) {
            const zip_int64_t n2 = zip_fread(f, data->data() + got, st.size - zip_uint64_t(got));
            if (n2 <= 0)
                break;
            got += n2;
        }
        const bool ok = got == zip_int64_t(st.size) && zip_fclose(f) == 0;
        if (!ok) {
            *error = located(path, Workbook::tr("the part “%1” is damaged or cut short").arg(name));
            return false;
        }
        return true;
    }
};

Workbook::Workbook() : d(std::make_unique<Private>()) {}
Workbook::~Workbook() = default;

bool Workbook::open(const QString &path, QString *error)
{
    d = std::make_unique<Private>();
    d->path = path;
    if (!QFileInfo(path).isFile()) {
        *error = located(path, tr("no such file"));
        return false;
    }
    int code = 0;
    const QByteArray local = QFile::encodeName(path);
    // ZIP_CHECKCONS: a zip cut short or whose directory disagrees with its entries is refused.
    d->archive = zip_open(local.constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!d->archive) {
        *error = located(path, tr("not a complete .xlsx workbook (its zip archive is damaged or "
                                  "cut short)"));
        return false;
    }
    QByteArray workbook, rels, strings;
    if (!d->entry(QStringLiteral("xl/workbook.xml"), &workbook, error) ||
        !d->entry(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, error))
        return false;

    QHash<QString, QString> targets;  // relationship id → target
    QXmlStreamReader r(rels);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("Relationship"))
            targets.insert(r.attributes().value(QLatin1String("Id")).toString(),
                           r.attributes().value(QLatin1String("Target")).toString());
    }
    QXmlStreamReader w(workbook);
    while (!w.atEnd()) {
        w.readNext();
        if (!w.isStartElement() || w.name() != QLatin1String("sheet"))
            continue;
        const QString name = w.attributes().value(QLatin1String("name")).toString();
        QString id;
        for (const QXmlStreamAttribute &a : w.attributes())
            if (a.name() == QLatin1String("id"))
                id = a.value().toString();
        QString target = targets.value(id);
        if (target.startsWith(QLatin1Char('/')))
            target = target.mid(1);
        else
            target = QStringLiteral("xl/") + target;
        d->sheetNames << name;
        d->sheetEntry.insert(name, target);
    }
    if (w.hasError() || d->sheetNames.isEmpty()) {
        *error = located(path, tr("the workbook lists no sheet"));
        return false;
    }
    // Shared strings are optional (a workbook of numbers only has none).
    if (zip_name_locate(d->archive, "xl/sharedStrings.xml", 0) >= 0) {
        if (!d->entry(QStringLiteral("xl/sharedStrings.xml"), &strings, error))
            return false;
        QXmlStreamReader s(strings);
        QString current;
        bool inSi = false;
        while (!s.atEnd()) {
            s.readNext();
            if (s.isStartElement()) {
                if (s.name() == QLatin1String("si")) {
                    inSi = true;
                    current.clear();
                } else if (s.name() == QLatin1String("t") && inSi) {
                    current += s.readElementText();
                } else if (s.name() == QLatin1String("rPh")) {
                    s.skipCurrentElement();  // phonetic runs are not part of the text
                }
            } else if (s.isEndElement() && s.name() == QLatin1String("si")) {
                d->sharedStrings << current;
                inSi = false;
            }
        }
        if (s.hasError()) {
            *error = located(path, tr("its shared strings are damaged (%1)").arg(s.errorString()));
            return false;
        }
    }
    return true;
}

QStringList Workbook::sheets() const
{
    return d->sheetNames;
}

int Workbook::columnIndex(const QString &reference)
{
    int n = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        n = n * 26 + (c.unicode() - 'A' + 1);
    }
    return n - 1;
}

bool Workbook::readSheet(const QString &name, QList<QPair<int, QStringList>> *rows,
                         QString *error) const
{
    rows->clear();
    if (!d->sheetEntry.contains(name)) {
        *error = located(d->path, tr("the workbook has no sheet “%1” (sheets: %2)")
                                      .arg(name, d->sheetNames.join(QStringLiteral(", "))));
        return false;
    }
    QByteArray xml;
    if (!d->entry(d->sheetEntry.value(name), &xml, error))
        return false;
    QXmlStreamReader r(xml);
    int rowNumber = 0;
    QStringList cells;
    bool inRow = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("row")) {
            const int n = r.attributes().value(QLatin1String("r")).toInt();
            rowNumber = n > 0 ? n : rowNumber + 1;
            cells.clear();
            inRow = true;
        } else if (r.isEndElement() && r.name() == QLatin1String("row")) {
            rows->append({rowNumber, cells});
            inRow = false;
        } else if (inRow && r.isStartElement() && r.name() == QLatin1String("c")) {
            const QString ref = r.attributes().value(QLatin1String("r")).toString();
            const QString type = r.attributes().value(QLatin1String("t")).toString();
            const int col = ref.isEmpty() ? int(cells.size()) : columnIndex(ref);
            QString value;
            while (!(r.isEndElement() && r.name() == QLatin1String("c")) && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("v"))
                    value = r.readElementText();
                else if (r.isStartElement() && r.name() == QLatin1String("t"))
                    value += r.readElementText();  // inline string runs
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= d->sharedStrings.size()) {
                    *error = located(d->path, tr("sheet “%1”, cell %2: no shared string %3")
                                                  .arg(name, ref, value));
                    return false;
                }
                value = d->sharedStrings.at(index);
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE")
                                                    : QStringLiteral("FALSE");
            }
            if (col < 0 || col > 16383) {
                *error = located(d->path, tr("sheet “%1”: “%2” is not a cell reference")
                                              .arg(name, ref));
                return false;
            }
            while (cells.size() <= col)
                cells << QString();
            cells[col] = value;
        }
    }
    if (r.hasError()) {
        *error = located(d->path, tr("sheet “%1” is damaged (%2)").arg(name, r.errorString()));
        return false;
    }
    return true;
}

int Workbook::findHeaderRow(const QList<QPair<int, QStringList>> &rows)
{
    qsizetype widest = 0;
    for (const auto &row : rows) {
        qsizetype filled = 0;
        for (const QString &c : row.second)
            filled += c.trimmed().isEmpty() ? 0 : 1;
        widest = std::max(widest, filled);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        qsizetype text = 0;
        bool number = false;
        for (const QString &c : rows.at(i).second) {
            const QString t = c.trimmed();
            if (t.isEmpty())
                continue;
            if (isNumber(t))
                number = true;
            ++text;
        }
        if (!number && text >= 3 && text * 2 >= widest)
            return int(i);
    }
    return -1;
}

} // namespace maillage::xlsx
