// Kumu's exports: the blueprint JSON and the Elements and Connections spreadsheets.

#include "core/io/export_parts.h"

#include "core/geo/geojson.h"
#include "core/io/csv.h"
#include "core/io/pseudonymize.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>
#include <cmath>

namespace maillage::io {

using namespace exportparts;

#define K(s) QStringLiteral(s)

namespace exportparts {


QJsonValue kumuText(const QString &v)
{
    return v.isEmpty() ? QJsonValue() : QJsonValue(v);
}

QJsonValue kumuDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

/// A stored custom value as Kumu reads it: numbers as numbers, yes/no as booleans.
QJsonValue kumuValue(const CustomField &f, const QString &stored)
{
    if (stored.isEmpty())
        return QJsonValue();
    bool ok = false;
    switch (f.type) {
    case FieldType::Number:
        if (const double d = stored.toDouble(&ok); ok)
            return d;
        break;
    case FieldType::Integer:
        if (const qint64 n = stored.toLongLong(&ok); ok)
            return n;
        break;
    case FieldType::YesNo:
        return stored == QLatin1String("1");
    default:
        break;
    }
    return stored;
}

/// The custom fields' column names, after the sheet's own columns: a field named like one of
/// them (ignoring case) is written "Name (2)" so that no column hides another.
QStringList kumuFieldColumns(const QStringList &own, const QList<CustomField> &fields)
{
    QSet<QString> taken;
    for (const QString &c : own)
        taken.insert(c.toLower());
    QStringList out;
    for (const CustomField &f : fields) {
        QString name = f.name;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = K("%1 (%2)").arg(f.name).arg(n);
        taken.insert(name.toLower());
        out << name;
    }
    return out;
}

QString kumuActorId(qint64 id)
{
    return K("a%1").arg(id);
}

KumuSheet kumuElements(const Snapshot &s)
{
    KumuSheet sheet;
    sheet.columns = {K("ID"),        K("Label"),      K("Type"),      K("Description"),
                     K("Tags"),      K("Person"),     K("Organisation"), K("Role"),
                     K("Sector"),    K("Commune"),    K("Email"),     K("Phone"),
                     K("Address"),   K("Website"),    K("Influence"), K("Interest"),
                     K("Attitude"),  K("Engagement"), K("Since"),     K("Until")};
    sheet.columns += kumuFieldColumns(sheet.columns, s.actorFields);
    for (const Actor &a : s.actors) {
        QJsonArray tags;
        for (const QString &t : s.tagNames.value(a.id))
            tags << t;
        QList<QJsonValue> row{kumuActorId(a.id),
                              a.name,
                              kumuText(s.categoryById.value(a.categoryId).name),
                              kumuText(a.description),
                              tags.isEmpty() ? QJsonValue() : QJsonValue(tags),
                              a.isPerson,
                              kumuText(a.organisation),
                              kumuText(a.role),
                              kumuText(a.sector),
                              kumuText(a.commune),
                              kumuText(a.email),
                              kumuText(a.phone),
                              kumuText(a.address),
                              kumuText(a.website),
                              a.influence,
                              a.interest,
                              a.attitude,
                              a.engagement,
                              kumuDate(a.since),
                              kumuDate(a.until)};
        const QHash<qint64, QString> values = s.actorValues.value(a.id);
        for (const CustomField &f : s.actorFields)
            row << kumuValue(f, values.value(f.id));
        sheet.rows << row;
    }
    return sheet;
}

KumuSheet kumuConnections(const Snapshot &s)
{
    KumuSheet sheet;
    sheet.columns = {K("ID"),     K("From"),     K("To"),          K("Type"),
                     K("Direction"), K("Strength"), K("Weight"), K("Description"),
                     K("Since"),  K("Until")};
    sheet.columns += kumuFieldColumns(sheet.columns, s.linkFields);
    for (const Link &l : s.links) {
        const LinkType t = s.typeById.value(l.typeId);
        QList<QJsonValue> row{K("l%1").arg(l.id),
                              kumuActorId(l.sourceId),
                              kumuActorId(l.targetId),
                              kumuText(t.name),
                              l.typeId && t.directed ? K("directed") : K("undirected"),
                              l.strength,
                              l.hasWeight() ? QJsonValue(l.weight) : QJsonValue(),
                              kumuText(l.description),
                              kumuDate(l.since),
                              kumuDate(l.until)};
        const QHash<qint64, QString> values = s.linkValues.value(l.id);
        for (const CustomField &f : s.linkFields)
            row << kumuValue(f, values.value(f.id));
        sheet.rows << row;
    }
    return sheet;
}

QJsonArray kumuObjects(const KumuSheet &sheet)
{
    // Kumu's blueprints name the fields it knows in lower case ("label", "from"…) and keep
    // custom fields as they are named.
    static const QSet<QString> own{K("ID"),     K("Label"),     K("Type"),     K("Description"),
                                   K("Tags"),   K("From"),      K("To"),       K("Direction"),
                                   K("Strength"), K("Weight")};
    QJsonArray out;
    for (const QList<QJsonValue> &row : sheet.rows) {
        QJsonObject o;
        for (int i = 0; i < sheet.columns.size(); ++i) {
            if (row.at(i).isNull())
                continue;
            const QString &c = sheet.columns.at(i);
            o.insert(own.contains(c) ? c.toLower() : c, row.at(i));
        }
        out << o;
    }
    return out;
}

QString kumuCell(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? K("true") : K("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 9e15 ? QString::number(qint64(d)) : num(d);
    }
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << x.toString();
        return parts.join(QLatin1Char('|'));
    }
    return v.toString();
}

QByteArray kumuCsv(const KumuSheet &sheet)
{
    QByteArray out = csvLine(sheet.columns);
    for (const QList<QJsonValue> &row : sheet.rows) {
        QStringList cells;
        for (const QJsonValue &v : row)
            cells << kumuCell(v);
        out += csvLine(cells);
    }
    return out;
}

} // namespace exportparts

QByteArray kumuJson(Store &store, const ExportOptions &options)
{
    const Snapshot s(store, options);
    const QJsonObject root{{K("elements"), kumuObjects(kumuElements(s))},
                           {K("connections"), kumuObjects(kumuConnections(s))}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray kumuElementsCsv(Store &store, const ExportOptions &options)
{
    return kumuCsv(kumuElements(Snapshot(store, options)));
}

QByteArray kumuConnectionsCsv(Store &store, const ExportOptions &options)
{
    return kumuCsv(kumuConnections(Snapshot(store, options)));
}

} // namespace maillage::io
