// Saved views and slides at scale: the size of a view's JSON (it holds every actor's
// position), reading the views back, building a slide, and the slides PDF.
#include "bench.h"

#include "core/document/document.h"
#include "core/workshop/savedview.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>


using namespace maillage;
using namespace maillage::bench;

namespace {

int runSlides(const QStringList &args)
{
    QList<int> sizes{1000, 10000};
    if (!args.isEmpty())
        sizes = {args.first().toInt()};
    for (int n : sizes) {
        Document doc;
        if (!doc.open(trackedTerritory(n)))
            qFatal("open: %s", qPrintable(doc.lastError()));
        const QList<Actor> actors = doc.actors();
        QRectF all;
        for (const Actor &a : actors)
            all |= QRectF(a.x, a.y, 1, 1);
        // Five views: whole map, two categories, a focus, a zoomed quarter, a search.
        QList<workshop::SavedView> views(5);
        for (int i = 0; i < views.size(); ++i) {
            views[i].name = QStringLiteral("Vue %1").arg(i + 1);
            views[i].caption = QStringLiteral("Légende de la vue %1").arg(i + 1);
            for (const Actor &a : actors)
                views[i].positions.insert(a.id, QPointF(a.x, a.y));
        }
        views[1].filter.categories = {doc.categories().at(0).id, doc.categories().at(3).id};
        views[2].focusActors = {actors.first().id};
        views[2].focusDepth = 2;
        views[3].visibleRect = QRectF(all.topLeft(), all.size() / 2);
        views[4].filter.search = QStringLiteral("numéro 1");
        const QByteArray json = QJsonDocument(views[0].settings()).toJson(QJsonDocument::Compact);
        double save = timeMs([&] {
            for (const auto &v : std::as_const(views))
                workshop::addView(doc, v);
        });
        QList<workshop::SavedView> loaded;
        const double load = timeMs([&] { loaded = workshop::loadViews(doc.store()); }, 3);
        workshop::SlideSource source;
        const double read = timeMs([&] { source = workshop::SlideSource::fromDocument(doc); }, 3);
        const double slide = timeMs([&] {
            for (const auto &v : std::as_const(loaded))
                source.slide(v, true);
        }, 3) / std::max<qsizetype>(1, loaded.size());
        const QString pdf = scratch(QStringLiteral("slides-%1.pdf").arg(n));
        QString error;
        const double write = timeMs([&] {
            workshop::SlidesPdfOptions options;
            options.anonymize = true;
            if (!workshop::writeSlidesPdf(source, loaded, pdf, options, &error))
                qFatal("slides: %s", qPrintable(error));
        });
        out() << QStringLiteral("%1 actors, %2 links, %3 views\n").arg(n).arg(n * 2).arg(loaded.size())
              << QStringLiteral("  one view's settings (every position): %1 KB\n")
                     .arg(json.size() / 1024.0, 0, 'f', 1)
              << QStringLiteral("  save 5 views (5 undoable edits):  %1 ms\n").arg(save, 0, 'f', 1)
              << QStringLiteral("  read them back:                   %1 ms\n").arg(load, 0, 'f', 1)
              << QStringLiteral("  read the map for slides:          %1 ms\n").arg(read, 0, 'f', 1)
              << QStringLiteral("  build one slide (names hidden):   %1 ms\n").arg(slide, 0, 'f', 1)
              << QStringLiteral("  slides PDF, %1 pages:              %2 ms (%3 KB)\n")
                     .arg(loaded.size())
                     .arg(write, 0, 'f', 0)
                     .arg(QFileInfo(pdf).size() / 1024)
              << Qt::flush;
    }
    return 0;
}

const Registration reg({QStringLiteral("slides"),
                        QStringLiteral("Saved views and the slides PDF at 1k and 10k actors"),
                        runSlides});

} // namespace
