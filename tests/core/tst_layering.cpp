// core/ must never depend on QtWidgets: it builds and tests without a display. Algorithms
// (core/analysis) know nothing of the document and its undo stack: they take snapshots and
// return results, which core/document applies.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

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
            hash + QStringLiteral("\\s*include\\s*[<\"](document/|\\.\\./document/)"));
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
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
