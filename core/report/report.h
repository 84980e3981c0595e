#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QPagedPaintDevice;

// The PDF report of a territory (issue 7) and the person's access document (issue 9): drawn
// with QPainter on a QPdfWriter, or on any paged device (a QPrinter for print and print
// preview, which then show the same pages). QtGui only; a QGuiApplication must exist (fonts).
namespace maillage {

class Document;
class Store;

namespace privacy {
struct PersonRecord;
}

namespace report {

/// The parts of the report, in the order they appear.
enum class Section {
    Cover,
    Contents,
    Figures,
    Portrait,
    Map,
    Territory,
    Categories,
    KeyActors,
    Grid,
    Problems,
    Actions,
    Meetings,
    Diagnostics,
};

/// Codes of every section, in order: cover, contents, figures, portrait, map, territory, categories,
/// key_actors, grid, problems, actions, meetings, diagnostics.
QStringList sectionCodes();
QString sectionCode(Section section);
std::optional<Section> sectionFromCode(const QString &code);
/// Translated heading of a section, e.g. "Key figures".
QString sectionTitle(Section section);
/// Parses a comma-separated list of codes; on an unknown code returns nullopt and sets
/// `error` to a message naming it and listing the valid ones.
std::optional<QStringList> parseSections(const QString &list, QString *error = nullptr);

struct ReportOptions
{
    /// "fr", "en", or empty for the language in use. Another language than the current one is
    /// installed while the report is drawn (call from the main thread), then the previous one
    /// is restored.
    QString language;
    /// Every person is replaced by a stable pseudonym everywhere (text, tables, map, notes).
    bool anonymize = false;
    /// Section codes to include; empty means all of them.
    QStringList sections;
    /// Shown on the cover; empty takes the territory's author field.
    QString author;
    /// The report's date (cover, footer, diagnostics "as of"); invalid means today.
    QDate date;
    /// Names of actor fields (ignoring case) shown as extra columns of the "All actors"
    /// table, in this order. Anonymised, persons' values of personal fields are left out and
    /// the other values pseudonymised like any text. An unknown name is an error.
    QStringList fields;
};

/// Lets a caller follow the work (a progress bar) and stop it.
struct ReportControl
{
    /// Called with 0 … 100 from the calling thread.
    std::function<void(int percent)> progress;
    /// When it becomes true the report stops, writes nothing and returns false.
    const std::atomic<bool> *cancel = nullptr;
};

/// Draws the report of the territory in `store` on `device` (a QPdfWriter, a QPrinter):
/// sets A4 portrait. Returns false with a translated message on error or cancel.
bool renderReport(Store &store, QPagedPaintDevice *device, const ReportOptions &options,
                  const ReportControl &control = {}, QString *error = nullptr);

/// Writes the report as a PDF file, atomically: `pdfPath` is replaced only when the whole
/// report was written (never on cancel or error).
bool writeReport(Store &store, const QString &pdfPath, const ReportOptions &options,
                 const ReportControl &control = {}, QString *error = nullptr);
bool writeReport(const Document &doc, const QString &pdfPath, const ReportOptions &options,
                 const ReportControl &control = {}, QString *error = nullptr);

/// The right-of-access document of one person (GDPR art. 15): their fields, links, meetings
/// attended, problems and actions, mentions in notes with excerpts, the date it was made.
/// `language` as in ReportOptions. Written atomically.
bool writePersonRecordPdf(const privacy::PersonRecord &record, const QString &path,
                          const QString &language = QString(), QString *error = nullptr);

} // namespace report
} // namespace maillage
