#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace maillage::io {

/// One commune of INSEE's Code officiel géographique (`v_commune_20xx.csv`).
struct CogCommune
{
    QString code;        ///< INSEE code, "88160"
    QString name;        ///< LIBELLE, "Épinal"
    QString department;  ///< DEP, "88"
    bool arrondissement = false;  ///< TYPECOM "ARM" (Paris, Lyon, Marseille)
    QString folded;      ///< name folded for accent- and case-blind search
    /// "Épinal (88)", shown in lists.
    QString label() const;
};

/// Reads a COG communes file (2019 on: lower- or upper-case header, TYPECOM, COM, DEP, LIBELLE
/// among the columns; UTF-8, comma, fields sometimes quoted). Current communes (COM) and
/// municipal arrondissements (ARM) are kept; associated and delegated communes (COMA, COMD)
/// are not, as the registers file their rows under the current commune. False with "FILE,
/// line N: problem" on a file that is not a COG communes file.
bool readCogCommunes(const QString &path, QList<CogCommune> *communes, QString *error);

/// The communes whose name holds `query` (folded: "epinal" finds "Épinal", "st die" does not
/// but "saint-die" does), names starting with it first, then by name; a query of digits is
/// matched against the start of the codes. At most `limit` results.
QList<CogCommune> findCommunes(const QList<CogCommune> &communes, const QString &query,
                               int limit = 50);

} // namespace maillage::io
