#include "core/statistics/equipment.h"

#include "core/statistics/statistics.h"

#include "core/document/document.h"
#include "core/io/csv.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <cmath>

namespace maillage::statistics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::statistics::Equipment)
};

QString K(const char *s)
{
    return QString::fromLatin1(s);
}

struct EquipmentType
{
    const char *code;
    const char *name;
    const char *category;  ///< default category code
};

// The everyday equipment of INSEE's BPE nomenclature (TYPEQU).
constexpr EquipmentType kTypes[] = {
    {"A101", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Police station"), "public_service"},
    {"A104", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Gendarmerie"), "public_service"},
    {"A206", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Post office"), "public_service"},
    {"A207", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Postal relay point"), "company"},
    {"A208", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Municipal postal agency"), "public_service"},
    {"C101", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Nursery school"), "public_service"},
    {"C104", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Primary school"), "public_service"},
    {"C201", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Lower secondary school (collège)"), "public_service"},
    {"C301", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "General and technological upper secondary school (lycée)"), "public_service"},
    {"C302", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Vocational upper secondary school (lycée professionnel)"), "public_service"},
    {"D201", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "General practitioner"), "company"},
    {"D307", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Pharmacy"), "company"},
    {"F307", QT_TRANSLATE_NOOP("maillage::statistics::Equipment", "Library"), "public_service"},
};

const EquipmentType *typeOf(const QString &code)
{
    for (const EquipmentType &t : kTypes)
        if (code == QLatin1String(t.code))
            return &t;
    return nullptr;
}

// The default categories an equipment can take, as core/store/defaults.cpp creates them.
struct CategoryDefault
{
    const char *code;
    const char *name;
    const char *color;
    const char *shape;
};
constexpr CategoryDefault kCategories[] = {
    {"public_service", QT_TRANSLATE_NOOP("maillage::defaults", "Public service"), "#D55E00",
     "hexagon"},
    {"company", QT_TRANSLATE_NOOP("maillage::defaults", "Company"), "#E69F00", "diamond"},
};

QString precisionOf(const QString &quality)
{
    const QString q = quality.trimmed().toLower();
    if (q.startsWith(QLatin1String("acceptable")))
        return K("street");
    if (q.startsWith(QLatin1String("mauvaise")))
        return K("commune");
    return K("exact");
}

} // namespace

QString equipmentName(const QString &type)
{
    const EquipmentType *t = typeOf(type.trimmed().toUpper());
    return t ? QCoreApplication::translate("maillage::statistics::Equipment", t->name) : QString();
}

QStringList namedEquipmentTypes()
{
    QStringList out;
    for (const EquipmentType &t : kTypes)
        out << QString::fromLatin1(t.code);
    return out;
}

bool addEquipment(Document &doc, const QString &path, const QStringList &types,
                  EquipmentReport *report, QString *error)
{
    *report = EquipmentReport();
    QSet<QString> wanted;
    for (const QString &t : types)
        if (!t.trimmed().isEmpty())
            wanted.insert(t.trimmed().toUpper());
    if (wanted.isEmpty()) {
        *error = Tr::tr("no equipment type given (TYPEQU codes such as %1)")
                     .arg(namedEquipmentTypes().mid(0, 3).join(QStringLiteral(", ")));
        return false;
    }
    const Scope scope = Scope::of(doc.territory());
    if (scope.communes.isEmpty()) {
        *error = Tr::tr("The territory “%1” has no commune code: give its communes' INSEE codes "
                        "before adding equipment.")
                     .arg(doc.territory().name);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = io::CsvReader::located(path, 0, Tr::tr("cannot be read (%1)").arg(f.errorString()));
        return false;
    }
    io::CsvReader csv(&f, path);
    if (!csv.readHeader()) {
        *error = csv.error();
        return false;
    }
    QHash<QString, int> col;
    for (int i = 0; i < int(csv.header().size()); ++i)
        col.insert(csv.header().at(i).trimmed().toUpper(), i);
    const int depcom = col.value(K("DEPCOM"), -1), typequ = col.value(K("TYPEQU"), -1);
    if (depcom < 0 || typequ < 0 || col.contains(K("NB_EQUIP"))) {
        *error = io::CsvReader::located(
            path, 1,
            Tr::tr("not a BPE file of one row per equipment (it needs DEPCOM and TYPEQU; the "
                   "counts of BPE 2021 and earlier name no equipment)"));
        return false;
    }
    auto field = [&](const QStringList &fields, const char *name) {
        const int i = col.value(K(name), -1);
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    };

    // What earlier runs added, by import key; the categories by code.
    QHash<QString, Row> previous;
    for (const Row &r : doc.store().rows(K("actor"), K("import_source"), K("BPE")))
        previous.insert(r.value(K("import_key")).toString(), r);
    QHash<QString, qint64> categories;
    for (const Category &c : doc.categories())
        if (!c.code.isEmpty())
            categories.insert(c.code, c.id);

    QList<RowOp> ops;
    QHash<QString, qint64> newCategories;  // code → placeholder id (-n: the n-th insert)
    qint64 inserts = 0;
    QSet<QString> seen;
    QHash<QString, int> perName;
    QStringList fields;
    while (csv.next(fields)) {
        ++report->rows;
        const QString type = field(fields, "TYPEQU").toUpper();
        if (!wanted.contains(type))
            continue;
        QString commune = field(fields, "DEPCOM").toUpper();
        if (commune.size() == 4)
            commune.prepend(QLatin1Char('0'));
        if (!scope.communes.contains(commune))
            continue;
        const QString communeName = field(fields, "LIBCOM");
        const QString typeName = equipmentName(type).isEmpty()
                                     ? Tr::tr("Equipment %1").arg(type)
                                     : equipmentName(type);
        QString name = field(fields, "NOMRS");
        if (!field(fields, "CNOMRS").isEmpty())
            name += (name.isEmpty() ? QString() : QStringLiteral(" – ")) + field(fields, "CNOMRS");
        if (name.isEmpty())
            name = Tr::tr("%1 (%2)").arg(typeName, communeName.isEmpty() ? commune : communeName);
        QStringList street;
        for (const char *c : {"NUMVOIE", "INDREP", "TYPVOIE", "LIBVOIE"})
            if (!field(fields, c).isEmpty())
                street << field(fields, c);
        QStringList parts;
        if (!street.isEmpty())
            parts << street.join(QLatin1Char(' '));
        if (!field(fields, "CADR").isEmpty())
            parts << field(fields, "CADR");
        const QString town = (field(fields, "CODPOS") + QLatin1Char(' ') + communeName).trimmed();
        if (!town.isEmpty())
            parts << town;
        const QString address = parts.join(QStringLiteral(", "));
        // Coordinates: WGS 84 degrees (LONGITUDE, LATITUDE), decimal point or comma.
        double lat = kNoPosition, lon = kNoPosition;
        const QString latText = field(fields, "LATITUDE"), lonText = field(fields, "LONGITUDE");
        if (!latText.isEmpty() && !lonText.isEmpty()) {
            bool ok1 = false, ok2 = false;
            lat = QString(latText).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok1);
            lon = QString(lonText).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok2);
            if (!ok1 || !ok2 || std::abs(lat) > 90 || std::abs(lon) > 180) {
                *error = io::CsvReader::located(
                    path, csv.line(),
                    Tr::tr("“%1, %2” is not a longitude and latitude in degrees")
                        .arg(lonText, latText));
                return false;
            }
        }
        // The import key: SIRET when given, else the type, commune, name and place.
        const QString siret = field(fields, "SIRET");
        QString key = type + QLatin1Char('|') + commune + QLatin1Char('|') +
                      (siret.isEmpty() ? name + QLatin1Char('|') + field(fields, "LAMBERT_X") +
                                             QLatin1Char('|') + field(fields, "LAMBERT_Y")
                                       : siret);
        if (seen.contains(key))  // two identical rows: the second is numbered
            key += QLatin1Char('|') + QString::number(++perName[key]);
        seen.insert(key);
        Row values{{K("address"), address},
                   {K("commune"), communeName.isEmpty() ? commune : communeName}};
        if (!std::isnan(lat)) {
            values.insert(K("latitude"), lat);
            values.insert(K("longitude"), lon);
            values.insert(K("location_precision"), precisionOf(field(fields, "QUALITE_XY")));
        }
        if (const auto it = previous.constFind(key); it != previous.cend()) {
            if (auto op = doc.updateOp(K("actor"), it->value(K("id")).toLongLong(), values)) {
                ops << *op;
                ++report->updated;
            } else {
                ++report->unchanged;
            }
            continue;
        }
        const EquipmentType *known = typeOf(type);
        const QString categoryCode = K(known ? known->category : "public_service");
        QVariant category;
        if (categories.contains(categoryCode)) {
            category = categories.value(categoryCode);
        } else {
            if (!newCategories.contains(categoryCode)) {
                for (const CategoryDefault &c : kCategories)
                    if (categoryCode == QLatin1String(c.code)) {
                        ops << doc.insertOp(
                            K("category"),
                            {{K("code"), categoryCode},
                             {K("name"), QCoreApplication::translate("maillage::defaults", c.name)},
                             {K("color"), K(c.color)},
                             {K("shape"), K(c.shape)},
                             {K("person"), 0},
                             {K("position"), int(doc.categories().size() + newCategories.size())}});
                        ++inserts;
                        break;
                    }
                newCategories.insert(categoryCode, -inserts);
            }
            category = newCategories.value(categoryCode);
        }
        values.insert(K("name"), name);
        values.insert(K("category_id"), category);
        values.insert(K("organisation"), typeName);
        values.insert(K("import_source"), K("BPE"));
        values.insert(K("import_key"), key);
        ops << doc.insertOp(K("actor"), values);
        ++inserts;
        ++report->added;
    }
    if (csv.hasError()) {
        *error = csv.error();
        return false;
    }
    if (ops.isEmpty())
        return true;
    return doc.apply(Tr::tr("Add %Ln equipment(s) from the BPE", nullptr, report->added), ops,
                     Document::NoMerge, error);
}

} // namespace maillage::statistics
