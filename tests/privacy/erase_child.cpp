// Child process for the tests of an erasure killed before its purge.
//   maillage_test_erase_child erase FILE PERSON        erases PERSON (a name) up to the
//   maillage_test_erase_child pseudonymize FILE PERSON commit, without the purge, prints
//                                                      "committed" and waits to be killed.
#include "core/document/document.h"
#include "core/privacy/erasure.h"
#include "core/privacy/personrecord.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace maillage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    const QString person = QString::fromLocal8Bit(argv[3]);
    Document doc;
    QString error;
    if (!doc.open(path, Store::Access::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
        return 1;
    }
    const QList<Actor> found = privacy::findActors(doc.store(), person);
    if (found.size() != 1) {
        std::fprintf(stderr, "no single actor named %s\n", argv[3]);
        return 1;
    }
    const bool ok = mode == QLatin1String("erase")
                        ? privacy::eraseUnpurged(doc, {found.first().id}, &error)
                        : privacy::pseudonymizeUnpurged(doc, {found.first().id}, &error);
    if (!ok) {
        std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
        return 1;
    }
    std::printf("committed\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
