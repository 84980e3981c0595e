#include "core/io/import.h"
#include "core/io/import_parts.h"
#include "core/io/spreadsheet.h"

#include "core/io/bulk.h"
#include "core/document/document.h"
#include "core/io/import_model.h"
#include "core/privacy/suppression.h"
#include "core/util/text.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <bit>
#include <cmath>
#include <deque>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace maillage::io {

using namespace detail;

#define K(s) QStringLiteral(s)

namespace importparts {

/// How custom fields are matched by name: ignoring case and the spaces around.
QString importFieldTypeKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

/// The user's type for the field `name`, if they chose one.
std::optional<FieldType> userFieldType(const ImportOptions &options, const QString &name)
{
    const QString k = importFieldTypeKey(name);
    for (auto it = options.fieldTypes.cbegin(); it != options.fieldTypes.cend(); ++it)
        if (importFieldTypeKey(it.key()) == k)
            return it.value();
    return std::nullopt;
}

/// The type of a field made from `values`: as the file declares it (`declared`, may be null)
/// when every value fits, else as the values show.
FieldType newFieldType(const DeclaredField *declared, const QStringList &values)
{
    bool fits = declared && declared->type;
    for (qsizetype i = 0; fits && i < values.size(); ++i)
        fits = fields::canonical(*declared->type, values.at(i)).has_value();
    return fits ? *declared->type : fields::inferType(values);
}

/// text::fold() with a fast path for pure ASCII names (most of them), where it amounts to
/// lower case with runs of white space made one space and the ends trimmed.
QString foldKey(const QString &name)
{
    const auto *p = reinterpret_cast<const char16_t *>(name.utf16());
    const qsizetype n = name.size();
    for (qsizetype i = 0; i < n; ++i)
        if (p[i] >= 0x80)
            return text::fold(name);
    QString out(n, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    qsizetype k = 0;
    bool lastSpace = true;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = p[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            if (!lastSpace)
                d[k++] = ' ';
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + 32);
        d[k++] = c;
    }
    if (k > 0 && d[k - 1] == ' ')
        --k;
    out.truncate(k);
    return out;
}

} // namespace importparts

using namespace importparts;

namespace {

QByteArray sniff(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(4096);
}

/// Which reader a file needs: by the --format option, then its first bytes, then its name.
ImportFormat fileFormat(const QString &path, ImportFormat forced)
{
    if (forced != ImportFormat::Auto)
        return forced;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray head = sniff(path);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const QByteArray t = head.trimmed();
    if (t.startsWith('<')) {
        if (head.contains("<gexf") || suffix == QLatin1String("gexf"))
            return ImportFormat::Gexf;
        return ImportFormat::GraphML;
    }
    if (suffix == QLatin1String("cyjs"))
        return ImportFormat::Cytoscape;
    if (suffix == QLatin1String("geojson"))
        return ImportFormat::GeoJson;
    if (t.startsWith('{') || suffix == QLatin1String("json")) {
        static const QRegularExpression cytoscape(
            QStringLiteral(R"("generated_by"\s*:\s*"cytoscape)"));
        if (head.contains("\"maillage-territory\""))
            return ImportFormat::Json;
        if (cytoscape.match(QString::fromUtf8(head)).hasMatch())
            return ImportFormat::Cytoscape;
        static const QRegularExpression geojson(
            QStringLiteral(R"re(^\{\s*"type"\s*:\s*"(FeatureCollection|Feature)")re"));
        if (geojson.match(QString::fromUtf8(t)).hasMatch())
            return ImportFormat::GeoJson;
        // Otherwise the whole object tells: Cytoscape's elements, Kumu's blueprint or
        // Maillage's JSON (whose "format" comes after its lists).
        if (t.startsWith('{')) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly)) {
                const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
                if (doc.isObject() && isCytoscapeJson(doc.object()))
                    return ImportFormat::Cytoscape;
            }
        }
        return ImportFormat::Json;
    }
    if (suffix == QLatin1String("gexf"))
        return ImportFormat::Gexf;
    if (suffix == QLatin1String("graphml"))
        return ImportFormat::GraphML;
    return ImportFormat::Auto;  // a spreadsheet: its header decides
}

} // namespace

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return K("auto");
    case ImportFormat::Maillage:
        return K("maillage");
    case ImportFormat::Kumu:
        return K("kumu");
    case ImportFormat::Gephi:
        return K("gephi");
    case ImportFormat::GraphML:
        return K("graphml");
    case ImportFormat::Gexf:
        return K("gexf");
    case ImportFormat::Json:
        return K("json");
    case ImportFormat::Cytoscape:
        return K("cytoscape");
    case ImportFormat::GeoJson:
        return K("geojson");
    }
    return QString();
}

std::optional<ImportFormat> importFormatFromName(const QString &name)
{
    for (ImportFormat f : {ImportFormat::Auto, ImportFormat::Maillage, ImportFormat::Kumu,
                           ImportFormat::Gephi, ImportFormat::GraphML, ImportFormat::Gexf,
                           ImportFormat::Json, ImportFormat::Cytoscape, ImportFormat::GeoJson})
        if (formatName(f) == name.toLower())
            return f;
    return std::nullopt;
}

ImportFormat detectImportFormat(const QString &path, ImportFormat forced)
{
    return fileFormat(path, forced);
}

std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("merge"))
        return DuplicatePolicy::Merge;
    if (n == QLatin1String("skip"))
        return DuplicatePolicy::Skip;
    if (n == QLatin1String("keep"))
        return DuplicatePolicy::Keep;
    return std::nullopt;
}

QString ImportReport::summary() const
{
    QStringList lines;
    for (int i = 0; i < files.size(); ++i)
        lines << Tr::tr("%1: %2").arg(files.at(i), formats.value(i));
    lines << Tr::tr("Actors: %1 created, %2 merged, %3 skipped")
                 .arg(actorsCreated)
                 .arg(actorsMerged)
                 .arg(actorsSkipped);
    lines << Tr::tr("Links: %1 created, %2 merged, %3 skipped")
                 .arg(linksCreated)
                 .arg(linksMerged)
                 .arg(linksSkipped);
    if (actorsUpdated > 0)
        lines << Tr::tr("%Ln actor(s) updated (imported before from the same file)", nullptr,
                        actorsUpdated);
    if (linksUpdated > 0)
        lines << Tr::tr("%Ln link(s) updated (imported before from the same file)", nullptr,
                        linksUpdated);
    lines << Tr::tr("New categories: %1, new link types: %2, new tags: %3")
                 .arg(categoriesCreated)
                 .arg(linkTypesCreated)
                 .arg(tagsCreated);
    if (!actorFieldsCreated.isEmpty())
        lines << Tr::tr("New fields of actors: %1").arg(actorFieldsCreated.join(QLatin1String(", ")));
    if (!linkFieldsCreated.isEmpty())
        lines << Tr::tr("New fields of links: %1").arg(linkFieldsCreated.join(QLatin1String(", ")));
    if (const QString kept = keptLine(); !kept.isEmpty())
        lines << kept;
    if (actorsLocated > 0)
        lines << Tr::tr("Located: %Ln actor(s) placed on the ground from the files' latitude "
                        "and longitude",
                        nullptr, actorsLocated);
    if (const QString notKept = notKeptLine(); !notKept.isEmpty())
        lines << notKept;
    if (!erasedLeftOut.isEmpty())
        lines << Tr::tr("Left out: %Ln row(s) about persons erased from this territory (%1)",
                        nullptr, int(erasedLeftOut.size()))
                     .arg(erasedLeftOut.join(QLatin1String(", ")));
    for (const QString &w : warnings)
        lines << Tr::tr("Warning: %1").arg(w);
    return lines.join(QLatin1Char('\n'));
}

QString ImportReport::keptLine() const
{
    QStringList parts;
    if (positionsKept > 0)
        parts << (positionScale == 1
                      ? Tr::tr("positions of %Ln node(s)", nullptr, positionsKept)
                      : Tr::tr("positions of %Ln node(s) (the layout scaled ×%1 to "
                               "Maillage's map)",
                               nullptr, positionsKept)
                            .arg(QString::number(positionScale, 'g', 3)));
    if (coloursKept > 0)
        parts << Tr::tr("colours of %Ln node(s)", nullptr, coloursKept);
    if (edgeLabelsKept > 0)
        parts << Tr::tr("%Ln edge label(s) (as the links' descriptions)", nullptr,
                        edgeLabelsKept);
    if (parts.isEmpty())
        return QString();
    return Tr::tr("Kept from the files: %1").arg(parts.join(QLatin1String(", ")));
}

QString ImportReport::notKeptLine() const
{
    QStringList parts;
    if (coloursNotKept > 0)
        parts << (distinctColours > kMaxColourCategories
                      ? Tr::tr("colours of %Ln node(s) (Maillage colours actors by category, "
                               "and the file uses %1 colours: too many to make categories "
                               "of)",
                               nullptr, coloursNotKept)
                            .arg(distinctColours)
                      : Tr::tr("colours of %Ln node(s) (Maillage colours actors by category, "
                               "and their category has another colour)",
                               nullptr, coloursNotKept));
    if (sizesNotKept > 0)
        parts << Tr::tr("sizes of %Ln node(s) (Maillage sizes actors by a measure)", nullptr,
                        sizesNotKept);
    if (parts.isEmpty())
        return QString();
    return Tr::tr("Not kept: %1").arg(parts.join(QLatin1String(", ")));
}

QJsonObject ImportReport::toJson() const
{
    return {{K("files"), QJsonArray::fromStringList(files)},
            {K("formats"), QJsonArray::fromStringList(formats)},
            {K("actors_created"), actorsCreated},
            {K("actors_merged"), actorsMerged},
            {K("actors_skipped"), actorsSkipped},
            {K("links_created"), linksCreated},
            {K("links_merged"), linksMerged},
            {K("links_skipped"), linksSkipped},
            {K("actors_updated"), actorsUpdated},
            {K("links_updated"), linksUpdated},
            {K("categories_created"), categoriesCreated},
            {K("link_types_created"), linkTypesCreated},
            {K("tags_created"), tagsCreated},
            {K("actor_fields_created"), QJsonArray::fromStringList(actorFieldsCreated)},
            {K("link_fields_created"), QJsonArray::fromStringList(linkFieldsCreated)},
            {K("values_not_of_their_type"), valuesNotOfTheirType},
            {K("actors_located"), actorsLocated},
            {K("kept"), QJsonObject{{K("positions"), positionsKept},
                                    {K("position_scale"), positionScale},
                                    {K("colours"), coloursKept},
                                    {K("edge_labels"), edgeLabelsKept}}},
            {K("not_kept"), QJsonObject{{K("colours"), coloursNotKept},
                                        {K("distinct_colours"), distinctColours},
                                        {K("sizes"), sizesNotKept}}},
            {K("erased_left_out"), QJsonObject{{K("rows"), QJsonArray::fromStringList(erasedLeftOut)},
                                               {K("links"), erasedLinksLeftOut}}},
            {K("warnings"), QJsonArray::fromStringList(warnings)}};
}

namespace {

/// What reading one file gave.
struct FileRead
{
    SourceGraph graph;
    QString format;
    QString error;
    bool ok = false;
};

void readOneFile(const QString &path, const ImportOptions &options,
                 const ProgressContext &progress, FileRead &out)
{
    if (!progress.report(0)) {
        out.error = cancelledMessage();
        return;
    }
    if (!QFileInfo::exists(path)) {
        out.error = CsvReader::located(path, 0, Tr::tr("does not exist"));
        return;
    }
    switch (fileFormat(path, options.format)) {
    case ImportFormat::GraphML:
        out.format = dialectName(Dialect::GraphML, Role::Nodes);
        out.ok = readGraphml(path, out.graph, &out.error);
        break;
    case ImportFormat::Gexf:
        out.format = dialectName(Dialect::Gexf, Role::Nodes);
        out.ok = readGexf(path, out.graph, &out.error);
        break;
    case ImportFormat::Cytoscape:
        out.format = dialectName(Dialect::Cytoscape, Role::Nodes);
        out.ok = readCytoscapeJson(path, out.graph, &out.error);
        break;
    case ImportFormat::GeoJson:
        out.format = Tr::tr("GeoJSON");
        out.ok = readGeoJsonGraph(path, out.graph, &out.error);
        break;
    case ImportFormat::Json:
        out.error = CsvReader::located(
            path, 0,
            Tr::tr("a whole-territory JSON file is imported into a new territory file "
                   "(“maillage-cli import NEW.maillage FILE.json”)"));
        break;
    default:
        out.ok = readCsvFile(path, options, out.graph, &out.format, progress, &out.error);
        break;
    }
}

} // namespace

bool readImportFiles(const QStringList &givenPaths, const ImportOptions &givenOptions,
                     ImportSources *sources, QString *error)
{
    // What to read: each file, and both sheets of a Kumu workbook when no sheet is chosen
    // (its actors and its links in one import, as from Kumu's two spreadsheets).
    QStringList paths;
    std::vector<ImportOptions> perFile;
    for (const QString &path : givenPaths) {
        const QStringList kumu =
            givenOptions.sheet.isEmpty() ? kumuSheets(path) : QStringList();
        for (const QString &sheet : kumu.isEmpty() ? QStringList{givenOptions.sheet} : kumu) {
            paths << path;
            perFile.push_back(givenOptions);
            perFile.back().sheet = sheet;
        }
    }
    const ImportOptions &options = givenOptions;
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    *sources = ImportSources();
    sources->graph = std::make_shared<SourceGraph>();
    SourceGraph &graph = *sources->graph;
    if (paths.isEmpty())
        return failed(Tr::tr("No file to import."));
    const qsizetype n = paths.size();
    QList<qint64> sizes;
    qint64 total = 0;
    for (const QString &path : paths) {
        sizes << QFileInfo(path).size();
        total += sizes.last();
    }
    std::vector<FileRead> reads(n);
    if (n == 1) {
        readOneFile(paths.first(), perFile[0], ProgressContext{&options.progress, 0, total},
                    reads[0]);
    } else {
        // Several files (actors and links, say) are read side by side: the largest on this
        // thread (its memory comes from the main heap, which grows more cheaply than a
        // thread's), each other one on a thread of its own. Only this thread calls the
        // progress callback, with the bytes of all the files, and passes a cancel on.
        std::vector<std::atomic<qint64>> done(n);
        std::atomic<bool> cancel = false;
        const qsizetype here = std::max_element(sizes.cbegin(), sizes.cend()) - sizes.cbegin();
        QElapsedTimer clock;
        clock.start();
        qint64 lastReport = -1000;
        auto reportAll = [&] {
            qint64 sum = 0;
            for (const auto &d : done)
                sum += d.load(std::memory_order_relaxed);
            if (options.progress && !cancel && !options.progress(sum, total))
                cancel = true;
        };
        std::vector<ImportProgress> callbacks;
        for (qsizetype i = 0; i < n; ++i)
            callbacks.push_back([&, i](qint64 bytes, qint64) {
                done[i].store(bytes, std::memory_order_relaxed);
                if (i == here && clock.elapsed() - lastReport >= 40) {
                    lastReport = clock.elapsed();
                    reportAll();
                }
                return !cancel.load(std::memory_order_relaxed);
            });
        std::vector<std::future<void>> running;
        for (qsizetype i = 0; i < n; ++i)
            if (i != here)
                running.push_back(std::async(std::launch::async, [&, i] {
                    readOneFile(paths.at(i), perFile[size_t(i)],
                                ProgressContext{&callbacks[i], 0, total}, reads[i]);
                }));
        readOneFile(paths.at(here), perFile[size_t(here)],
                    ProgressContext{&callbacks[here], 0, total}, reads[here]);
        for (std::future<void> &f : running) {
            while (f.wait_for(std::chrono::milliseconds(40)) != std::future_status::ready)
                reportAll();
        }
        if (cancel)
            return failed(cancelledMessage());
    }
    qint64 before = 0;
    QHash<QString, QString> graphFiles;  // file name → path, of the GraphML and GEXF files
    for (qsizetype i = 0; i < n; ++i) {
        FileRead &r = reads[i];
        if (!r.ok)
            return failed(r.error);
        const bool graphFile = !r.graph.nodes.isEmpty()
                                   ? !r.graph.nodes.first().importKey.isEmpty()
                                   : !r.graph.edges.isEmpty() && r.graph.edges.first().fromGraph;
        if (graphFile) {
            // The file's name is its actors' and links' import_source: two files of one import
            // with the same name would claim each other's ids.
            const QString name = QFileInfo(paths.at(i)).fileName();
            if (const auto other = graphFiles.constFind(name); other != graphFiles.cend())
                return failed(CsvReader::located(
                    paths.at(i), 0,
                    Tr::tr("has the same file name as %1, imported with it: import them one "
                           "at a time")
                        .arg(other.value())));
            graphFiles.insert(name, paths.at(i));
            if (n > 1) {
                // The ids of a GraphML or GEXF file name its own nodes only: made distinct
                // from the other files' (the id in the file stays the import key).
                const QString prefix =
                    QChar(0x1F) + QString::number(i) + QChar(0x1F);
                for (NodeRecord &node : r.graph.nodes)
                    node.key.prepend(prefix);
                for (EdgeRecord &edge : r.graph.edges) {
                    if (edge.sourceName.isEmpty())
                        edge.sourceName = edge.source;
                    if (edge.targetName.isEmpty())
                        edge.targetName = edge.target;
                    edge.source.prepend(prefix);
                    edge.target.prepend(prefix);
                }
            }
        }
        before += sizes.at(i);
        if (options.progress && !options.progress(before, total))
            return failed(cancelledMessage());
        if (i == 0) {
            graph = std::move(r.graph);
        } else {
            for (const DeclaredField &d : r.graph.nodeFields)
                graph.nodeFields << d;
            for (const DeclaredField &d : r.graph.edgeFields)
                graph.edgeFields << d;
            graph.nodes.append(std::move(r.graph.nodes));
            graph.edges.append(std::move(r.graph.edges));
            graph.warnings += r.graph.warnings;
            graph.clampedWeights += r.graph.clampedWeights;
            graph.positioned += r.graph.positioned;
            if (r.graph.positionScale != 1)
                graph.positionScale = r.graph.positionScale;
        }
        sources->files << paths.at(i);
        sources->formats << r.format;
    }
    return checkFieldTypes(*sources, options, error);
}

bool checkFieldTypes(const ImportSources &sources, const ImportOptions &options,
                     QString *error)
{
    if (options.fieldTypes.isEmpty() || !sources.graph)
        return true;
    auto check = [&](const auto &records) {
        for (const auto &r : records)
            for (const auto &[column, value] : r.custom) {
                const auto type = userFieldType(options, column);
                if (!type || fields::canonical(*type, value))
                    continue;
                if (error)
                    *error = CsvReader::located(
                        r.file, r.line,
                        Tr::tr("column “%1”: “%2” is not of the type chosen for it (%3)")
                            .arg(column, value.trimmed(), fields::typeLabel(*type).toLower()));
                return false;
            }
        return true;
    };
    return check(sources.graph->nodes) && check(sources.graph->edges);
}

QList<DetectedField> detectedFields(const ImportSources &sources)
{
    QList<DetectedField> out;
    if (!sources.graph)
        return out;
    auto detect = [&](const QString &subject, const QList<DeclaredField> &declared,
                      const auto &records) {
        QStringList order;
        QHash<QString, QString> spelling;
        QHash<QString, QStringList> values;
        for (const DeclaredField &d : declared)
            if (const QString k = importFieldTypeKey(d.name); !spelling.contains(k)) {
                order << k;
                spelling.insert(k, d.name.trimmed());
            }
        for (const auto &r : records)
            for (const auto &[column, value] : r.custom) {
                const QString k = importFieldTypeKey(column);
                if (!spelling.contains(k)) {
                    order << k;
                    spelling.insert(k, column.trimmed());
                }
                values[k] << value;
            }
        for (const QString &k : std::as_const(order)) {
            const DeclaredField *d = nullptr;
            for (const DeclaredField &x : declared)
                if (importFieldTypeKey(x.name) == k)
                    d = &x;
            out << DetectedField{subject, spelling.value(k), newFieldType(d, values.value(k))};
        }
    };
    detect(K("actor"), sources.graph->nodeFields, sources.graph->nodes);
    detect(K("link"), sources.graph->edgeFields, sources.graph->edges);
    return out;
}

namespace {

/// `graph` without the nodes that `suppression` blocks and without the edges naming them;
/// nullopt when nothing is blocked (the usual case: no copy).
std::optional<SourceGraph> withoutErasedPersons(const SourceGraph &graph,
                                                const privacy::Suppression &suppression,
                                                ImportReport &report)
{
    if (suppression.isEmpty())
        return std::nullopt;
    QSet<QString> removedKeys, removedNames;
    QList<qsizetype> removed;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const NodeRecord &n = graph.nodes.at(i);
        const QString name = n.fields.value(QStringLiteral("name")).toString();
        const QString source = n.importKey.isEmpty() ? QString() : QFileInfo(n.file).fileName();
        if (!suppression.blocks(name, n.fields.value(QStringLiteral("email")).toString(), source,
                                n.importKey))
            continue;
        removed << i;
        if (!n.key.isEmpty())
            removedKeys.insert(n.key);
        removedNames.insert(foldKey(name));
        report.erasedLeftOut << Tr::tr("%1 line %2").arg(QFileInfo(n.file).fileName()).arg(n.line);
    }
    if (removed.isEmpty())
        return std::nullopt;
    SourceGraph out = graph;
    for (auto it = removed.crbegin(); it != removed.crend(); ++it)
        out.nodes.removeAt(*it);
    auto names = [&](const QString &key, const QString &name) {
        return removedKeys.contains(key) || removedNames.contains(foldKey(key)) ||
               (!name.isEmpty() && removedNames.contains(foldKey(name)));
    };
    const qsizetype before = out.edges.size();
    out.edges.removeIf([&](const EdgeRecord &e) {
        return names(e.source, e.sourceName) || names(e.target, e.targetName);
    });
    report.erasedLinksLeftOut = int(before - out.edges.size());
    return out;
}

} // namespace

bool applyImport(Document &doc, const ImportSources &sources, const ImportOptions &options,
                 ImportReport *report, QString *error)
{
    ImportReport local;
    ImportReport &rep = report ? *report : local;
    rep = ImportReport();
    rep.files = sources.files;
    rep.formats = sources.formats;
    QString why;
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!doc.isOpen())
        return failed(Tr::tr("No territory is open."));
    if (doc.isReadOnly())
        return failed(Tr::tr("“%1” is read-only: nothing was imported.").arg(doc.path()));
    if (!sources.graph)
        return failed(Tr::tr("No file to import."));
    // Rows about persons erased from the territory stay out, with their links.
    std::optional<SourceGraph> withoutErased =
        withoutErasedPersons(*sources.graph, privacy::Suppression::load(doc.store()), rep);
    const SourceGraph &graph = withoutErased ? *withoutErased : *sources.graph;
    // Big imports take the bulk path: prepared statements, typed rows, ids chosen in advance.
    const bool bulk = graph.nodes.size() + graph.edges.size() >= options.bulkThreshold;
    // Nodes of every file first, so connections can name elements of another file.
    Planner planner(doc, options, rep, bulk);
    if (!planner.plan(graph, &why))
        return failed(why);
    QList<RowOp> ops = planner.takeOps();
    QList<BulkInsert> inserts = planner.takeInserts();
    qsizetype rows = ops.size();
    for (const BulkInsert &b : std::as_const(inserts))
        rows += b.size();
    if (rows == 0) {
        rep.warnings << Tr::tr("Nothing to import: the territory already holds all of it.");
        return true;
    }
    const QString text = Tr::tr("Import %1").arg(
        sources.files.size() == 1 ? QFileInfo(sources.files.first()).fileName()
                                  : Tr::tr("%Ln file(s)", nullptr, int(sources.files.size())));
    bool cancelled = false;
    bool ok = false;
    if (bulk) {
        ok = bulkApply(doc, text, std::move(ops), std::move(inserts), &why, options.writing,
                       &cancelled);
    } else {
        // Small imports: the generic edit path, which reports no progress of its own.
        if (options.writing && !options.writing(0, rows))
            cancelled = true;
        else
            ok = doc.apply(text, std::move(ops), Document::NoMerge, &why);
        if (ok && options.writing)
            options.writing(rows, rows);
    }
    if (cancelled) {
        rep = ImportReport();
        rep.files = sources.files;
        rep.formats = sources.formats;
        return failed(cancelledMessage());
    }
    if (!ok)
        return failed(Tr::tr("The import could not be written (%1); nothing was imported.")
                          .arg(why));
    return true;
}

bool importFiles(Document &doc, const QStringList &paths, const ImportOptions &options,
                 ImportReport *report, QString *error)
{
    if (report)
        *report = ImportReport();
    if (doc.isOpen() && doc.isReadOnly()) {
        if (error)
            *error = Tr::tr("“%1” is read-only: nothing was imported.").arg(doc.path());
        return false;
    }
    ImportSources sources;
    return readImportFiles(paths, options, &sources, error) &&
           applyImport(doc, sources, options, report, error);
}

bool previewImportFile(const QString &path, const ImportOptions &options, ImportPreview *preview,
                       QString *error, int maxRows)
{
    *preview = ImportPreview();
    preview->path = path;
    if (!QFileInfo::exists(path)) {
        *error = CsvReader::located(path, 0, Tr::tr("does not exist"));
        return false;
    }
    const ImportFormat f = fileFormat(path, options.format);
    if (f == ImportFormat::GeoJson) {
        preview->format = f;
        preview->formatLabel = Tr::tr("GeoJSON");
        return true;
    }
    if (f == ImportFormat::GraphML || f == ImportFormat::Gexf || f == ImportFormat::Cytoscape) {
        preview->format = f;
        preview->formatLabel = dialectName(f == ImportFormat::Gexf        ? Dialect::Gexf
                                           : f == ImportFormat::Cytoscape ? Dialect::Cytoscape
                                                                          : Dialect::GraphML,
                                           Role::Nodes);
        return true;
    }
    if (f == ImportFormat::Json) {
        preview->format = f;
        preview->problem = CsvReader::located(
            path, 0,
            Tr::tr("a whole-territory JSON file is imported into a new territory file "
                   "(“maillage-cli import NEW.maillage FILE.json”)"));
        return true;
    }
    CsvOptions csv = options.csv;
    const auto file = openSpreadsheet(path, options.sheet, options.headerRow, &csv.separator,
                                      error);  // a CSV file, or an .xlsx sheet as CSV
    if (!file)
        return false;
    if (csv.separator)
        csv.encoding = CsvEncoding::Utf8;
    preview->spreadsheet = true;
    csv.requireHeaderWidth = false;  // the preview shows ragged rows; the import refuses them
    CsvReader r(file.get(), path, csv);
    if (!r.readHeader()) {
        *error = r.error();
        return false;
    }
    preview->header = r.header();
    QSet<QString> keys;
    QStringList keyList;
    for (const QString &h : preview->header) {
        keyList << columnKey(h);
        keys.insert(columnKey(h));
    }
    QStringList fields;
    while (preview->rows.size() < maxRows && r.next(fields))
        preview->rows << fields;
    if (r.hasError())
        preview->problem = r.error();
    preview->separator = r.separator();
    preview->encoding = r.encoding();
    preview->bom = r.hadBom();
    const auto kind = detectCsv(keys, options.format);
    const Dialect guess = kind ? kind->dialect : Dialect::Maillage;
    for (const QString &k : keyList) {
        preview->actorColumns << nodeFieldFor(guess, k);
        preview->linkColumns << edgeFieldFor(guess, k);
    }
    if (!kind) {
        preview->mapping.columns = preview->actorColumns;
        if (preview->problem.isEmpty())
            preview->problem = CsvReader::located(
                path, 1,
                Tr::tr("unknown format: say which column holds what below"));
        return true;
    }
    preview->format = kind->dialect == Dialect::Kumu    ? ImportFormat::Kumu
                      : kind->dialect == Dialect::Gephi ? ImportFormat::Gephi
                                                        : ImportFormat::Maillage;
    preview->formatLabel = dialectName(kind->dialect, kind->role);
    preview->mapping.links = kind->role == Role::Edges;
    preview->mapping.columns =
        kind->role == Role::Nodes ? preview->actorColumns : preview->linkColumns;
    return true;
}

ImportMatches countMatches(const Document &doc, const ImportSources &sources)
{
    ImportMatches m;
    if (!sources.graph)
        return m;
    QSet<QString> existing;
    for (const ActorName &a : Projections(doc.store()).names().value_or(QList<ActorName>()))
        existing.insert(foldKey(a.name));
    m.actorRows = int(sources.graph->nodes.size());
    m.linkRows = int(sources.graph->edges.size());
    QSet<QString> seen;
    for (const NodeRecord &n : sources.graph->nodes) {
        const QString folded = foldKey(n.fields.value(K("name")).toString().trimmed());
        if (folded.isEmpty() || seen.contains(folded))
            continue;
        seen.insert(folded);
        ++m.actors;
        if (existing.contains(folded))
            ++m.matched;
    }
    return m;
}

} // namespace maillage::io
