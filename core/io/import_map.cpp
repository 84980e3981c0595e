// Column names → Maillage fields, shared by every importer.
#include "import_model.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace maillage::io::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Import)
};

#define K(s) QStringLiteral(s)

std::optional<double> parseReal(QString v)
{
    v = v.trimmed();
    if (!v.contains(QLatin1Char('.')) && v.count(QLatin1Char(',')) == 1)
        v.replace(QLatin1Char(','), QLatin1Char('.'));  // French decimal comma
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<QDate> parseDate(const QString &v)
{
    static const QRegularExpression iso(K("^(\\d{4})-(\\d{2})-(\\d{2})([ T].*)?$"));
    static const QRegularExpression fr(K("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    QDate d;
    if (const auto m = iso.match(v); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto f = fr.match(v); f.hasMatch())
        d = QDate(f.captured(3).toInt(), f.captured(2).toInt(), f.captured(1).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<bool> parseBool(const QString &v)
{
    const QString s = v.trimmed().toLower();
    static const QStringList yes{K("1"), K("true"), K("yes"), K("y"), K("oui"), K("vrai"), K("x")};
    static const QStringList no{K("0"), K("false"), K("no"), K("n"), K("non"), K("faux")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

bool setInt(QVariantMap &fields, const QString &col, const QString &v, int lo, int hi,
            QString *problem)
{
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (!ok || n < lo || n > hi) {
        *problem = Tr::tr("column “%1”: “%2” is not a whole number from %3 to %4")
                       .arg(col, v)
                       .arg(lo)
                       .arg(hi);
        return false;
    }
    fields.insert(col, n);
    return true;
}

bool setDate(QVariantMap &fields, const QString &col, const QString &v, QString *problem)
{
    const auto d = parseDate(v.trimmed());
    if (!d) {
        *problem = Tr::tr("column “%1”: “%2” is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                       .arg(col, v);
        return false;
    }
    fields.insert(col, d->toString(Qt::ISODate));
    return true;
}

bool setBool(QVariantMap &fields, const QString &col, const QString &v, QString *problem)
{
    const auto b = parseBool(v);
    if (!b) {
        *problem = Tr::tr("column “%1”: “%2” is not yes/no (1/0, true/false)").arg(col, v);
        return false;
    }
    fields.insert(col, *b ? 1 : 0);
    return true;
}

QString textColumn(const QString &key)
{
    static const QHash<QString, QString> aliases{
        {K("organisation"), K("organisation")}, {K("organization"), K("organisation")},
        {K("role"), K("role")},                 {K("rôle"), K("role")},
        {K("sector"), K("sector")},             {K("secteur"), K("sector")},
        {K("commune"), K("commune")},           {K("email"), K("email")},
        {K("e-mail"), K("email")},              {K("mail"), K("email")},
        {K("courriel"), K("email")},            {K("phone"), K("phone")},
        {K("telephone"), K("phone")},           {K("téléphone"), K("phone")},
        {K("tel"), K("phone")},                 {K("address"), K("address")},
        {K("adresse"), K("address")},           {K("website"), K("website")},
        {K("url"), K("website")},               {K("site web"), K("website")},
        {K("description"), K("description")},   {K("legal_basis"), K("legal_basis")},
        {K("consent_method"), K("consent_method")},
    };
    return aliases.value(key);
}

bool setColorPart(QColor &c, const QString &part, const QString &v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 0 || n > 255)
        return false;
    if (!c.isValid())
        c = QColor(0, 0, 0);
    if (part == QLatin1String("r"))
        c.setRed(n);
    else if (part == QLatin1String("g"))
        c.setGreen(n);
    else
        c.setBlue(n);
    return true;
}

} // namespace

bool mapNodeValue(Dialect dialect, const QString &column, const QString &rawValue,
                  NodeRecord &node, QString *problem)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty())
        return true;
    const QString col = columnKey(column);
    if (col == QLatin1String("id")) {
        node.key = value;
        return true;
    }
    if (col == QLatin1String("name") || col == QLatin1String("label") ||
        col == QLatin1String("nom")) {
        node.fields.insert(K("name"), value);
        return true;
    }
    if (col == QLatin1String("category") || col == QLatin1String("catégorie") ||
        col == QLatin1String("categorie") || col == QLatin1String("type")) {
        node.category = value;
        return true;
    }
    if (col == QLatin1String("tags") || col == QLatin1String("tag")) {
        for (const QString &t : value.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty() && !node.tags.contains(t.trimmed()))
                node.tags << t.trimmed();
        return true;
    }
    if (col == QLatin1String("is_person") || col == QLatin1String("person"))
        return setBool(node.fields, K("is_person"), value, problem);
    if (col == QLatin1String("pinned"))
        return setBool(node.fields, K("pinned"), value, problem);
    if (col == QLatin1String("x") || col == QLatin1String("y")) {
        const auto d = parseReal(value);
        if (!d) {
            *problem = Tr::tr("column “%1”: “%2” is not a number").arg(column.trimmed(), value);
            return false;
        }
        node.fields.insert(col, *d);
        return true;
    }
    if (col == QLatin1String("influence") || col == QLatin1String("interest"))
        return setInt(node.fields, col, value, 0, 5, problem);
    if (col == QLatin1String("attitude"))
        return setInt(node.fields, col, value, -2, 2, problem);
    if (col == QLatin1String("engagement"))
        return setInt(node.fields, col, value, 0, 4, problem);
    if (col == QLatin1String("consent_date") || col == QLatin1String("retention_date") ||
        col == QLatin1String("last_contact") || col == QLatin1String("since") ||
        col == QLatin1String("until"))
        return setDate(node.fields, col, value, problem);
    if (const QString t = textColumn(col); !t.isEmpty()) {
        node.fields.insert(t, value);
        return true;
    }
    if ((dialect == Dialect::GraphML || dialect == Dialect::Gexf || dialect == Dialect::Gephi) &&
        (col == QLatin1String("r") || col == QLatin1String("g") || col == QLatin1String("b")) &&
        setColorPart(node.color, col, value))
        return true;
    if (col == QLatin1String("color") || col == QLatin1String("colour")) {
        if (const QColor c(value); c.isValid()) {
            node.color = c;
            return true;
        }
    }
    node.extras << column.trimmed() + QLatin1String(": ") + value;
    return true;
}

bool mapEdgeValue(Dialect dialect, const QString &column, const QString &rawValue,
                  EdgeRecord &edge, SourceGraph &graph, QString *problem)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty())
        return true;
    const QString col = columnKey(column);
    if (col == QLatin1String("id"))
        return true;  // an edge's id carries no data: links get their own ids
    if (col == QLatin1String("source_name")) {
        edge.sourceName = value;
        return true;
    }
    if (col == QLatin1String("target_name")) {
        edge.targetName = value;
        return true;
    }
    if (col == QLatin1String("type")) {
        const QString v = value.toLower();
        if (dialect == Dialect::Gephi &&
            (v == QLatin1String("directed") || v == QLatin1String("undirected") ||
             v == QLatin1String("mixed") || v == QLatin1String("mutual"))) {
            edge.directed = v == QLatin1String("directed");
            return true;
        }
        edge.type = value;
        return true;
    }
    if (col == QLatin1String("kind") || col == QLatin1String("relation")) {
        if (edge.type.isEmpty())
            edge.type = value;
        else
            edge.extras << column.trimmed() + QLatin1String(": ") + value;
        return true;
    }
    if (col == QLatin1String("label") && dialect != Dialect::Kumu) {
        edge.fields.insert(K("__label"), value);
        return true;
    }
    if (col == QLatin1String("directed")) {
        const auto b = parseBool(value);
        if (!b) {
            *problem = Tr::tr("column “%1”: “%2” is not yes/no (1/0, true/false)")
                           .arg(column.trimmed(), value);
            return false;
        }
        edge.directed = *b;
        return true;
    }
    if (col == QLatin1String("direction")) {
        const QString v = value.toLower();
        if (v == QLatin1String("directed"))
            edge.directed = true;
        else if (v == QLatin1String("undirected") || v == QLatin1String("mutual"))
            edge.directed = false;
        else {
            *problem = Tr::tr("column “%1”: “%2” is not directed, undirected or mutual")
                           .arg(column.trimmed(), value);
            return false;
        }
        return true;
    }
    if (col == QLatin1String("strength") || col == QLatin1String("weight")) {
        const auto d = parseReal(value);
        if (!d) {
            *problem = Tr::tr("column “%1”: “%2” is not a number").arg(column.trimmed(), value);
            return false;
        }
        const int rounded = int(std::lround(std::clamp(*d, -1e6, 1e6)));
        const int s = std::clamp(rounded, 1, 5);
        if (s != *d)
            ++graph.clampedWeights;
        edge.strength = s;
        return true;
    }
    if (col == QLatin1String("since") || col == QLatin1String("until"))
        return setDate(edge.fields, col, value, problem);
    if (col == QLatin1String("description")) {
        edge.fields.insert(K("description"), value);
        return true;
    }
    if ((dialect == Dialect::GraphML || dialect == Dialect::Gexf) &&
        (col == QLatin1String("r") || col == QLatin1String("g") || col == QLatin1String("b")) &&
        setColorPart(edge.color, col, value))
        return true;
    if (col == QLatin1String("color") || col == QLatin1String("colour")) {
        if (const QColor c(value); c.isValid()) {
            edge.color = c;
            return true;
        }
    }
    edge.extras << column.trimmed() + QLatin1String(": ") + value;
    return true;
}

} // namespace maillage::io::detail
