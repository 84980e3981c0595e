// Child process for the no-lost-work and locking tests.
//   maillage_test_editor edit FILE   makes edits forever, printing "added N" / "edited N"
//                                    once each is committed.
//   maillage_test_editor hold FILE   opens FILE, prints "ready" and waits to be killed.
#include "core/document/document.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace maillage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    Document doc;
    QString error;
    if (!doc.open(path, Store::Access::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
        return 1;
    }
    if (mode == QLatin1String("hold")) {
        std::printf("ready\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    // Continue numbering after what earlier (killed) runs left.
    qint64 n = doc.store().count(QStringLiteral("actor"));
    qint64 previous = 0;
    for (;;) {
        ++n;
        Actor a;
        a.name = QStringLiteral("Actor %1").arg(n);
        const auto id = doc.addActor(a, {}, &error);
        if (!id) {
            std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
            return 1;
        }
        std::printf("added %lld\n", n);
        std::fflush(stdout);
        if (previous && n % 3 == 0) {
            if (!doc.updateRow(QStringLiteral("actor"), previous,
                               {{QStringLiteral("description"), QStringLiteral("edited %1").arg(n)}},
                               QStringLiteral("edit"), Document::NoMerge, &error))
                return 1;
            std::printf("edited %lld %lld\n", previous, n);
            std::fflush(stdout);
        }
        if (previous && n % 5 == 0) {
            Link l;
            l.sourceId = previous;
            l.targetId = *id;
            if (!doc.addLink(l, &error))
                return 1;
            std::printf("linked %lld %lld\n", previous, qint64(*id));
            std::fflush(stdout);
        }
        previous = *id;
    }
}
