// Timeline and snapshots at 10 000 actors / 20 000 links with dates: showing the map at a
// date (and one play step), taking a snapshot, listing, diffing a snapshot with now, and
// what an erasure adds for five snapshots.
#include "bench.h"

#include "core/document/document.h"
#include "ui/network/filterbar.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "core/store/repositories.h"
#include "core/workshop/snapshots.h"
#include "ui/workshop/timelinebar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "core/util/text.h"
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cmath>

using namespace maillage;
using namespace maillage::bench;

namespace {

QString datedTerritory(int n)
{
    const QString path = scratch(QStringLiteral("timeline-%1.maillage").arg(n));
    if (QFile::exists(path))
        return path;
    Store store;
    store.create(path, QStringLiteral("Bench"));
    QRandomGenerator rng(7);
    const QList<Category> categories = CategoryRepository(store).list();
    const QList<LinkType> types = LinkTypeRepository(store).list();
    const QDate origin(2010, 1, 1);
    auto date = [&](int maxDays) {
        return origin.addDays(rng.bounded(maxDays)).toString(Qt::ISODate);
    };
    store.begin();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO actor (id, name, category_id, influence, x, y, since, "
                             "until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '')"));
    const double side = std::sqrt(double(n)) * 90;
    for (int i = 1; i <= n; ++i) {
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("Acteur numéro %1").arg(i));
        q.addBindValue(categories.at(i % categories.size()).id);
        q.addBindValue(i % 6);
        q.addBindValue(rng.generateDouble() * side);
        q.addBindValue(rng.generateDouble() * side);
        q.addBindValue(i % 3 ? QVariant(date(3000)) : QVariant());
        q.addBindValue(i % 5 == 0 ? QVariant(date(6000)) : QVariant());
        q.exec();
    }
    q.prepare(QStringLiteral("INSERT INTO link (source_id, target_id, type_id, strength, since, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '')"));
    for (int i = 1; i <= n; ++i)
        for (int k = 0; k < 2; ++k) {
            int j = 1 + int(rng.bounded(n));
            if (j == i)
                j = i % n + 1;
            q.addBindValue(i);
            q.addBindValue(j);
            q.addBindValue(types.at(int(rng.bounded(int(types.size())))).id);
            q.addBindValue(1 + int(rng.bounded(5)));
            q.addBindValue(date(4000));
            q.exec();
        }
    store.commit();
    store.close();
    return path;
}

int runTimeline(const QStringList &)
{
    const QString path = datedTerritory(10000);
    Document doc;
    doc.open(path);
    NetworkScene scene(&doc);
    NetworkView view(&scene);
    FilterBar filterBar(&doc, &scene);
    TimelineBar bar(&doc, &scene, &filterBar);
    view.resize(1400, 900);
    view.show();
    view.fitAll();
    view.viewport()->grab();
    out() << QStringLiteral("    (of which the scene's filter pass: %1 ms, reading the actors: %2 ms)\n")
                 .arg(timeMs([&] { scene.setTimeHidden({}, {}); }, 3), 0, 'f', 1)
                 .arg(timeMs([&] { doc.actors(); }, 3), 0, 'f', 1);
    int day = 0;
    const double open = timeMs([&] { bar.setDate(QDate(2014, 1, 1).addDays(++day)); }, 5);
    out() << QStringLiteral("  10k actors / 20k links: map at a date (hide the absent): %1 ms\n")
                 .arg(open, 0, 'f', 1);
    bar.setStep(2);
    const double step = timeMs([&] {
        bar.stepForward();
        view.viewport()->grab();
    }, 5);
    out() << QStringLiteral("  one play step (a month) with its repaint: %1 ms (a step every "
                            "500 ms by default)\n")
                 .arg(step, 0, 'f', 1);
    bar.clear();

    std::optional<qint64> id;
    const double take = timeMs([&] { id = workshop::takeSnapshot(doc, QStringLiteral("S"), {}); }, 3);
    out() << QStringLiteral("  take a snapshot: %1 ms (%2 KB of JSON)\n")
                 .arg(take, 0, 'f', 0)
                 .arg(workshop::snapshotJson(workshop::readMap(doc.store())).size() / 1024);
    const double list = timeMs([&] { workshop::listSnapshots(doc.store()); }, 5);
    out() << QStringLiteral("  list %1 snapshots with counts: %2 ms\n")
                 .arg(workshop::listSnapshots(doc.store()).size())
                 .arg(list, 0, 'f', 1);
    workshop::SnapshotDiff d;
    QString error;
    const double diff = timeMs([&] {
        workshop::diffSides(doc.store(), {workshop::DiffSide::Snapshot, *id, {}}, {}, &d, &error);
    });
    out() << QStringLiteral("  diff snapshot vs now (10k actors matched by name): %1 ms\n")
                 .arg(diff, 0, 'f', 0);
    workshop::takeSnapshot(doc, QStringLiteral("S4"), {});
    workshop::takeSnapshot(doc, QStringLiteral("S5"), {});
    {
        const QByteArray json = workshop::snapshotJson(workshop::readMapLean(doc.store()));
        QJsonDocument parsed;
        const double parse = timeMs([&] { parsed = QJsonDocument::fromJson(json); }, 3);
        const double walk = timeMs([&] {
            int n = 0;
            for (const QJsonValue &v : parsed.object().value(QStringLiteral("actors")).toArray())
                n += text::fold(v.toObject().value(QStringLiteral("name")).toString()).size();
        }, 3);
        const double write = timeMs([&] { parsed.toJson(QJsonDocument::Compact); }, 3);
        out() << QStringLiteral("    (per snapshot: parse %1 ms, fold names %2 ms, write %3 ms)\n")
                     .arg(parse, 0, 'f', 0).arg(walk, 0, 'f', 0).arg(write, 0, 'f', 0);
    }
    const double erase = timeMs([&] {
        workshop::eraseFromSnapshots(doc.store(), {{500, QStringLiteral("Acteur numéro 500"), {}}});
    });
    out() << QStringLiteral("  erasure of one person: rewriting %1 snapshots costs %2 ms\n")
                 .arg(workshop::listSnapshots(doc.store()).size())
                 .arg(erase, 0, 'f', 0);
    return 0;
}

const Registration reg({QStringLiteral("timeline"),
                        QStringLiteral("Timeline and snapshots at 10k actors / 20k links"),
                        runTimeline});

} // namespace
