#include "core/privacy/textscan.h"

#include "core/privacy/namematch.h"
#include "core/store/storedtables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace maillage::privacy {

namespace {

QString replaceAll(const QString &text, const QList<QPair<QString, QString>> &replacements,
                   int *count)
{
    QString out = text;
    for (const auto &[name, replacement] : replacements) {
        int n = 0;
        out = replaceName(out, name, replacement, &n);
        *count += n;
    }
    return out;
}

QJsonValue replaceInJson(const QJsonValue &v, const QList<QPair<QString, QString>> &replacements,
                         int *count)
{
    if (v.isString())
        return replaceAll(v.toString(), replacements, count);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(replaceInJson(item, replacements, count));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(replaceAll(it.key(), replacements, count),
                       replaceInJson(it.value(), replacements, count));
        return out;
    }
    return v;
}

void collectStrings(const QJsonValue &v, QStringList *out)
{
    if (v.isString()) {
        *out << v.toString();
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectStrings(item, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            *out << it.key();
            collectStrings(it.value(), out);
        }
    }
}

QJsonDocument parseJson(const QString &value)
{
    const QString t = value.trimmed();
    if (!t.startsWith(QLatin1Char('{')) && !t.startsWith(QLatin1Char('[')))
        return {};
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return doc;
}

} // namespace

QList<TextCell> textCells(const Store &store)
{
    QList<TextCell> out;
    for (const QString &table : storedTables(store)) {
        const QList<StoredColumn> columns = storedColumns(store, table);
        QString labelColumn;
        for (const char *candidate : {"name", "title"})
            for (const StoredColumn &c : columns)
                if (labelColumn.isEmpty() && c.name == QLatin1String(candidate))
                    labelColumn = c.name;
        for (const StoredRow &r : storedRows(store, table)) {
            const QString label = labelColumn.isEmpty()
                                      ? QString()
                                      : r.values.value(labelColumn).toString();
            for (const StoredColumn &c : columns) {
                const QVariant v = r.values.value(c.name);
                if (v.isNull() || v.typeId() != QMetaType::QString)
                    continue;
                const QString text = v.toString();
                if (text.isEmpty())
                    continue;
                out << TextCell{table, r.rowid, c.name, label, text, c.unique};
            }
        }
    }
    return out;
}

bool isJsonText(const QString &value)
{
    return !parseJson(value).isNull();
}

QString replaceNames(const QString &value, const QList<QPair<QString, QString>> &replacements,
                     int *count)
{
    int n = 0;
    QString out;
    const QJsonDocument json = parseJson(value);
    if (json.isObject() || json.isArray()) {
        const QJsonValue replaced = replaceInJson(
            json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()), replacements,
            &n);
        if (n > 0)
            out = QString::fromUtf8(
                (replaced.isObject() ? QJsonDocument(replaced.toObject())
                                     : QJsonDocument(replaced.toArray()))
                    .toJson(QJsonDocument::Compact));
    } else {
        out = replaceAll(value, replacements, &n);
    }
    if (count)
        *count = n;
    return n > 0 ? out : value;
}

QStringList textPieces(const QString &value)
{
    const QJsonDocument json = parseJson(value);
    if (json.isNull())
        return {value};
    QStringList out;
    collectStrings(json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()), &out);
    return out;
}

} // namespace maillage::privacy
