// The PDF report against the budget in docs/architecture.md: a 1,000-actor territory in under 3 s.
#include "bench.h"

#include "core/report/report.h"
#include "core/store/repositories.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cmath>

using namespace maillage;
using namespace maillage::bench;

QString maillage::bench::trackedTerritory(int n, bool positions)
{
    const QString path =
        scratch(QStringLiteral("report-%1%2.maillage").arg(n).arg(positions ? QString() : QStringLiteral("-nopos")));
    if (QFile::exists(path))
        return path;
    Store store;
    QString error;
    if (!store.create(path, QStringLiteral("Territoire de %1 acteurs").arg(n), &error))
        qFatal("create: %s", qPrintable(error));
    QRandomGenerator rng(7);
    const QList<Category> categories = CategoryRepository(store).list();
    const QList<LinkType> types = LinkTypeRepository(store).list();
    const QList<Theme> themes = ThemeRepository(store).list();
    store.begin();
    ActorRepository actors(store);
    QList<qint64> ids;
    const double side = std::sqrt(double(n)) * 90;
    for (int i = 1; i <= n; ++i) {
        Actor a;
        const Category &c = categories.at(i % categories.size());
        a.name = c.person ? QStringLiteral("Prénom%1 Nom%1").arg(i)
                          : QStringLiteral("Organisation numéro %1").arg(i);
        a.categoryId = c.id;
        a.isPerson = c.person;
        a.organisation = c.person ? QStringLiteral("Organisation numéro %1").arg(1 + i / 7) : QString();
        a.role = c.person ? QStringLiteral("Bénévole") : QString();
        a.influence = int(rng.bounded(6));
        a.interest = int(rng.bounded(6));
        if (positions) {
            a.x = rng.generateDouble() * side;
            a.y = rng.generateDouble() * side;
        }
        ids << *actors.create(a);
    }
    LinkRepository links(store);
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < 2; ++k) {
            Link l;
            l.sourceId = ids.at(i);
            l.targetId = ids.at((i + 1 + int(rng.bounded(n - 1))) % n);
            l.typeId = types.at(int(rng.bounded(int(types.size())))).id;
            l.strength = 1 + int(rng.bounded(5));
            links.create(l);
        }
    QList<qint64> meetings;
    for (int m = 0; m < n / 30; ++m) {
        Meeting x;
        x.title = QStringLiteral("Débat Inform'action n°%1").arg(m + 1);
        x.heldOn = QDate(2023, 1, 1).addDays(m * 9);
        x.place = QStringLiteral("Salle des fêtes");
        x.notes = QStringLiteral("Prénom%1 Nom%1 a présenté le projet ; échanges sur le "
                                 "logement, la mobilité et la santé. ")
                      .arg(ids.size() > 5 ? 5 : 1)
                      .repeated(3);
        const qint64 id = *MeetingRepository(store).create(x);
        meetings << id;
        for (int k = 0; k < 20; ++k)
            store.insertRow(QStringLiteral("meeting_attendee"),
                            {{QStringLiteral("meeting_id"), id},
                             {QStringLiteral("actor_id"), ids.at((m * 20 + k) % n)}});
    }
    for (int p = 0; p < n / 20; ++p) {
        Problem x;
        x.title = QStringLiteral("Problème %1 : accès aux services").arg(p + 1);
        x.themeId = themes.at(p % themes.size()).id;
        x.status = QStringList{QStringLiteral("identified"), QStringLiteral("qualified"),
                               QStringLiteral("addressed"), QStringLiteral("resolved")}
                       .at(p % 4);
        x.severity = 1 + p % 5;
        ProblemRepository(store).create(x);
    }
    for (int a = 0; a < n / 50; ++a) {
        ActionItem x;
        x.title = QStringLiteral("Action %1").arg(a + 1);
        x.description = QStringLiteral("Une action menée avec les habitants du quartier.");
        x.status = QStringLiteral("running");
        x.leadActorId = ids.at(a);
        const qint64 id = *ActionRepository(store).create(x);
        for (int k = 0; k < 3; ++k) {
            Indicator ind;
            ind.name = QStringLiteral("Indicateur %1").arg(k + 1);
            ind.baseline = 10;
            ind.target = k == 2 ? 2 : 50;
            ind.actionId = id;
            const qint64 iid = *IndicatorRepository(store).create(ind);
            IndicatorValue v;
            v.indicatorId = iid;
            v.measuredOn = QDate(2023, 6, 1);
            v.value = k == 2 ? 6 : 30;
            IndicatorValueRepository(store).create(v);
        }
    }
    store.commit();
    store.close();
    return path;
}

namespace {

/// `maillage-bench report [OUT.pdf]`: OUT.pdf keeps the first report, to look at.
int runReport(const QStringList &args)
{
    const int n = 1000;
    out() << "PDF report of a generated territory of " << n
          << " actors (2 links each, problems, actions, meetings); target < 3000 ms (docs/architecture.md)\n";
    for (const bool positions : {true, false}) {
        const QString path = trackedTerritory(n, positions);
        for (const bool anonymize : {false, true}) {
            Store store;
            QString error;
            if (!store.open(path, Store::Access::ReadOnly, &error))
                qFatal("open: %s", qPrintable(error));
            const QString pdf = scratch(QStringLiteral("report.pdf"));
            report::ReportOptions options;
            options.anonymize = anonymize;
            bool ok = true;
            const double ms = timeMs([&] {
                ok = report::writeReport(store, pdf, options, {}, &error);
            });
            if (!ok)
                qFatal("report: %s", qPrintable(error));
            if (!args.isEmpty() && positions && !anonymize) {
                QFile::remove(args.first());
                QFile::copy(pdf, args.first());
            }
            out() << QStringLiteral("  %1, %2: %3 ms, %4 kB\n")
                         .arg(positions ? QStringLiteral("saved positions")
                                        : QStringLiteral("no positions (laid out)"),
                              anonymize ? QStringLiteral("pseudonymised")
                                        : QStringLiteral("names"))
                         .arg(ms, 0, 'f', 0)
                         .arg(QFileInfo(pdf).size() / 1024);
            out().flush();
        }
    }
    return 0;
}

const Registration reg({QStringLiteral("report"),
                        QStringLiteral("PDF report of a 1,000-actor territory (target < 3 s)"),
                        runReport});

} // namespace
