// memory::prepareHeap: the heap's reservation advised for huge pages (core/util/memory).
#include "core/util/memory.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cstdint>
#include <vector>

using namespace maillage;

namespace {

struct Mapping
{
    std::uintptr_t start = 0, end = 0;
    bool hugePages = false;  ///< "hg" in its VmFlags: advised with MADV_HUGEPAGE
};

/// This process's mappings, as the kernel lists them.
QList<Mapping> mappings()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    QList<Mapping> out;
    static const QRegularExpression header(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QString text = QString::fromLatin1(line);
        const auto m = header.match(text);
        if (m.hasMatch()) {
            out.append({m.captured(1).toULongLong(nullptr, 16),
                        m.captured(2).toULongLong(nullptr, 16), false});
        } else if (text.startsWith(QLatin1String("VmFlags:")) && !out.isEmpty()) {
            out.last().hugePages = text.split(QLatin1Char(' ')).contains(QLatin1String("hg"));
        }
    }
    return out;
}

const Mapping *mappingOf(const QList<Mapping> &all, const void *p)
{
    const auto address = reinterpret_cast<std::uintptr_t>(p);
    for (const Mapping &m : all)
        if (address >= m.start && address < m.end)
            return &m;
    return nullptr;
}

} // namespace

class TestMemory : public QObject
{
    Q_OBJECT

private slots:
    void plainHeapWhenAsked()
    {
        qputenv("MAILLAGE_PLAIN_HEAP", "1");
        QCOMPARE(memory::prepareHeap(), std::size_t(0));
        qunsetenv("MAILLAGE_PLAIN_HEAP");
        for (const Mapping &m : mappings())
            QVERIFY(!m.hugePages);
    }

    void heapAdvisedForHugePages()
    {
#if !defined(__GLIBC__)
        QSKIP("the heap is prepared with glibc's malloc only");
#endif
        if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
            QSKIP("this kernel has no transparent huge pages");
        QFile overcommit(QStringLiteral("/proc/sys/vm/overcommit_memory"));
        if (overcommit.open(QIODevice::ReadOnly) && overcommit.readAll().trimmed() == "2")
            QSKIP("strict overcommit refuses the reservation (prepareHeap does nothing then)");
        const std::size_t advised = memory::prepareHeap();
        QVERIFY2(advised >= (std::size_t(256) << 20), qPrintable(QString::number(advised)));
        QCOMPARE(advised % (std::size_t(2) << 20), std::size_t(0));
        // A frame-sized block (8 MB: under the 32 MB threshold) comes from the heap's top,
        // which ends in the advised part (it may start in the part below, not a whole huge
        // page), and keeps what is written to it.
        std::vector<char> block(std::size_t(8) << 20, 'x');
        block.back() = 'y';
        const QList<Mapping> all = mappings();
        const Mapping *m = mappingOf(all, &block.back());
        QVERIFY(m);
        QVERIFY(m->hugePages);
        QVERIFY(m->end - m->start >= advised);
        QCOMPARE(block.front(), 'x');
        QCOMPARE(block.back(), 'y');
    }
};

QTEST_GUILESS_MAIN(TestMemory)
#include "tst_memory.moc"
