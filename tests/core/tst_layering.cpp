// core/ must never depend on QtWidgets: it builds and tests without a display.
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
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
