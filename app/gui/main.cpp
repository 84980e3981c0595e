// maillage: the desktop application.
#include "ui/mainwindow.h"
#include "ui/territory/mapmodes.h"
#include "ui/settings.h"

#include "core/util/arguments.h"
#include "core/util/i18n.h"
#include "core/util/memory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    maillage::memory::prepareHeap();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Maillage"));
    QApplication::setOrganizationName(QStringLiteral("Maillage"));
    QApplication::setApplicationVersion(QStringLiteral(MAILLAGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.maillage.Maillage"));
    maillage::i18n::install(maillage::Settings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Map a territory's stakeholders, problems and actions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A territory (.maillage) to open."));
    // For documentation and checks: render the window to a PNG once it has settled, then quit.
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("main", "Window size, e.g. 1400x860."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Interface language for this run (en, fr)."),
        QStringLiteral("LANG"));
    const QCommandLineOption section(
        QStringLiteral("section"),
        QApplication::translate("main", "Side panel to show: actors, problems, actions, meetings, "
                                        "diagnostics, qualityOfLife, analysis, portrait, "
                                        "personalData, workshop; or history (Edit › History, "
                                        "under the map)."),
        QStringLiteral("NAME"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate("main", "The map's mode: network (default) or territory."),
        QStringLiteral("MODE"));
    parser.addOption(section);
    parser.addOption(view);
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(language);
    // Any file that exists opens, whatever bytes its name is made of.
    parser.process(maillage::util::fileSafeArguments(argc, argv));
    if (parser.isSet(language))
        maillage::i18n::install(parser.value(language));

    maillage::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    if (!files.isEmpty())
        window.openFile(files.first());
    if (parser.isSet(section) && parser.value(section) == QLatin1String("portrait"))
        window.showPortrait();
    else if (parser.isSet(section) && parser.value(section) == QLatin1String("history"))
        window.showHistory();
    else if (parser.isSet(section))
        window.showSection(parser.value(section));
    if (parser.value(view) == QLatin1String("territory"))
        if (auto *modes = window.findChild<maillage::MapModes *>())
            modes->showTerritory(true);
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(1500, &window, [&] {
            const bool ok = window.grab().save(parser.value(screenshot));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
