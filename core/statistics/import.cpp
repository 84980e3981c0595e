#include "import.h"
#include "cog.h"

#include "document/document.h"
#include "store/repositories.h"

#include <QFileInfo>

namespace maillage::statistics {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::statistics::Import)
};

bool ownLevel(const QString &level)
{
    return level == QLatin1String("commune") || level == QLatin1String("iris") ||
           level == QLatin1String("qpv") || level == QLatin1String("epci");
}
} // namespace

bool importFiles(Document &doc, const QStringList &paths, const ReadOptions &options,
                 const QString &epci, ImportReport *report, QString *error)
{
    *report = ImportReport();
    const Territory territory = doc.territory();
    Scope scope = Scope::of(territory);
    if (!epci.trimmed().isEmpty())
        scope.epci = epci.trimmed();
    if (scope.communes.isEmpty() && scope.epci.isEmpty()) {
        *error = Tr::tr("The territory “%1” has no INSEE code: give its communes' codes "
                        "(maillage-cli edit, or Territory ▸ Properties) before importing "
                        "statistics.")
                     .arg(territory.name);
        return false;
    }
    // The COG's movements file, given among the files (the dialog) or in the options.
    ReadOptions withHistory = options;
    QStringList statisticsPaths;
    for (const QString &p : paths) {
        if (!CommuneHistory::isMovementsFile(p)) {
            statisticsPaths << p;
            continue;
        }
        auto history = std::make_shared<CommuneHistory>();
        if (!history->load(p, error))
            return false;
        withHistory.history = history;
        report->cog = p;
    }
    if (statisticsPaths.isEmpty()) {
        *error = Tr::tr("no statistics file to import (only the COG's movements)");
        return false;
    }
    // Formats first (from the headers), BPE files first of all.
    QList<QPair<QString, Format>> files;
    for (const QString &p : std::as_const(statisticsPaths)) {
        std::optional<Format> f = options.format;
        if (!f && !(f = detectFormat(p, error)))
            return false;
        files.append({p, *f});
    }
    // The EPCI composition, then BPE files, teach the communes' EPCI that others' sums need.
    const auto rank = [](Format f) {
        return f == Format::EpciComposition ? 0 : f == Format::Bpe ? 1 : 2;
    };
    std::stable_sort(files.begin(), files.end(), [&](const auto &a, const auto &b) {
        return rank(a.second) < rank(b.second);
    });
    QList<Statistic> all;
    for (const auto &[path, format] : files) {
        ReadOptions o = withHistory;
        o.format = format;
        ReadResult r;
        if (!readFile(path, scope, o, &r, error))
            return false;
        if (format == Format::EpciComposition) {
            bool found = false;
            for (const QString &c : std::as_const(scope.communes))
                found = found || scope.epciOfCommune.contains(c);
            if (!found && !scope.communes.isEmpty()) {
                *error = Tr::tr("%1: none of the territory's communes (%2) is in this EPCI "
                                "composition: is it of another geography year?")
                             .arg(path, territory.inseeCodes);
                return false;
            }
            report->rows += r.rows;
            ++report->files;
            continue;
        }
        // A file that says nothing of the territory is of another area or geography year.
        const bool needsOwn = format != Format::Filosofi && format != Format::FilosofiLong &&
                              format != Format::Rpls;
        bool own = false;
        for (const Statistic &s : std::as_const(r.values))
            own = own || ownLevel(s.level);
        if (r.values.isEmpty() || (needsOwn && !own)) {
            *error = Tr::tr("%1: none of its %Ln rows is about the territory (INSEE codes %2): "
                            "is it of another area, or of another geography year?",
                            nullptr, int(r.rows))
                         .arg(path, territory.inseeCodes.isEmpty() ? scope.epci
                                                                   : territory.inseeCodes);
            return false;
        }
        report->rows += r.rows;
        ++report->files;
        all << r.values;
    }
    return storeStatistics(doc, all, scope.epci, report, error);
}

bool storeStatistics(Document &doc, const QList<Statistic> &all, const QString &epci,
                     ImportReport *report, QString *error)
{
    const Territory territory = doc.territory();
    // The last file wins for one key; then insert or replace.
    const QHash<QString, qint64> stored = StatisticRepository(doc.store()).ids();
    QHash<QString, qsizetype> latest;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Statistic &s = all.at(i);
        latest.insert(StatisticRepository::key(s.indicator, s.level, s.code, s.vintage), i);
    }
    QList<RowOp> ops;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Statistic &s = all.at(i);
        const QString key = StatisticRepository::key(s.indicator, s.level, s.code, s.vintage);
        if (latest.value(key) != i)
            continue;
        Row row = StatisticRepository::toRow(s);
        report->perLevel[s.level] += 1;
        report->secret += s.secret() ? 1 : 0;
        report->notAggregable += s.notAggregable() ? 1 : 0;
        if (const qint64 id = stored.value(key)) {
            if (auto op = doc.updateOp(QStringLiteral("statistic"), id, row)) {
                ops << *op;
                ++report->updated;
            }
        } else {
            ops << doc.insertOp(QStringLiteral("statistic"), row);
            ++report->inserted;
        }
    }
    if (!epci.isEmpty() && epci != territory.epci)
        if (auto op = doc.updateOp(QStringLiteral("territory"), 1,
                                   {{QStringLiteral("epci"), epci}}))
            ops << *op;
    report->epci = epci;
    if (ops.isEmpty())
        return true;
    return doc.apply(Tr::tr("Import statistics"), ops, Document::NoMerge, error);
}

} // namespace maillage::statistics
