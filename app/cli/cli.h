#pragma once

#include "core/document/document.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace maillage::cli {

/// Exit statuses of maillage-cli.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/// One sub-command: `maillage-cli NAME ARGS…`. Each command file registers its commands
/// with a static Registration; main() only dispatches.
struct Command
{
    QString name;
    QString synopsis;  ///< e.g. "info FILE [--json]"
    QString summary;   ///< one translated line for `maillage-cli help`
    std::function<int(const QStringList &args)> run;  ///< args after the command name
};

struct Registration
{
    explicit Registration(std::function<Command()> make);
};

QList<Command> commands();

QTextStream &out();
QTextStream &err();

/// Prints "maillage-cli: MESSAGE" on stderr and returns Failed.
int fail(const QString &message);
/// Parses `args` with `parser` (which gets --help); on error prints usage and returns false.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
           int positional, int *status);
/// Opens FILE for reading (read-only) or writing; prints the error and returns false on failure.
bool openDocument(Document &doc, const QString &path, bool write);
void printJson(const QJsonObject &object);

} // namespace maillage::cli
