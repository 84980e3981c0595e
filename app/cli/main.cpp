// maillage-cli: every headless job of Maillage. Runs without a display.
#include "cli.h"

#include "util/i18n.h"

#include <QCoreApplication>

using namespace maillage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("maillage-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Maillage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILLAGE_VERSION));
    i18n::install(qEnvironmentVariable("MAILLAGE_LANG"));

    QStringList args = app.arguments().mid(1);
    const QList<cli::Command> all = cli::commands();
    auto usage = [&](QTextStream &s) {
        s << QCoreApplication::translate("maillage::cli", "Usage: maillage-cli COMMAND [ARGS…]")
          << "\n\n";
        for (const cli::Command &c : all)
            s << "  " << c.synopsis.leftJustified(46) << ' ' << c.summary << '\n';
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
