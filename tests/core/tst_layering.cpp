// core/ must never depend on QtWidgets: it builds and tests without a display. Algorithms
// (core/analysis) know nothing of the document and its undo stack: they take snapshots and
// return results, which core/document applies.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

/// Every .h and .cpp under the source folders `folders`, but not under `except`.
QStringList sources(const QStringList &folders, const QString &except = QString())
{
    QStringList out;
    for (const QString &folder : folders) {
        QDirIterator it(QStringLiteral(MAILLAGE_SOURCE_DIR "/") + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (except.isEmpty() || !path.contains(QStringLiteral("/") + except + QStringLiteral("/")))
                out << path;
        }
    }
    return out;
}

QString textOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// The first match of `pattern` in `text` with its line number, or an empty string.
QString firstMatch(const QString &text, const QRegularExpression &pattern)
{
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
    return QStringLiteral(":%1: ").arg(line) + m.captured(0);
}


/// The first call of the generic Store::row / Store::rows in `text` (with its line): on the
/// document's store (`store().rows(`), on a name ending in "store" (`m_store.row(`), or on
/// any name the text declares as a Store (`const Store &s = …; s.rows(`); empty when none.
QString genericStoreRead(const QString &text, bool repositoryLists = true)
{
    // A repository's list of anything but actors and links (which it reads through the
    // typed projections) is Store::rows under another name (in ui/: the panels; the CLI
    // reads whole vocabularies so, once a command).
    static const QRegularExpression repositoryList(QStringLiteral(
        "\\b(?!(Actor|Link)Repository\\b)\\w*Repository\\s*(<\\s*(?!(Actor|Link)\\s*>)\\w+\\s*>)?"
        "\\s*\\([^;]*?\\)\\s*(\\.|->)\\s*list\\s*\\("));
    if (const QString hit = repositoryLists ? firstMatch(text, repositoryList) : QString();
        !hit.isEmpty())
        return hit;
    static const QString call = QStringLiteral("\\s*(\\.|->)\\s*rows?\\s*\\(");
    static const QRegularExpression named(QStringLiteral("\\b(\\w*[sS]tore\\(\\)|\\w*[sS]tore)") + call);
    QString hit = firstMatch(text, named);
    if (!hit.isEmpty())
        return hit;
    static const QRegularExpression declared(
        QStringLiteral("\\bStore\\s*(const\\s*)?[&*]?\\s*(\\w+)\\s*[=;,)({]"));
    for (auto it = declared.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(2);
        hit = firstMatch(text, QRegularExpression(QStringLiteral("\\b") + name + call));
        if (!hit.isEmpty())
            return hit;
    }
    return {};
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT
private slots:
    void coreHasNoWidgets()
    {
        // Built from pieces: a literal include line here would confuse moc's scanner.
        const QString hash = QStringLiteral("#");
        const QRegularExpression widgets(
            hash + QStringLiteral("\\s*include\\s*[<\"](QtWidgets/|QWidget|QApplication|"
                                  "QMainWindow|QDialog|QGraphicsView|QGraphicsScene|QMessageBox)"));
        QDirIterator it(QStringLiteral(MAILLAGE_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto m = widgets.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(it.filePath() + QStringLiteral(": ") + m.captured(0)));
            ++files;
        }
        QVERIFY(files > 10);
        // And the build: core's CMake links no Widgets module.
        QFile cmake(QStringLiteral(MAILLAGE_SOURCE_DIR "/core/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        QVERIFY(!cmake.readAll().contains("Qt6::Widgets"));
    }

    void analysisKnowsNoDocument()
    {
        const QString hash = QStringLiteral("#");
        const QRegularExpression document(
            hash + QStringLiteral("\\s*include\\s*[<\"](core/document/|document/|\\.\\./document/)"));
        QDirIterator it(QStringLiteral(MAILLAGE_SOURCE_DIR "/core/analysis"),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto m = document.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(it.filePath() + QStringLiteral(": ") + m.captured(0)));
            // Nor its class by a forward declaration.
            QVERIFY2(!text.contains(QStringLiteral("class Document;")), qPrintable(it.filePath()));
            ++files;
        }
        QVERIFY(files >= 6);
    }

    // An include names its layer: "core/store/store.h", "ui/network/networkscene.h", never
    // "store.h" or "../store/store.h", so a reader sees at once which layer a file leans on.
    void includesNameTheirLayer()
    {
        const QString root = QStringLiteral(MAILLAGE_SOURCE_DIR "/");
        const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""),
                                         QRegularExpression::MultilineOption);
        QVERIFY(include.isValid());
        const QStringList files = sources({QStringLiteral("core"), QStringLiteral("ui"),
                                           QStringLiteral("app"), QStringLiteral("tests")});
        QVERIFY(files.size() > 200);
        int named = 0;
        for (const QString &path : files) {
            const QString text = textOf(path);
            const QDir here = QFileInfo(path).dir();
            for (auto it = include.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                const QString name = m.captured(1);
                if (name.startsWith(QLatin1String("core/")) || name.startsWith(QLatin1String("ui/"))) {
                    QVERIFY2(QFileInfo::exists(root + name), qPrintable(path + QStringLiteral(": ") + name));
                    ++named;
                    continue;
                }
                // Anything else is beside the file (app/cli's own headers, tests' support) and
                // must not be a core/ or ui/ header reached by a relative path.
                const QString resolved = QDir::cleanPath(here.absoluteFilePath(name));
                const bool intoLayer = QFileInfo::exists(resolved)
                        && (resolved.startsWith(root + QStringLiteral("core/"))
                            || resolved.startsWith(root + QStringLiteral("ui/")));
                const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
                QVERIFY2(!intoLayer, qPrintable(QStringLiteral("%1:%2: %3 should be written %4")
                                                    .arg(path).arg(line).arg(name,
                                                         resolved.mid(root.size()))));
            }
        }
        QVERIFY(named > 1000);
    }

    // SQL lives in core/store: no other code includes or names Qt SQL, or holds SQL text.
    // (Tests may: they poke at files directly.)
    void sqlOnlyInStore_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("Qt SQL") << QStringLiteral("\\bQSql\\w*");
        QTest::newRow("SQLite C API") << QStringLiteral("\\bsqlite3(_\\w+|\\.h|\\s*\\*)");
        QTest::newRow("SQL text")
            << QStringLiteral("\"\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|"
                              "VACUUM|WITH)\\s");
    }
    void sqlOnlyInStore()
    {
        QFETCH(QString, pattern);
        const QRegularExpression re(pattern);
        QVERIFY(re.isValid());
        const QStringList files =
            sources({QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")},
                    QStringLiteral("core/store"));
        QVERIFY(files.size() > 100);
        for (const QString &path : files) {
            const QString hit = firstMatch(textOf(path), re);
            QVERIFY2(hit.isEmpty(), qPrintable(path + hit));
        }
        // And the rule sees SQL where there is some.
        QVERIFY(!firstMatch(textOf(QStringLiteral(MAILLAGE_SOURCE_DIR "/core/store/bulkwriter.cpp")), re)
                     .isEmpty());
    }

    // Tables and columns are compared as Table and Column identifiers (core/store/changeset.h),
    // never as text, outside core/store.
    void noTableNamesAsText_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("example");  // what the pattern must catch
        const QString literal =
            QStringLiteral("(QLatin1String|QStringLiteral|QString|K|u)?\\(?\\s*\"");
        QTest::newRow("table ==") << QStringLiteral("\\.table\\s*[!=]=\\s*") + literal
                                  << QStringLiteral("if (c.table == QLatin1String(\"actor\"))");
        QTest::newRow("== table")
            << QStringLiteral("\"\\w*\"\\)?\\s*[!=]=\\s*\\w+\\.table\\b")
            << QStringLiteral("if (QStringLiteral(\"actor\") == c.table)");
        QTest::newRow("table.startsWith")
            << QStringLiteral("\\b(c|op|change)\\.table\\.(startsWith|endsWith|contains)\\(")
            << QStringLiteral("c.table.startsWith(u\"exercise\")");
        QTest::newRow("columns.contains(text)")
            << QStringLiteral("\\.columns\\.contains\\(\\s*") + literal
            << QStringLiteral("c.columns.contains(QLatin1String(\"name\"))");
    }
    void noTableNamesAsText()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, example);
        const QRegularExpression re(pattern);
        QVERIFY2(re.isValid(), qPrintable(re.errorString()));
        QVERIFY(!firstMatch(example, re).isEmpty());
        const QStringList files =
            sources({QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")},
                    QStringLiteral("core/store"));
        QVERIFY(files.size() > 100);
        for (const QString &path : files) {
            const QString hit = firstMatch(textOf(path), re);
            QVERIFY2(hit.isEmpty(), qPrintable(path + hit));
        }
    }
    // ui/ and app/ read through typed projections (core/store/repositories.h,
    // core/store/panelqueries.h): one struct per use, read by column index, errors said.
    // Never through the generic Store::row / Store::rows, which turn every column of every
    // row into a map and answer a read error with an empty list. (core/ outside core/store
    // keeps them for rare paths: privacy, diagnostics, workshop.)
    void noGenericReadsInUi_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<bool>("caught");
        QTest::newRow("document's store, rows")
            << QStringLiteral("for (const Row &r : m_doc->store().rows(K(\"actor_tag\")))") << true;
        QTest::newRow("document's store, row")
            << QStringLiteral("const auto r = m_doc->store().row(K(\"indicator\"), id);") << true;
        QTest::newRow("store variable")
            << QStringLiteral("for (const Row &p : store.rows(K(\"problem\")))") << true;
        QTest::newRow("member store")
            << QStringLiteral("auto r = m_store -> row(table, id);") << true;
        QTest::newRow("any name declared a Store")
            << QStringLiteral("const Store &s = doc.store();\nconst auto r = s.row(K(\"tag\"), 1);")
            << true;
        QTest::newRow("a pointer to a Store")
            << QStringLiteral("Store *db = &doc.store();\nfor (const Row &r : db->rows(t)) {}") << true;
        QTest::newRow("a model's row") << QStringLiteral("if (index.row() >= m_rows.size())") << false;
        QTest::newRow("an item's row") << QStringLiteral("rowToggled(item->row());") << false;
        QTest::newRow("a repository's generic list")
            << QStringLiteral("m_problems = Repository<Problem>(m_doc->store()).list();") << true;
        QTest::newRow("a repository's list of some rows")
            << QStringLiteral("for (const Indicator &i : Repository<Indicator>(store).list(K(\"action_id\"), id))")
            << true;
        QTest::newRow("an aliased repository's list")
            << QStringLiteral("const auto all = CategoryRepository(store).list();") << true;
        QTest::newRow("the actors' repository (typed projections)")
            << QStringLiteral("const auto all = Repository<Actor>(store).list();") << false;
        QTest::newRow("a typed projection")
            << QStringLiteral("PanelQueries(m_doc->store()).attendeeCounts(&error);") << false;
    }
    void noGenericReadsInUi()
    {
        QFETCH(QString, example);
        QFETCH(bool, caught);
        QCOMPARE(!genericStoreRead(example).isEmpty(), caught);
        const QStringList files = sources({QStringLiteral("ui"), QStringLiteral("app")});
        QVERIFY(files.size() > 100);
        for (const QString &path : files) {
            const QString hit =
                genericStoreRead(textOf(path), path.contains(QLatin1String("/ui/")));
            QVERIFY2(hit.isEmpty(), qPrintable(path + hit));
        }
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
