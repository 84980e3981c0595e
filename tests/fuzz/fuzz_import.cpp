// libFuzzer target: the whole import, reader, planner and writer, into a temporary territory.
// The first byte picks the format (CSV, GraphML, GEXF, Cytoscape JSON, a public register), the
// duplicate policy and the write path (generic or bulk); the rest is the file. Any input must be
// imported or refused with a located error; an import must leave the territory whole, and its
// undo must leave it as empty as it was.
#include "core/document/document.h"
#include "fuzz_file.h"
#include "core/io/import.h"
#include "core/io/registers.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QUndoStack>

namespace {

maillage::Document &territory()
{
    static int argc = 1;
    static char name[] = "fuzz_import";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Never destroyed: at exit Qt Sql's own statics may go first, and closing then crashes.
    static maillage::Document &doc = *new maillage::Document;
    static const bool created = [] {
        const QString path = QDir::temp().filePath(
            QStringLiteral("maillage-fuzz-import-%1.maillage").arg(app.applicationPid()));
        QFile::remove(path);
        return doc.create(path, QStringLiteral("fuzz"));
    }();
    if (!created)
        __builtin_trap();
    return doc;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace maillage;
    using namespace maillage::io;
    if (size < 1)
        return 0;
    Document &doc = territory();
    const unsigned char mode = data[0];
    static const char *const suffixes[] = {"csv", "graphml", "gexf", "csv"};
    const int kind = mode & 3;
    // Kind 3 is a public register, or Cytoscape JSON when bit 4 is set.
    const bool cytoscape = kind == 3 && (mode & 16);
    const QString path =
        fuzz::inputFile(data + 1, size - 1, cytoscape ? "cyjs" : suffixes[kind]);
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy((mode >> 2) % 3);
    options.bulkThreshold = (mode & 32) ? 1 : (1 << 30);
    ImportSources sources;
    QString error;
    bool ok = false;
    RegisterOptions r;
    r.format = RegisterFormat((mode >> 6) % 3);
    if (r.format != RegisterFormat::Rne)
        r.communes = {QStringLiteral("88304")};
    const bool register_ = kind == 3 && !cytoscape;
    if (register_) {
        RegisterStats stats;
        ok = readRegisterFiles({path}, r, &sources, &stats, &error);
    } else {
        ok = readImportFiles({path}, options, &sources, &error);
    }
    if (!ok) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    // The undo stack's index, not its count: an undone step of the previous input stays on
    // the stack until this import's step replaces it.
    const int steps = doc.undoStack()->index();
    ImportReport report;
    const bool applied = register_ ? applyRegisterImport(doc, sources, r, &report, &error)
                                   : applyImport(doc, sources, options, &report, &error);
    if (!applied) {
        // Refused as a whole: nothing written, no undo step.
        if (error.isEmpty() || doc.undoStack()->index() != steps ||
            doc.store().count(QStringLiteral("actor")) != 0)
            __builtin_trap();
        return 0;
    }
    if (doc.store().count(QStringLiteral("actor")) !=
        report.actorsCreated)  // into an empty territory, every actor is a new one
        __builtin_trap();
    // Once in a while, the whole file is checked.
    static int runs = 0;
    if (++runs % 64 == 0 && doc.store().integrityCheck() != QLatin1String("ok"))
        __builtin_trap();
    if (doc.undoStack()->index() > steps)
        doc.undoStack()->undo();
    if (doc.store().count(QStringLiteral("actor")) != 0 ||
        doc.store().count(QStringLiteral("link")) != 0)
        __builtin_trap();
    // The categories, types and tags an import made are undone with it.
    if (doc.store().count(QStringLiteral("tag")) != 0)
        __builtin_trap();
    return 0;
}
