#include "bench.h"

#include "core/util/memory.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace maillage::bench {

namespace {
QList<Benchmark> &registry()
{
    static QList<Benchmark> r;
    return r;
}
} // namespace

Registration::Registration(Benchmark b)
{
    registry() << std::move(b);
}

std::size_t &heapAdvised()
{
    static std::size_t bytes = 0;
    return bytes;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double timeMs(const std::function<void()> &f, int repeats)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

QString runPython(const QString &script, const QStringList &args, int timeoutMs)
{
    QProcess p;
    // Debian's python3 has the reference modules (python3-igraph, python3-networkx); a
    // python3 from a version manager earlier on PATH usually does not.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");
    p.start(python,
            QStringList{QStringLiteral(MAILLAGE_BENCH_SCRIPTS "/") + script} + args);
    if (!p.waitForStarted() || !p.waitForFinished(timeoutMs) || p.exitCode() != 0) {
        out() << "  (reference not run: " << QString::fromUtf8(p.readAllStandardError()).trimmed()
              << "; install it with ./scripts/deps --bench)\n";
        out().flush();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString scratch(const QString &name)
{
    static QTemporaryDir dir;
    return dir.filePath(name);
}

} // namespace maillage::bench

int main(int argc, char *argv[])
{
    // The heap as the window and the command line have it (MAILLAGE_PLAIN_HEAP=1: without).
    maillage::bench::heapAdvised() = maillage::memory::prepareHeap();
    // A widgets application on the offscreen platform, so benchmarks can paint views.
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen"
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    using namespace maillage::bench;
    auto &all = registry();
    std::sort(all.begin(), all.end(), [](auto &a, auto &b) { return a.name < b.name; });
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        out() << "Usage: maillage-bench NAME|all [ARGS]\n";
        for (const Benchmark &b : all)
            out() << "  " << b.name.leftJustified(16) << b.summary << '\n';
        return args.isEmpty() ? 2 : 0;
    }
    const QString name = args.takeFirst();
    int status = 0;
    for (const Benchmark &b : all) {
        if (name == QLatin1String("all") || b.name == name) {
            out() << "== " << b.name << ": " << b.summary << '\n';
            out().flush();
            status |= b.run(args);
            out().flush();
        }
    }
    return status;
}
