#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The territory's own fields of actors and links (a Kumu or Gephi attribute, say): their
// definitions and the canonical text their values are stored as.
namespace maillage {

enum class FieldType { Text, Number, Integer, Date, YesNo, Choice, Url };

/// A custom field's definition (table `field`).
struct CustomField
{
    qint64 id = 0;
    QString subject = QStringLiteral("actor");  ///< "actor" or "link"
    QString name;
    FieldType type = FieldType::Text;
    QString unit;         ///< shown after numbers ("€", "km"), may be empty
    QStringList choices;  ///< a choice list's values (stored one a line)
    bool personal = false;  ///< personal data: blanked for persons by anonymized exports
    int position = 0;
};

namespace fields {

/// The stored code of a type ("text", "number", "integer", "date", "yesno", "choice", "url").
QString typeCode(FieldType type);
std::optional<FieldType> typeFromCode(const QString &code);
/// The type's name for people (translated).
QString typeLabel(FieldType type);
QList<FieldType> allTypes();

/// The canonical text of `raw` as a value of `type`, as stored: numbers in the C locale
/// (a French decimal comma and spaces between thousands are accepted), integers without
/// leading zeros, dates ISO 8601 (DD/MM/YYYY accepted), yes/no as "1"/"0" (true/false,
/// yes/no, oui/non, vrai/faux accepted), text and URLs trimmed. Nullopt when `raw` is not a
/// value of that type; an empty (or blank) `raw` gives an empty string.
std::optional<QString> canonical(FieldType type, const QString &raw);

/// The type that fits every one of `values` (blank ones are ignored): integer, number, date,
/// yes/no, URL, else text. Integers with leading zeros (postcodes, codes) are text; a column
/// of nothing but 0 and 1 is integer; yes/no needs words (true, oui…).
FieldType inferType(const QStringList &values);

/// A stored value as people read it: numbers in `locale`'s way, dates likewise, yes/no as
/// "Yes"/"No" (translated); other values as they are.
QString display(FieldType type, const QString &stored);
/// display(), followed by the field's unit for numbers ("12 500 €"); empty when `stored` is.
QString displayWithUnit(const CustomField &field, const QString &stored);

/// A stored value's place in its field's order, for sorting, filters and map scales: a
/// number or integer its value, a date its Julian day, yes/no 1 or 0, a choice its position
/// in the list (a value missing from the list after the last one). Nullopt for text, URLs,
/// an empty value or one that does not read as its type.
std::optional<double> orderKey(const CustomField &field, const QString &stored);
/// Whether values of `type` have an order (number, integer, date).
bool isOrdered(FieldType type);

/// A condition on one field, as the map's filter holds it ("budget > 10000").
struct Condition
{
    enum Op { Equals, NotEquals, Less, Greater, Contains, IsSet, IsEmpty };
    qint64 fieldId = 0;
    Op op = Equals;
    QString value;  ///< canonical (stored) form; unused by IsSet and IsEmpty
    bool operator==(const Condition &o) const
    {
        return fieldId == o.fieldId && op == o.op && value == o.value;
    }
};
/// The operators that fit a field of `type`, in menu order: every type has Equals,
/// NotEquals, IsSet, IsEmpty; numbers and dates Less and Greater; text and URLs Contains.
QList<Condition::Op> operatorsFor(FieldType type);
/// Whether `stored` (an actor's value of `field`, empty when it has none) meets `c`. Text
/// and choices compare ignoring case; numbers and dates by value. An empty value meets only
/// IsEmpty and NotEquals.
bool matches(const CustomField &field, const Condition &c, const QString &stored);

} // namespace fields
} // namespace maillage
