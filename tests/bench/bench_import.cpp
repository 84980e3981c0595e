// "import": 100 000 actors + 200 000 links from Maillage CSV into a new territory, against
// the sqlite3 shell's .import of the same two files, in the same run.
#include "bench.h"

#include "core/document/document.h"
#include "core/io/import.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace maillage::bench {

namespace {

void generate(const QString &actors, const QString &links, int nActors, int nLinks)
{
    QRandomGenerator rng(42);
    static const char *const categories[] = {"Institution", "Company", "Association",
                                             "Citizen", "Public service", "Media"};
    static const char *const types[] = {"Partnership", "Funding", "Information",
                                        "Membership"};
    QFile a(actors);
    a.open(QIODevice::WriteOnly);
    a.write("id,name,category,sector,commune,influence,interest\n");
    for (int i = 1; i <= nActors; ++i)
        a.write(QStringLiteral("%1,Acteur %1 de Mirecourt,%2,Secteur %3,\"Commune %4, Vosges\",%5,%6\n")
                    .arg(i)
                    .arg(QLatin1String(categories[i % 6]))
                    .arg(i % 50)
                    .arg(i % 300)
                    .arg(i % 6)
                    .arg((i / 7) % 6)
                    .toUtf8());
    QFile l(links);
    l.open(QIODevice::WriteOnly);
    l.write("id,source,target,type,strength,description\n");
    for (int i = 1; i <= nLinks; ++i) {
        const int s = 1 + int(rng.bounded(nActors));
        int t = 1 + int(rng.bounded(nActors));
        if (t == s)
            t = s % nActors + 1;
        l.write(QStringLiteral("%1,%2,%3,%4,%5,lien %1\n")
                    .arg(i)
                    .arg(s)
                    .arg(t)
                    .arg(QLatin1String(types[i % 4]))
                    .arg(1 + i % 5)
                    .toUtf8());
    }
}

int run(const QStringList &args)
{
    const int nActors = args.value(0, QStringLiteral("100000")).toInt();
    const int nLinks = args.value(1, QStringLiteral("200000")).toInt();
    const QString actors = scratch(QStringLiteral("actors.csv"));
    const QString links = scratch(QStringLiteral("actors-links.csv"));
    generate(actors, links, nActors, nLinks);
    out() << QStringLiteral("import: %1 actors + %2 links from CSV (%3 + %4 MB)\n")
                 .arg(nActors)
                 .arg(nLinks)
                 .arg(QFile(actors).size() / 1e6, 0, 'f', 1)
                 .arg(QFile(links).size() / 1e6, 0, 'f', 1);

    // Maillage: read + check, match + plan, write as one undoable step.
    const QString file = scratch(QStringLiteral("import.maillage"));
    QFile::remove(file);
    Document doc;
    QString error;
    if (!doc.create(file, QStringLiteral("bench"), &error)) {
        out() << "  " << error << '\n';
        return 1;
    }
    io::ImportOptions options;
    io::ImportSources sources;
    io::ImportReport report;
    QElapsedTimer t;
    t.start();
    bool ok = io::readImportFiles({actors, links}, options, &sources, &error);
    const double readMs = t.nsecsElapsed() / 1e6;
    ok = ok && io::applyImport(doc, sources, options, &report, &error);
    const double totalMs = t.nsecsElapsed() / 1e6;
    if (!ok) {
        out() << "  import failed: " << error << '\n';
        return 1;
    }
    out() << QStringLiteral("  maillage import:  %1 ms (reading %2 ms, matching and writing %3 "
                            "ms; %4 actors, %5 links, one undo step)\n")
                 .arg(totalMs, 0, 'f', 0)
                 .arg(readMs, 0, 'f', 0)
                 .arg(totalMs - readMs, 0, 'f', 0)
                 .arg(doc.store().count(QStringLiteral("actor")))
                 .arg(doc.store().count(QStringLiteral("link")));
    t.restart();
    doc.undoStack()->undo();
    out() << QStringLiteral("  undo of the import: %1 ms (%2 actors left)\n")
                 .arg(t.nsecsElapsed() / 1e6, 0, 'f', 0)
                 .arg(doc.store().count(QStringLiteral("actor")));
    doc.close();

    // The sqlite3 shell, same files: first as the issue measures it, into a new database
    // whose tables are made from the headers (untyped, no index, no check, no key, rollback
    // journal); then doing Maillage's job in SQL, into an empty territory: the rows mapped to
    // the actor and link tables (categories and types by name), the same indexes rebuilt
    // after the insert, the keys checked once, WAL and synchronous=FULL as the Store opens
    // files. The second is the least any writer into this data model pays.
    const auto shell = [&](const QString &database, const QString &script) -> double {
        QProcess p;
        p.setProgram(QStringLiteral("sqlite3"));
        p.setArguments({database});
        QElapsedTimer timer;
        timer.start();
        p.start();
        if (!p.waitForStarted())
            return -1;
        p.write(script.toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(600000);
        if (p.exitCode() != 0 || !p.readAllStandardError().isEmpty())
            return -1;
        return timer.nsecsElapsed() / 1e6;
    };
    const QString db = scratch(QStringLiteral("shell.sqlite"));
    QFile::remove(db);
    const double shellMs =
        shell(db, QStringLiteral(".mode csv\n.import '%1' actor\n.import '%2' link\n.quit\n")
                      .arg(actors, links));
    if (shellMs < 0) {
        out() << "  (reference not run: no sqlite3 shell; apt-get install sqlite3)\n";
        return 0;
    }
    out() << QStringLiteral("  sqlite3 .import:   %1 ms\n").arg(shellMs, 0, 'f', 0);
    out() << QStringLiteral("  ratio: %1x (target: within 2x)\n").arg(totalMs / shellMs, 0, 'f', 2);

    const QString territory = scratch(QStringLiteral("shell.maillage"));
    QFile::remove(territory);
    {
        Document empty;
        if (!empty.create(territory, QStringLiteral("bench"), &error)) {
            out() << "  " << error << '\n';
            return 1;
        }
    }
    const QString now = QStringLiteral("'2026-01-01T00:00:00'");
    const double schemaMs = shell(
        territory,
        QStringLiteral(
            "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\n.mode csv\n"
            ".import --schema temp '%1' a\n.import --schema temp '%2' l\nBEGIN;\n"
            "DROP INDEX actor_category; DROP INDEX link_source; DROP INDEX link_target; "
            "DROP INDEX link_type_idx;\n"
            "INSERT INTO actor (id, name, category_id, sector, commune, influence, interest, "
            "created_at, updated_at) SELECT CAST(a.id AS INTEGER), a.name, c.id, a.sector, "
            "a.commune, CAST(a.influence AS INTEGER), CAST(a.interest AS INTEGER), %3, %3 FROM "
            "temp.a a LEFT JOIN category c ON c.name = a.category;\n"
            "INSERT INTO link (id, source_id, target_id, type_id, strength, description, "
            "created_at, updated_at) SELECT CAST(l.id AS INTEGER), CAST(l.source AS INTEGER), "
            "CAST(l.target AS INTEGER), t.id, CAST(l.strength AS INTEGER), l.description, %3, %3 "
            "FROM temp.l l LEFT JOIN link_type t ON t.name = l.type;\n"
            "CREATE INDEX actor_category ON actor (category_id);\n"
            "CREATE INDEX link_source ON link (source_id);\n"
            "CREATE INDEX link_target ON link (target_id);\n"
            "CREATE INDEX link_type_idx ON link (type_id);\n"
            "PRAGMA foreign_key_check;\nCOMMIT;\n.quit\n")
            .arg(actors, links, now));
    if (schemaMs < 0) {
        out() << "  (sqlite3 into Maillage's schema failed: the schema changed? see "
                 "tests/bench/bench_import.cpp)\n";
    } else {
        out() << QStringLiteral("  sqlite3 doing the same job into Maillage's schema (same "
                                "indexes, checks, keys, WAL + synchronous=FULL): %1 ms, %2x "
                                "the plain .import; Maillage: %3x that\n")
                     .arg(schemaMs, 0, 'f', 0)
                     .arg(schemaMs / shellMs, 0, 'f', 2)
                     .arg(totalMs / schemaMs, 0, 'f', 2);
    }
    out().flush();
    return 0;
}

const Registration reg(Benchmark{QStringLiteral("import"),
                                 QStringLiteral("100k actors + 200k links from CSV vs sqlite3 "
                                                ".import"),
                                 run});

} // namespace

} // namespace maillage::bench
