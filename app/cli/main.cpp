// maillage-cli: every headless job of Maillage. Runs without a display.
#include "cli.h"

#include "core/util/arguments.h"
#include "core/util/i18n.h"
#include "core/util/memory.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace maillage;

/// Commands that draw text (images) need QtGui's font database, hence a QGuiApplication; on
/// the offscreen platform unless told otherwise, so they still run without a display.
static bool drawsText(int argc, char *argv[])
{
    static const char *const drawing[] = {"render", "report", "person-export", "slides"};
    if (argc < 2)
        return false;
    for (const char *name : drawing)
        if (std::strcmp(argv[1], name) == 0)
            return true;
    return false;
}

int main(int argc, char *argv[])
{
    maillage::memory::prepareHeap();
    std::unique_ptr<QCoreApplication> application;
    if (drawsText(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("maillage-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Maillage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILLAGE_VERSION));
    i18n::install(qEnvironmentVariable("MAILLAGE_LANG"));

    // Any file that exists opens, whatever bytes its name is made of.
    QStringList args = util::fileSafeArguments(argc, argv).mid(1);
    const QList<cli::Command> all = cli::commands();
    auto usage = [&](QTextStream &s) {
        s << QCoreApplication::translate("maillage::cli", "Usage: maillage-cli COMMAND [ARGS…]")
          << "\n\n";
        for (const cli::Command &c : all)
            s << "  maillage-cli " << c.synopsis << "\n      " << c.summary << '\n';
        s << '\n'
          << QCoreApplication::translate("maillage::cli",
                                         "“maillage-cli COMMAND --help” describes one command.")
          << '\n';
        s.flush();
    };
    if (args.isEmpty()) {
        usage(cli::err());
        return cli::Usage;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("help") || name == QLatin1String("--help") ||
        name == QLatin1String("-h")) {
        usage(cli::out());
        return cli::Ok;
    }
    if (name == QLatin1String("--version")) {
        cli::out() << "maillage-cli " << MAILLAGE_VERSION << Qt::endl;
        return cli::Ok;
    }
    for (const cli::Command &c : all)
        if (c.name == name)
            return c.run(args);
    cli::err() << "maillage-cli: "
               << QCoreApplication::translate("maillage::cli", "unknown command “%1”").arg(name)
               << '\n';
    usage(cli::err());
    return cli::Usage;
}
