#include "cli.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace maillage::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};
QList<std::function<Command()>> &registry()
{
    static QList<std::function<Command()>> r;
    return r;
}
} // namespace

Registration::Registration(std::function<Command()> make)
{
    registry() << std::move(make);
}

QList<Command> commands()
{
    QList<Command> out;
    for (const auto &make : registry())
        out << make();
    std::sort(out.begin(), out.end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
    return out;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    out().flush();
    err() << "maillage-cli: " << message << Qt::endl;
    return Failed;
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
           int positional, int *status)
{
    parser.setApplicationDescription(command);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    QStringList argv{QStringLiteral("maillage-cli ") + command};
    argv += args;
    if (!parser.parse(argv)) {
        *status = Usage;
        err() << "maillage-cli " << command << ": " << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        *status = Ok;
        return false;
    }
    if (positional >= 0 && parser.positionalArguments().size() < positional) {
        *status = Usage;
        err() << "maillage-cli " << command << ": "
              << Tr::tr("missing argument; see “maillage-cli %1 --help”").arg(command)
              << Qt::endl;
        return false;
    }
    return true;
}

bool openDocument(Document &doc, const QString &path, bool write)
{
    QString error;
    if (!doc.open(path, write ? Store::Access::ReadWrite : Store::Access::ReadOnly, &error)) {
        fail(error);
        return false;
    }
    if (write && doc.isReadOnly()) {
        const QString why = doc.store().readOnlyReason();
        fail(why.isEmpty() ? Tr::tr("“%1” is read-only: nothing was changed.").arg(path)
                           : why + QLatin1Char(' ') + Tr::tr("Nothing was changed."));
        doc.close();
        return false;
    }
    return true;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

} // namespace maillage::cli
