// The import's spreadsheet reader: CSV files and .xlsx sheets in every dialect (Maillage,
// Kumu, Gephi, Onodo, generic), with progress over all the files of one import.

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

namespace maillage::io::importparts {

#define K(s) QStringLiteral(s)

std::optional<CsvKind> detectCsv(const QSet<QString> &h, ImportFormat forced)
{
    const bool nodes = h.contains(K("name")) || h.contains(K("label")) || h.contains(K("id"));
    const bool maillageEdges = h.contains(K("source")) && h.contains(K("target")) &&
                               h.contains(K("strength"));
    const bool gephiEdges = h.contains(K("source")) && h.contains(K("target"));
    const bool kumuEdges = h.contains(K("from")) && h.contains(K("to"));
    switch (forced) {
    case ImportFormat::Maillage:
        if (gephiEdges)
            return CsvKind{Dialect::Maillage, Role::Edges};
        if (h.contains(K("name")))
            return CsvKind{Dialect::Maillage, Role::Nodes};
        return std::nullopt;
    case ImportFormat::Kumu:
        if (kumuEdges)
            return CsvKind{Dialect::Kumu, Role::Edges};
        if (h.contains(K("label")))
            return CsvKind{Dialect::Kumu, Role::Nodes};
        return std::nullopt;
    case ImportFormat::Gephi:
        if (gephiEdges)
            return CsvKind{Dialect::Gephi, Role::Edges};
        if (h.contains(K("id")))
            return CsvKind{Dialect::Gephi, Role::Nodes};
        return std::nullopt;
    case ImportFormat::Auto:
        break;
    default:
        return std::nullopt;
    }
    if (maillageEdges)
        return CsvKind{Dialect::Maillage, Role::Edges};
    if (gephiEdges)
        return CsvKind{Dialect::Gephi, Role::Edges};
    if (kumuEdges)
        return CsvKind{Dialect::Kumu, Role::Edges};
    if (h.contains(K("name")) && (h.contains(K("category")) || h.contains(K("is_person"))))
        return CsvKind{Dialect::Maillage, Role::Nodes};
    if (h.contains(K("label")) && (!h.contains(K("id")) || h.contains(K("tags"))))
        return CsvKind{Dialect::Kumu, Role::Nodes};
    if (h.contains(K("id")))
        return CsvKind{Dialect::Gephi, Role::Nodes};
    if (nodes)
        return CsvKind{Dialect::Maillage, Role::Nodes};
    return std::nullopt;
}

QString dialectName(Dialect d, Role r)
{
    switch (d) {
    case Dialect::Maillage:
        return r == Role::Nodes ? Tr::tr("Maillage actors CSV") : Tr::tr("Maillage links CSV");
    case Dialect::Kumu:
        return r == Role::Nodes ? Tr::tr("Kumu elements") : Tr::tr("Kumu connections");
    case Dialect::Gephi:
        return r == Role::Nodes ? Tr::tr("Gephi nodes table") : Tr::tr("Gephi edges table");
    case Dialect::GraphML:
        return Tr::tr("GraphML");
    case Dialect::Gexf:
        return Tr::tr("GEXF");
    case Dialect::Cytoscape:
        return Tr::tr("Cytoscape JSON");
    }
    return QString();
}

QString cancelledMessage()
{
    return Tr::tr("The import was cancelled; nothing was imported.");
}

bool readCsvFile(const QString &path, const ImportOptions &options, SourceGraph &graph,
                 QString *format, const ProgressContext &progress, QString *error)
{
    CsvOptions csvOptions = options.csv;
    const auto f = openSpreadsheet(path, options.sheet, options.headerRow, &csvOptions.separator,
                                   error);  // a CSV file, or an .xlsx sheet as CSV
    if (!f)
        return false;
    if (csvOptions.separator)
        csvOptions.encoding = CsvEncoding::Utf8;
    CsvReader r(f.get(), path, csvOptions);
    if (!r.readHeader()) {
        *error = r.error();
        return false;
    }
    const QStringList header = r.header();
    QSet<QString> keys;
    QStringList keyList;
    for (const QString &h : header) {
        keyList << columnKey(h);
        keys.insert(columnKey(h));
    }
    const auto mapping = options.mappings.constFind(path);
    const bool mapped = mapping != options.mappings.cend();
    auto kind = detectCsv(keys, mapped ? ImportFormat::Auto : options.format);
    if (mapped) {
        const Role role = mapping->links ? Role::Edges : Role::Nodes;
        if (!kind || kind->role != role)
            kind = CsvKind{Dialect::Maillage, role};
        if (mapping->columns.size() != header.size()) {
            *error = CsvReader::located(path, 1,
                                        Tr::tr("the column mapping has %1 columns but the file "
                                               "has %2")
                                            .arg(mapping->columns.size())
                                            .arg(header.size()));
            return false;
        }
    }
    if (!kind) {
        QStringList shown = header.mid(0, 6);
        if (header.size() > 6)
            shown << QStringLiteral("…");
        *error = CsvReader::located(
            path, 1,
            options.format == ImportFormat::Auto
                ? Tr::tr("unknown format: the columns (%1) match neither Maillage's CSV "
                         "(name, category…; source, target, strength…), Kumu's (Label…; From, "
                         "To…) nor Gephi's (Id, Label…; Source, Target…)")
                      .arg(shown.join(QLatin1String(", ")))
                : Tr::tr("the columns (%1) are not those of a %2 spreadsheet")
                      .arg(shown.join(QLatin1String(", ")), formatName(options.format)));
        return false;
    }
    *format = mapped ? (kind->role == Role::Nodes ? Tr::tr("actors spreadsheet (your mapping)")
                                                  : Tr::tr("links spreadsheet (your mapping)"))
                     : dialectName(kind->dialect, kind->role);
    // What each column is, decided once for the whole file.
    QList<ImportField> columns;
    for (int i = 0; i < header.size(); ++i)
        columns << (mapped ? mapping->columns.at(i)
                    : kind->role == Role::Nodes ? nodeFieldFor(kind->dialect, keyList.at(i))
                                                : edgeFieldFor(kind->dialect, keyList.at(i)));
    const int idCol = int(columns.indexOf(ImportField::Id));
    const int labelCol = int(columns.indexOf(ImportField::Name));
    QStringList fields;
    QString problem;
    qint64 records = 0;
    auto tick = [&] {
        if ((++records & 0x3FF) == 0 && !progress.report(r.bytesRead())) {
            *error = cancelledMessage();
            return false;
        }
        return true;
    };
    if (kind->role == Role::Nodes) {
        if (mapped && labelCol < 0 && idCol < 0) {
            *error = CsvReader::located(path, 1,
                                        Tr::tr("no column is mapped to the actor's name"));
            return false;
        }
        while (r.next(fields)) {
            if (!tick())
                return false;
            NodeRecord n;
            n.file = path;
            n.line = r.line();
            for (int i = 0; i < fields.size(); ++i) {
                if (fields.at(i).isEmpty())
                    continue;
                if (!setNodeField(columns.at(i), header.at(i), fields.at(i), n, &problem)) {
                    *error = CsvReader::located(path, r.line(), problem);
                    return false;
                }
            }
            if (!checkLocation(n, &problem)) {
                *error = CsvReader::located(path, r.line(), problem);
                return false;
            }
            if (kind->dialect == Dialect::Kumu && idCol >= 0 && n.key.isEmpty())
                n.key = fields.value(labelCol).trimmed();
            if (kind->dialect == Dialect::Kumu && idCol < 0)
                n.key = n.fields.value(K("name")).toString();
            if (!n.fields.contains(K("name"))) {
                if ((kind->dialect == Dialect::Gephi || mapped) && !n.key.isEmpty()) {
                    n.fields.insert(K("name"), n.key);
                } else {
                    *error = CsvReader::located(
                        path, r.line(),
                        Tr::tr("an actor needs a name (the “%1” column is empty)")
                            .arg(labelCol >= 0 ? header.at(labelCol)
                                 : kind->dialect == Dialect::Kumu ? K("Label")
                                                                  : K("name")));
                    return false;
                }
            }
            graph.nodes << std::move(n);
        }
    } else {
        const int fromCol = int(columns.lastIndexOf(ImportField::Source));
        const int toCol = int(columns.lastIndexOf(ImportField::Target));
        if (fromCol < 0 || toCol < 0) {
            *error = CsvReader::located(path, 1,
                                        Tr::tr("a links spreadsheet needs a column for each "
                                               "end of the link (from and to)"));
            return false;
        }
        while (r.next(fields)) {
            if (!tick())
                return false;
            EdgeRecord e;
            e.file = path;
            e.line = r.line();
            for (int i = 0; i < fields.size(); ++i) {
                if (i == fromCol || i == toCol || fields.at(i).isEmpty())
                    continue;
                if (!setEdgeField(kind->dialect, columns.at(i), header.at(i), fields.at(i), e,
                                  graph, &problem)) {
                    *error = CsvReader::located(path, r.line(), problem);
                    return false;
                }
            }
            e.source = fields.at(fromCol).trimmed();
            const QString targets = fields.at(toCol).trimmed();
            if (e.source.isEmpty() || targets.isEmpty()) {
                *error = CsvReader::located(path, r.line(),
                                            Tr::tr("a link needs both “%1” and “%2”")
                                                .arg(header.at(fromCol), header.at(toCol)));
                return false;
            }
            // Kumu writes several targets in one cell: "A | B".
            if (kind->dialect != Dialect::Kumu || !targets.contains(QLatin1Char('|'))) {
                e.target = targets;
                graph.edges << std::move(e);
                continue;
            }
            for (const QString &t : targets.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                if (t.trimmed().isEmpty())
                    continue;
                EdgeRecord one = e;
                one.target = t.trimmed();
                graph.edges << std::move(one);
            }
        }
    }
    if (r.hasError()) {
        *error = r.error();
        return false;
    }
    if (r.separatorOnlyRows() > 0)
        graph.warnings << Tr::tr("%1: %Ln row(s) holding nothing but separators were skipped.",
                                 nullptr, int(r.separatorOnlyRows()))
                              .arg(QFileInfo(path).fileName());
    return true;
}

} // namespace maillage::io::importparts
