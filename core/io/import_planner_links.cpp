// The import's Planner, its links: link types, endpoints found by import key or name, parallel
// and reversed links merged or kept as the options say.

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

qint64 Planner::typeFor(const EdgeRecord &e, QString *label)
{
    // The common case, a type name and no label nor direction, is looked up by the name
    // as written before anything is folded: a file names the same few types again and
    // again.
    const bool plain = !e.directed && !e.type.isEmpty() && !e.fields.contains(K("__label"));
    if (plain) {
        if (const auto it = m_typesAsWritten.constFind(e.type); it != m_typesAsWritten.cend())
            return it.value();
    }
    const qint64 id = typeForSlow(e, label);
    if (plain)
        m_typesAsWritten.insert(e.type, id);
    return id;
}

qint64 Planner::typeForSlow(const EdgeRecord &e, QString *label)
{
    QString name = e.type;
    *label = e.fields.value(K("__label")).toString();
    // A spreadsheet's label without a type names the type; a graph file's edge label is
    // the link's description (Gephi labels edges with free text, one per edge).
    if ((name.isEmpty() && !label->isEmpty() && !e.fromGraph) ||
        foldKey(name) == foldKey(*label)) {
        if (name.isEmpty())
            name = *label;
        label->clear();
    }
    if (name.isEmpty()) {
        if (!e.directed.value_or(false))
            return 0;
        name = Tr::tr("Directed link");
    }
    const QString k = foldKey(name);
    if (const auto it = m_types.constFind(k); it != m_types.cend()) {
        if (e.directed && it.value() > 0 && m_typeDirected.value(it.value()) != *e.directed)
            ++m_directionMismatch;
        return it.value();
    }
    Row t{{K("name"), name},
          {K("directed"), e.directed.value_or(false) ? 1 : 0},
          {K("position"), 100 + m_report.linkTypesCreated}};
    if (e.color.isValid())
        t.insert(K("color"), e.color.name());
    const qint64 id = insert(K("link_type"), t);
    m_types.insert(k, id);
    m_typeDirected.insert(id, e.directed.value_or(false));
    ++m_report.linkTypesCreated;
    return id;
}

Row Planner::linkValues(const EdgeRecord &e, const QString &label)
{
    QStringList extras = e.extras + unfitLines(K("link"), e.custom);
    Row values = e.fields;
    values.remove(K("__label"));
    if (e.fromGraph && !label.isEmpty() && !values.contains(K("description")))
        values.insert(K("description"), label);  // a graph file's edge label
    else if (!label.isEmpty())
        extras.prepend(Tr::tr("Label") + QLatin1String(": ") + label);
    if (!extras.isEmpty())
        values.insert(K("description"),
                      withExtras(values.value(K("description")).toString(), extras));
    if (const auto strength = strengthOf(e))
        values.insert(K("strength"), *strength);
    if (const auto weight = weightOf(e))
        values.insert(K("weight"), *weight);
    return values;
}

qint64 Planner::planGraphEdge(const EdgeRecord &e, qint64 s, qint64 t, qint64 type, bool undirected,
                          const QString &label)
{
    const QString &source = sourceName(e.file);
    const qint64 before =
        e.importKey.isEmpty() ? 0 : m_linkKeys.value(identity(source, e.importKey), 0);
    if (before > 0) {
        if (m_options.onDuplicate == DuplicatePolicy::Skip) {
            ++m_report.linksSkipped;
        } else {
            Row values = linkValues(e, label);
            if (s > 0 && t > 0) {
                values.insert(K("source_id"), s);
                values.insert(K("target_id"), t);
            }
            if (type > 0)
                values.insert(K("type_id"), type);
            if (const auto op = m_doc.updateOp(K("link"), before, values))
                m_ops << *op;
            ++m_report.linksUpdated;
            return before;
        }
        return 0;
    }
    qint64 existing = 0;
    if (m_options.onDuplicate != DuplicatePolicy::Keep && s > 0 && t > 0) {
        auto take = [&](const LinkKey &k) -> qint64 {
            const auto it = m_graphLinks.find(k);
            if (it == m_graphLinks.end())
                return 0;
            for (auto id = it->second.begin(); id != it->second.end(); ++id) {
                if (m_keyedLinks.value(*id) == source)
                    continue;
                const qint64 found = *id;
                it->second.erase(id);
                return found;
            }
            return 0;
        };
        existing = take(linkKey(s, t, type));
        if (!existing && undirected)
            existing = take(linkKey(t, s, type));
    }
    if (existing) {
        if (m_options.onDuplicate == DuplicatePolicy::Merge) {
            Row values = linkValues(e, label);
            if (!e.importKey.isEmpty() && !m_keyedLinks.contains(existing)) {
                values.insert(K("import_source"), source);
                values.insert(K("import_key"), e.importKey);
            }
            if (const auto op = m_doc.updateOp(K("link"), existing, values))
                m_ops << *op;
            ++m_report.linksMerged;
            return existing;
        }
        ++m_report.linksSkipped;
        return 0;
    }
    qint64 id = 0;
    if (m_bulk) {
        Columns &cols = columnsOf(K("link"));
        const Row values = linkValues(e, label);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            cell(cols, it.key(), it.value());
        cell(cols, K("source_id"), real(s));
        cell(cols, K("target_id"), real(t));
        if (type != 0)
            cell(cols, K("type_id"), real(type));
        if (!e.importKey.isEmpty()) {
            cell(cols, K("import_source"), source);
            cell(cols, K("import_key"), e.importKey);
        }
        id = flushRow(K("link"), cols);
    } else {
        Row values = linkValues(e, label);
        values.insert(K("source_id"), s);
        values.insert(K("target_id"), t);
        if (type != 0)
            values.insert(K("type_id"), type);
        if (!e.importKey.isEmpty()) {
            values.insert(K("import_source"), source);
            values.insert(K("import_key"), e.importKey);
        }
        id = insert(K("link"), values);
    }
    ++m_report.linksCreated;
    if (s > 0 && t > 0)
        m_links.emplace(linkKey(s, t, type), id);
    return id;
}

bool Planner::planEdges(const SourceGraph &graph, QString *error)
{
    Q_UNUSED(error);
    for (const EdgeRecord &e : graph.edges) {
        const qint64 s = endpoint(e.source, e.sourceName);
        const qint64 t = endpoint(e.target, e.targetName);
        QString label;
        const qint64 type = typeFor(e, &label);
        const bool undirected = type <= 0 ? true : !m_typeDirected.value(type);
        if (e.weight && !e.strength && strengthOf(e) != *e.weight)
            ++m_roundedWeights;
        if (e.fromGraph) {
            if (!label.isEmpty())
                ++m_report.edgeLabelsKept;
            if (const qint64 id = planGraphEdge(e, s, t, type, undirected, label))
                planValues(K("link"), id, e.custom);
            continue;
        }
        qint64 existing = 0;
        if (m_options.onDuplicate != DuplicatePolicy::Keep && s > 0 && t > 0) {
            existing = linkAt(linkKey(s, t, type));
            if (!existing && undirected)
                existing = linkAt(linkKey(t, s, type));
        }
        if (existing) {
            if (m_options.onDuplicate == DuplicatePolicy::Merge) {
                if (const auto op = m_doc.updateOp(K("link"), existing, linkValues(e, label)))
                    m_ops << *op;
                planValues(K("link"), existing, e.custom);
                ++m_report.linksMerged;
            } else {
                ++m_report.linksSkipped;
            }
            continue;
        }
        qint64 id = 0;
        if (m_bulk) {
            // The same row as below, built without a map.
            Columns &cols = columnsOf(K("link"));
            for (auto f = e.fields.cbegin(); f != e.fields.cend(); ++f)
                if (f.key() != QLatin1String("__label"))
                    cell(cols, f.key(), f.value());
            if (const QStringList extras0 = e.extras + unfitLines(K("link"), e.custom);
                !label.isEmpty() || !extras0.isEmpty()) {
                QStringList extras = extras0;
                if (!label.isEmpty())
                    extras.prepend(Tr::tr("Label") + QLatin1String(": ") + label);
                cell(cols, K("description"),
                     withExtras(e.fields.value(K("description")).toString(), extras));
            }
            if (const auto strength = strengthOf(e))
                cell(cols, K("strength"), *strength);
            if (const auto weight = weightOf(e))
                cell(cols, K("weight"), *weight);
            cell(cols, K("source_id"), real(s));
            cell(cols, K("target_id"), real(t));
            if (type != 0)
                cell(cols, K("type_id"), real(type));
            id = flushRow(K("link"), cols);
            ++m_report.linksCreated;
            if (s > 0 && t > 0)
                m_links.emplace(linkKey(s, t, type), id);
            planValues(K("link"), id, e.custom);
            continue;
        }
        Row values = linkValues(e, label);
        values.insert(K("source_id"), s);
        values.insert(K("target_id"), t);
        if (type != 0)
            values.insert(K("type_id"), type);
        id = insert(K("link"), values);
        ++m_report.linksCreated;
        if (s > 0 && t > 0)
            m_links.emplace(linkKey(s, t, type), id);
        planValues(K("link"), id, e.custom);
    }
    if (m_implicitActors > 0)
        m_report.warnings << Tr::tr("%Ln actor(s) named only in links were created.",
                                    nullptr, m_implicitActors);
    if (m_directionMismatch > 0)
        m_report.warnings << Tr::tr("%Ln link(s) were given a direction different from "
                                    "their existing link type's; the type's was kept.",
                                    nullptr, m_directionMismatch);
    if (m_roundedWeights > 0)
        m_report.warnings << Tr::tr("%Ln link weight(s) are not whole numbers from 1 to 5: "
                                    "the strength drawn (1–5) was rounded or brought into "
                                    "that range, the weight itself is kept.",
                                    nullptr, m_roundedWeights);
    return true;
}

} // namespace maillage::io::importparts
