#include "core/statistics/import.h"
#include "core/statistics/cog.h"

#include "core/document/document.h"
#include "core/store/repositories.h"
#include "core/store/statisticstore.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

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

namespace {

using statisticstore::Stored;

// One import of statistics as one undo step, written through typed statements
// (core/store/statisticstore) rather than a row map per value: 39 000 values of a dossier
// complet are stored in a fraction of the generic path's time.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Document *doc, const QString &text, QList<Stored> inserted, QList<Stored> before,
                 QList<Stored> after, QString epciBefore, QString epciAfter)
        : QUndoCommand(text), m_doc(doc), m_inserted(std::move(inserted)),
          m_before(std::move(before)), m_after(std::move(after)),
          m_epciBefore(std::move(epciBefore)), m_epciAfter(std::move(epciAfter))
    {
    }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return;
        run(true);
    }
    void undo() override { run(false); }

    static bool write(Document *doc, bool forward, QList<Stored> &inserted,
                      const QList<Stored> &before, const QList<Stored> &after,
                      const QString &epciBefore, const QString &epciAfter, QString *error)
    {
        return doc->write(
            [&](ChangeSet &changes, QString *why) {
                Store &store = doc->store();
                QList<qint64> updatedIds;
                for (const Stored &s : after)
                    updatedIds << s.statistic.id;
                if (forward) {
                    if (!statisticstore::update(store, after, why) ||
                        !statisticstore::insert(store, inserted, why))
                        return false;
                } else {
                    QList<qint64> ids;
                    for (const Stored &s : std::as_const(inserted))
                        ids << s.statistic.id;
                    if (!statisticstore::remove(store, ids, why) ||
                        !statisticstore::update(store, before, why))
                        return false;
                }
                QList<qint64> insertedIds;
                for (const Stored &s : std::as_const(inserted))
                    insertedIds << s.statistic.id;
                const Table table = Table::Statistic;
                if (!insertedIds.isEmpty())
                    changes << Change{table, forward ? Change::Inserted : Change::Removed,
                                      insertedIds, {}};
                if (!updatedIds.isEmpty())
                    changes << Change{table, Change::Updated, updatedIds,
                                      {Column::Value, Column::Secret, Column::Marker,
                                       Column::Unit, Column::Source, Column::GeographyYear,
                                       Column::ImportedAt}};
                if (epciBefore != epciAfter) {
                    if (!statisticstore::setTerritoryEpci(store, forward ? epciAfter : epciBefore,
                                                          why))
                        return false;
                    changes << Change{Table::Territory, Change::Updated, {1}, {Column::Epci}};
                }
                return true;
            },
            error);
    }

private:
    void run(bool forward)
    {
        QString error;
        if (!write(m_doc, forward, m_inserted, m_before, m_after, m_epciBefore, m_epciAfter,
                   &error))
            emit m_doc->failed(error);
    }

    Document *m_doc;
    QList<Stored> m_inserted, m_before, m_after;
    QString m_epciBefore, m_epciAfter;
    bool m_first = true;
};

} // namespace

bool storeStatistics(Document &doc, const QList<Statistic> &all, const QString &epci,
                     ImportReport *report, QString *error)
{
    const Territory territory = doc.territory();
    QString why;
    const auto stored = statisticstore::all(doc.store(), &why);
    if (!stored) {
        *error = why;
        return false;
    }
    // The last file wins for one key; then insert or replace.
    QHash<QString, qsizetype> latest;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Statistic &s = all.at(i);
        latest.insert(StatisticRepository::key(s.indicator, s.level, s.code, s.vintage), i);
    }
    const QString now = nowTimestamp();
    QList<Stored> inserted, before, after;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Statistic &s = all.at(i);
        const QString key = StatisticRepository::key(s.indicator, s.level, s.code, s.vintage);
        if (latest.value(key) != i)
            continue;
        report->perLevel[s.level] += 1;
        report->secret += isSecret(s) ? 1 : 0;
        report->notAggregable += isNotAggregable(s) ? 1 : 0;
        Stored v{s, now};
        if (const auto it = stored->constFind(key); it != stored->cend()) {
            v.statistic.id = it->statistic.id;
            before << *it;
            after << v;
            ++report->updated;
        } else {
            v.statistic.id = 0;
            inserted << v;
            ++report->inserted;
        }
    }
    const QString epciAfter = epci.isEmpty() ? territory.epci : epci;
    report->epci = epci;
    if (inserted.isEmpty() && after.isEmpty() && epciAfter == territory.epci)
        return true;
    if (!StoreCommand::write(&doc, true, inserted, before, after, territory.epci, epciAfter,
                             error))
        return false;
    doc.undoStack()->push(new StoreCommand(&doc, Tr::tr("Import statistics"), inserted, before,
                                           after, territory.epci, epciAfter));
    return true;
}

} // namespace maillage::statistics
