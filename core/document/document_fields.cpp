// Document's custom fields: defined, reordered, removed, and their values set; each one
// undo step.

#include "core/document/document_parts.h"

namespace maillage {

using namespace detail;

namespace {

bool refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

/// The name of an actor or link, for undo texts.
QString ownerName(const Document &doc, const QString &subject, qint64 id)
{
    if (subject == QLatin1String("link")) {
        const auto l = doc.link(id);
        if (!l)
            return QString();
        const auto a = doc.actor(l->sourceId), b = doc.actor(l->targetId);
        return QStringLiteral("%1 – %2").arg(a ? a->name : QString(), b ? b->name : QString());
    }
    const auto a = doc.actor(id);
    return a ? a->name : QString();
}

} // namespace

std::optional<qint64> Document::addCustomField(const CustomField &field, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return std::nullopt;
    CustomField f = field;
    f.id = 0;
    f.name = f.name.trimmed();
    if (f.subject != QLatin1String("actor") && f.subject != QLatin1String("link")) {
        refuse(error, tr("A field belongs to actors or to links."));
        return std::nullopt;
    }
    if (f.name.isEmpty()) {
        refuse(error, tr("A field needs a name."));
        return std::nullopt;
    }
    for (const CustomField &other : customFields(f.subject))
        if (other.name.compare(f.name, Qt::CaseInsensitive) == 0) {
            refuse(error, tr("There is already a field named “%1”.").arg(other.name));
            return std::nullopt;
        }
    if (!apply(tr("Add field “%1”").arg(f.name), {insertOp(K("field"), RowTraits<CustomField>::toRow(f))},
               NoMerge, error))
        return std::nullopt;
    return m_lastInserted.value(0);
}

bool Document::updateCustomField(const CustomField &field, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    const auto current = customField(field.id);
    if (!current)
        return refuse(error, tr("This field no longer exists."));
    CustomField f = field;
    f.subject = current->subject;  // a field does not move between actors and links
    f.name = f.name.trimmed();
    if (f.name.isEmpty())
        return refuse(error, tr("A field needs a name."));
    for (const CustomField &other : customFields(f.subject))
        if (other.id != f.id && other.name.compare(f.name, Qt::CaseInsensitive) == 0)
            return refuse(error, tr("There is already a field named “%1”.").arg(other.name));
    QList<RowOp> ops;
    if (f.type != current->type) {
        const QString table = FieldRepository::valueTable(f.subject);
        const QString owner = FieldRepository::ownerColumn(f.subject);
        int refused = 0;
        QString example;
        for (const Row &r : m_store.rows(table, K("field_id"), f.id)) {
            const QString old = r.value(K("value")).toString();
            // Yes/no values are stored as 1/0: as text they read "Yes"/"No"… in no language
            // in particular, so they stay 1/0.
            const auto now = fields::canonical(f.type, old);
            if (!now || now->isEmpty()) {
                if (example.isEmpty())
                    example = old;
                ++refused;
                continue;
            }
            if (f.type == FieldType::Choice && !f.choices.contains(*now))
                f.choices << *now;
            if (*now == old)
                continue;
            Row before{{owner, r.value(owner)}, {K("field_id"), f.id}, {K("value"), old}};
            Row after = before;
            after.insert(K("value"), *now);
            ops << RowOp{RowOp::Update, table, before, after};
        }
        if (refused > 0)
            return refuse(error, tr("“%1” cannot become a field of type %2: %Ln value(s) do not fit (“%3”…).",
                                    nullptr, refused)
                                     .arg(current->name, fields::typeLabel(f.type).toLower(),
                                          example));
    }
    if (const auto op = updateOp(K("field"), f.id, RowTraits<CustomField>::toRow(f)))
        ops.prepend(*op);
    if (ops.isEmpty())
        return true;
    return apply(tr("Edit field “%1”").arg(current->name), ops, NoMerge, error);
}

bool Document::moveCustomField(qint64 id, int delta, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    const auto f = customField(id);
    if (!f)
        return refuse(error, tr("This field no longer exists."));
    const QList<CustomField> all = customFields(f->subject);
    int i = 0;
    while (i < all.size() && all.at(i).id != id)
        ++i;
    const int j = i + (delta < 0 ? -1 : 1);
    if (j < 0 || j >= all.size())
        return false;
    // Positions renumbered in the new order (imported fields may share one).
    QList<CustomField> order = all;
    order.swapItemsAt(i, j);
    QList<RowOp> ops;
    for (int k = 0; k < order.size(); ++k)
        if (const auto op = updateOp(K("field"), order.at(k).id, {{K("position"), k}}))
            ops << *op;
    return apply(tr("Move field “%1”").arg(f->name), ops, NoMerge, error);
}

bool Document::removeCustomField(qint64 id, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    const auto f = customField(id);
    if (!f)
        return refuse(error, tr("This field no longer exists."));
    return apply(tr("Delete field “%1”").arg(f->name), deleteOps(K("field"), QList<qint64>{id}), NoMerge,
                 error);
}

bool Document::setFieldValue(qint64 fieldId, qint64 ownerId, const QString &value,
                             QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    const auto f = customField(fieldId);
    if (!f)
        return refuse(error, tr("This field no longer exists."));
    const QString table = FieldRepository::valueTable(f->subject);
    const QString owner = FieldRepository::ownerColumn(f->subject);
    if (!m_store.row(f->subject, ownerId))
        return refuse(error, f->subject == QLatin1String("link")
                                 ? tr("This link no longer exists.")
                                 : tr("This actor no longer exists."));
    const auto canonical = fields::canonical(f->type, value);
    if (!canonical)
        return refuse(error, tr("“%1” is not a valid value for “%2” (%3).")
                                 .arg(value.trimmed(), f->name,
                                      fields::typeLabel(f->type).toLower()));
    const QHash<qint64, QString> current = fieldValues(f->subject, ownerId);
    const bool had = current.contains(fieldId);
    const Row key{{owner, ownerId}, {K("field_id"), fieldId}};
    QList<RowOp> ops;
    if (canonical->isEmpty()) {
        if (!had)
            return true;
        Row before = key;
        before.insert(K("value"), current.value(fieldId));
        ops << RowOp{RowOp::Delete, table, before, {}};
    } else if (!had) {
        Row after = key;
        after.insert(K("value"), *canonical);
        ops << insertOp(table, after);
    } else {
        if (current.value(fieldId) == *canonical)
            return true;
        Row before = key, after = key;
        before.insert(K("value"), current.value(fieldId));
        after.insert(K("value"), *canonical);
        ops << RowOp{RowOp::Update, table, before, after};
    }
    const QString name = ownerName(*this, f->subject, ownerId);
    const QString text = canonical->isEmpty() ? tr("Clear “%1” of “%2”").arg(f->name, name)
                                              : tr("Set “%1” of “%2”").arg(f->name, name);
    return apply(text, ops, NoMerge, error);
}

} // namespace maillage
