#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace maillage::bench {

/// One benchmark: `maillage-bench NAME` runs it, `maillage-bench all` runs every one.
/// Each prints its own figures, side by side with the reference tool where there is one.
struct Benchmark
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run;
};

struct Registration
{
    explicit Registration(Benchmark b);
};

QTextStream &out();
/// Bytes of heap advised for huge pages at start (memory::prepareHeap), 0: a plain heap.
std::size_t &heapAdvised();

/// Milliseconds taken by `f`, best of `repeats` runs.
double timeMs(const std::function<void()> &f, int repeats = 1);

/// Runs a Python 3 script (from tests/bench) with arguments and returns its stdout, or an
/// empty string with a note on stdout when python3 or the module it needs is missing.
QString runPython(const QString &script, const QStringList &args, int timeoutMs = 600000);

/// A temporary folder for generated inputs, removed at exit.
QString scratch(const QString &name);

/// A territory of `n` actors (a fifth of them persons), with positions unless `positions`
/// is false, 2 links per actor, n/20 problems, n/50 actions with 3 indicators each and n/30
/// meetings of 20 attendees (bench_report.cpp); made once per run and size.
QString trackedTerritory(int n, bool positions = true);

} // namespace maillage::bench
