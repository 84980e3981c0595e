#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

// `maillage-cli export FILE OUT.html --format html`: the territory as one web page (issue 20,
// core/io/htmlexport.h). The export command (io_commands.cpp) adds these options and hands
// the HTML format over here.
namespace maillage::cli {

struct HtmlExportOptions
{
    QCommandLineOption lang, view, onlineTiles;
};
/// Adds --lang, --view and --online-tiles to the export command's parser.
HtmlExportOptions addHtmlExportOptions(QCommandLineParser &parser);
/// Whether the export asks for the web page: --format html, or OUT ending in .html / .htm
/// without --format.
bool wantsHtmlExport(const QCommandLineParser &parser, const QCommandLineOption &format,
                     const QString &out);
/// Writes the page; prints what it holds or the error (one line). An exit status.
int runHtmlExport(const QCommandLineParser &parser, const HtmlExportOptions &options,
                  const QString &file, const QString &out, bool anonymize);
/// Says that --lang, --view or --online-tiles was given to another format (one line), or
/// returns Ok.
int checkNoHtmlOptions(const QCommandLineParser &parser, const HtmlExportOptions &options);

} // namespace maillage::cli
