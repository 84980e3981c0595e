#include "core/io/cog.h"

#include "core/io/csv.h"
#include "core/util/text.h"

#include <QFile>

#include <algorithm>

namespace maillage::io {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Cog)
};

} // namespace

QString CogCommune::label() const
{
    return QStringLiteral("%1 (%2)").arg(name, department.isEmpty() ? code.left(2) : department);
}

bool readCogCommunes(const QString &path, QList<CogCommune> *communes, QString *error)
{
    communes->clear();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = CsvReader::located(path, 0, Tr::tr("cannot be read (%1)").arg(f.errorString()));
        return false;
    }
    CsvReader r(&f, path);
    if (!r.readHeader()) {
        *error = r.error();
        return false;
    }
    QStringList keys;
    for (const QString &h : r.header())
        keys << columnKey(h);
    const int type = int(keys.indexOf(QStringLiteral("typecom")));
    const int code = int(keys.indexOf(QStringLiteral("com")));
    const int dep = int(keys.indexOf(QStringLiteral("dep")));
    const int name = int(keys.indexOf(QStringLiteral("libelle")));
    if (type < 0 || code < 0 || name < 0) {
        *error = CsvReader::located(path, 1,
                                    Tr::tr("this is not an INSEE communes file (COG "
                                           "v_commune_20xx.csv: TYPECOM, COM, DEP, LIBELLE…)"));
        return false;
    }
    QStringList fields;
    while (r.next(fields)) {
        const QString t = fields.at(type).trimmed().toUpper();
        if (t != QLatin1String("COM") && t != QLatin1String("ARM"))
            continue;
        CogCommune c;
        c.code = fields.at(code).trimmed();
        c.name = fields.at(name).trimmed();
        c.department = dep >= 0 ? fields.at(dep).trimmed() : QString();
        c.arrondissement = t == QLatin1String("ARM");
        if (c.code.size() != 5 || c.name.isEmpty()) {
            *error = CsvReader::located(path, r.line(),
                                        Tr::tr("“%1” is not a commune code").arg(c.code));
            return false;
        }
        c.folded = text::fold(c.name);
        communes->append(std::move(c));
    }
    if (r.hasError()) {
        *error = r.error();
        communes->clear();
        return false;
    }
    return true;
}

QList<CogCommune> findCommunes(const QList<CogCommune> &communes, const QString &query,
                               int limit)
{
    const QString q = text::fold(query.trimmed());
    QList<CogCommune> starts, contains;
    if (q.isEmpty())
        return {};
    bool digits = true;
    for (const QChar c : q)
        digits = digits && (c.isDigit() || c == QLatin1Char('a') || c == QLatin1Char('b'));
    for (const CogCommune &c : communes) {
        if (digits && c.code.startsWith(q, Qt::CaseInsensitive))
            starts << c;
        else if (c.folded.startsWith(q))
            starts << c;
        else if (c.folded.contains(q))
            contains << c;
    }
    auto byName = [](const CogCommune &a, const CogCommune &b) {
        return a.folded == b.folded ? a.code < b.code : a.folded < b.folded;
    };
    std::sort(starts.begin(), starts.end(), byName);
    std::sort(contains.begin(), contains.end(), byName);
    starts += contains;
    if (starts.size() > limit)
        starts.resize(limit);
    return starts;
}

} // namespace maillage::io
