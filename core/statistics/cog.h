#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace maillage::statistics {

/// INSEE's code officiel géographique (COG) history of communes, read from its "mouvements des
/// communes" file (`v_mvt_commune_AAAA.csv`:
/// `MOD,DATE_EFF,TYPECOM_AV,COM_AV,TNCC_AV,NCC_AV,NCCENR_AV,LIBELLE_AV,TYPECOM_AP,COM_AP,…`).
/// Converts a commune code of a file in the geography of 1 January of some year to the code
/// the same land has in the latest geography the history knows: merged communes (MOD 31–34:
/// fusions, communes nouvelles) and code changes (41: change of département, 50: chief town
/// moved) lead to their successor; a commune restored later (21) is itself again.
class CommuneHistory
{
    Q_DECLARE_TR_FUNCTIONS(maillage::statistics::CommuneHistory)

public:
    /// Whether the header of `path` is that of the movements file.
    static bool isMovementsFile(const QString &path);
    /// Reads `path`. False with one line "FILE, line N: what" when it is not a complete
    /// movements file.
    bool load(const QString &path, QString *error);
    bool isEmpty() const { return m_moves.isEmpty(); }
    /// The year of the latest movement (the geography the codes are converted to).
    int latestYear() const;

    /// The current code of commune `code` as a file of the geography of 1 January
    /// `geographyYear` names it (0: the year is not known: every movement applies, in order).
    /// `code` itself when nothing happened to it since.
    QString current(const QString &code, int geographyYear) const;

private:
    struct Move
    {
        QDate date;
        int mod = 0;
        QString from, to;
    };
    const QHash<QString, QString> &successors(int geographyYear) const;

    QList<Move> m_moves;  ///< in the order of their dates
    mutable QHash<int, QHash<QString, QString>> m_successors;  ///< by geography year
};

} // namespace maillage::statistics
