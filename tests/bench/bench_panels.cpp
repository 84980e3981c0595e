// The tracking panels at 10 000 actors (or ACTORS) of a followed territory (trackedTerritory:
// n/20 problems, n/50 actions, n/30 meetings of 20 attendees): what each costs to fill, the
// overview's refresh, and the processor time until every panel has followed one edit of a
// problem and its undo.
#include "bench.h"
#include "core/document/document.h"
#include "ui/tracking/actionspanel.h"
#include "ui/tracking/actoractivitywidget.h"
#include "ui/tracking/meetingspanel.h"
#include "ui/tracking/overviewpanel.h"
#include "ui/tracking/problemspanel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <ctime>

namespace maillage::bench {
namespace {

double threadMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/// Until nothing has been pending for a while (the panels' deferred refreshes included).
void settle()
{
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 400) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

int runPanels(const QStringList &args)
{
    const int n = args.isEmpty() ? 10000 : std::max(100, args.first().toInt());
    const QString path = trackedTerritory(n);
    Document doc;
    QString error;
    if (!doc.open(path, Store::Access::ReadWrite, &error)) {
        out() << "  could not open " << path << ": " << error << '\n';
        return 1;
    }
    out() << QStringLiteral("  %1 actors, %2 problems, %3 actions, %4 meetings of 20 attendees "
                            "(best of 5, wall clock):\n")
                 .arg(n).arg(n / 20).arg(n / 50).arg(n / 30);
    auto line = [](const QString &what, double ms) {
        out() << QStringLiteral("    %1: %2 ms\n").arg(what).arg(ms, 0, 'f', 1);
        out().flush();
    };
    line(QStringLiteral("problems panel built and filled"), timeMs([&] { ProblemsPanel p(&doc); }, 5));
    line(QStringLiteral("actions panel built and filled"), timeMs([&] { ActionsPanel p(&doc); }, 5));
    line(QStringLiteral("meetings panel built and filled"), timeMs([&] { MeetingsPanel p(&doc); }, 5));
    {
        OverviewPanel overview(&doc);
        line(QStringLiteral("overview refreshed"), timeMs([&] { overview.refresh(); }, 5));
    }
    {
        ActorActivityWidget activity(&doc);
        // The lead of the first action, attending the first meetings.
        const qint64 actor = doc.actors().value(0).id;
        line(QStringLiteral("an actor's activity shown"),
             timeMs([&] { activity.setActor(0); activity.setActor(actor); }, 5));
    }

    // Every panel alive and shown; one problem's status changed, then undone.
    ProblemsPanel problems(&doc);
    ActionsPanel actions(&doc);
    MeetingsPanel meetings(&doc);
    OverviewPanel overview(&doc);
    for (QWidget *w : std::initializer_list<QWidget *>{&problems, &actions, &meetings, &overview}) {
        w->resize(900, 700);
        w->show();
    }
    settle();
    const auto all = Projections(doc.store()).fields(Table::Problem, 1, {Column::Status});
    if (!all) {
        out() << "  no problem 1\n";
        return 1;
    }
    auto follow = [&](const QString &what, const std::function<void()> &edit) {
        const double a = threadMs();
        edit();
        settle();
        line(what + QStringLiteral(" (processor time until every panel followed)"), threadMs() - a);
    };
    follow(QStringLiteral("nothing (idle, the baseline)"), [] {});
    const QString status =
        all->value(0).toString() == QLatin1String("dropped") ? QStringLiteral("resolved")
                                                              : QStringLiteral("dropped");
    follow(QStringLiteral("a problem's status changed"), [&] {
        doc.setFields(Table::Problem, 1, {{Column::Status, status}}, QStringLiteral("bench"));
    });
    follow(QStringLiteral("undone"), [&] { doc.undoStack()->undo(); });
    return 0;
}

const Registration reg(Benchmark{QStringLiteral("panels"),
                                 QStringLiteral("the tracking panels at 10k actors (or ACTORS): "
                                                "filled, overview refreshed, one edit followed"),
                                 runPanels});

} // namespace
} // namespace maillage::bench
