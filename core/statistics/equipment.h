#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace maillage {
class Document;
}

namespace maillage::statistics {

/// A readable name of a BPE equipment type (TYPEQU, "D201" → "General practitioner"),
/// translated; empty for a type Maillage does not name.
QString equipmentName(const QString &type);
/// The equipment types Maillage names, in code order.
QStringList namedEquipmentTypes();

struct EquipmentReport
{
    qint64 rows = 0;    ///< rows of the BPE read
    int added = 0;      ///< new actors
    int updated = 0;    ///< actors of an earlier run whose place or address changed
    int unchanged = 0;  ///< actors of an earlier run left as they were
};

/// Adds the equipment of types `types` (TYPEQU codes) in the territory's communes, read from
/// the BPE file `path` (one row per equipment, with NOMRS, the address columns, LONGITUDE,
/// LATITUDE and QUALITE_XY), as actors: named by NOMRS or by their type and commune, in the
/// category "Public service" (or "Company" for shops and health professionals), with their
/// commune, address and place on the ground (precision from QUALITE_XY: "Bonne" exact,
/// "Acceptable" street, "Mauvaise" commune; exact when the file says nothing). One undo step.
/// Each actor keeps an import key (import_source "BPE"), so a second run adds no duplicate:
/// it updates the place and address of those it added before. False with one line and
/// nothing changed on a file that is not a BPE of equipment rows, or a bad row.
bool addEquipment(Document &doc, const QString &path, const QStringList &types,
                  EquipmentReport *report, QString *error);

} // namespace maillage::statistics
