#include "core/statistics/cog.h"

#include "core/io/csv.h"

#include <QFile>

#include <algorithm>

namespace maillage::statistics {

namespace {
// MOD codes whose rows lead an old code to the code of the commune that now holds its land.
bool leadsToSuccessor(int mod)
{
    return (mod >= 31 && mod <= 34) || mod == 41 || mod == 50;
}
constexpr int kRestored = 21;  // rétablissement: the commune exists again under its own code
} // namespace

bool CommuneHistory::isMovementsFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray first = f.readLine(4096).toUpper();
    return first.contains("MOD") && first.contains("DATE_EFF") && first.contains("COM_AV") &&
           first.contains("COM_AP");
}

bool CommuneHistory::load(const QString &path, QString *error)
{
    m_moves.clear();
    m_successors.clear();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = io::CsvReader::located(path, 0, tr("cannot be read (%1)").arg(f.errorString()));
        return false;
    }
    io::CsvReader csv(&f, path);
    if (!csv.readHeader()) {
        *error = csv.error();
        return false;
    }
    QStringList header;
    for (const QString &h : csv.header())
        header << h.trimmed().toUpper();
    const int mod = int(header.indexOf(QLatin1String("MOD"))),
              date = int(header.indexOf(QLatin1String("DATE_EFF"))),
              typeBefore = int(header.indexOf(QLatin1String("TYPECOM_AV"))),
              before = int(header.indexOf(QLatin1String("COM_AV"))),
              typeAfter = int(header.indexOf(QLatin1String("TYPECOM_AP"))),
              after = int(header.indexOf(QLatin1String("COM_AP")));
    if (mod < 0 || date < 0 || typeBefore < 0 || before < 0 || typeAfter < 0 || after < 0) {
        *error = io::CsvReader::located(
            path, 1,
            tr("not INSEE's “mouvements des communes” file (it needs MOD, DATE_EFF, TYPECOM_AV, "
               "COM_AV, TYPECOM_AP and COM_AP)"));
        return false;
    }
    QStringList fields;
    while (csv.next(fields)) {
        bool ok = false;
        Move m;
        m.mod = fields.at(mod).trimmed().toInt(&ok);
        m.date = QDate::fromString(fields.at(date).trimmed(), Qt::ISODate);
        if (!ok || !m.date.isValid()) {
            *error = io::CsvReader::located(
                path, csv.line(),
                tr("“%1” is not an event code with its date (MOD, DATE_EFF)")
                    .arg(fields.at(mod).trimmed() + QLatin1Char(',') + fields.at(date).trimmed()));
            m_moves.clear();
            return false;
        }
        // Only communes: associated and delegated communes (COMA, COMD) and arrondissements
        // (ARM) keep their own codes in no statistics file of communes.
        if (fields.at(typeBefore).trimmed() != QLatin1String("COM") ||
            fields.at(typeAfter).trimmed() != QLatin1String("COM"))
            continue;
        m.from = fields.at(before).trimmed().toUpper();
        m.to = fields.at(after).trimmed().toUpper();
        if (m.from == m.to || (!leadsToSuccessor(m.mod) && m.mod != kRestored))
            continue;
        m_moves << m;
    }
    if (csv.hasError()) {
        *error = csv.error();
        m_moves.clear();
        return false;
    }
    std::stable_sort(m_moves.begin(), m_moves.end(),
                     [](const Move &a, const Move &b) { return a.date < b.date; });
    if (m_moves.isEmpty()) {
        *error = io::CsvReader::located(path, 0, tr("holds no merger nor change of code"));
        return false;
    }
    return true;
}

int CommuneHistory::latestYear() const
{
    return m_moves.isEmpty() ? 0 : m_moves.last().date.year();
}

const QHash<QString, QString> &CommuneHistory::successors(int geographyYear) const
{
    auto it = m_successors.find(geographyYear);
    if (it != m_successors.end())
        return *it;
    // The geography of 1 January Y holds the movements of that day and before.
    const QDate after = geographyYear ? QDate(geographyYear, 1, 1) : QDate(1, 1, 1);
    QHash<QString, QString> next;
    for (const Move &m : m_moves) {
        if (m.date <= after)
            continue;
        if (m.mod == kRestored)
            next.remove(m.to);  // the restored commune is itself again
        else
            next.insert(m.from, m.to);
    }
    return *m_successors.insert(geographyYear, next);
}

QString CommuneHistory::current(const QString &code, int geographyYear) const
{
    if (m_moves.isEmpty())
        return code;
    const QHash<QString, QString> &next = successors(geographyYear);
    QString c = code;
    // A chain of mergers (A into B in 2016, B into C in 2019); bounded against a loop.
    for (int i = 0; i < 64; ++i) {
        const auto it = next.constFind(c);
        if (it == next.cend() || *it == c)
            break;
        c = *it;
    }
    return c;
}

} // namespace maillage::statistics
