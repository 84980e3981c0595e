#pragma once

#include "core/domain/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace maillage {

class Store;

/// Stable pseudonyms for the persons of a territory, for exports and reports that leave the
/// team ("--anonymize"). Every actor flagged as a person gets a label from its category —
/// citizens "Resident N", elected officials "Elected official N", other persons "Person N"
/// (translated) — numbered in the order of actor ids, so the same file always gives the same
/// pseudonyms. Organisations keep their names. Persons' contact fields are blanked and their
/// names are replaced inside free text (descriptions, notes…).
class Pseudonymizer
{
    Q_DECLARE_TR_FUNCTIONS(maillage::Pseudonymizer)

public:
    Pseudonymizer() = default;
    /// Builds the pseudonyms of `actors` (any order) given the categories' codes.
    Pseudonymizer(const QList<Actor> &actors, const QList<Category> &categories);
    /// Reads actors and categories from `store`.
    static Pseudonymizer fromStore(Store &store);

    bool isPerson(qint64 actorId) const { return m_pseudonyms.contains(actorId); }
    /// The pseudonym of a person, or `fallback` for an organisation / unknown id.
    QString name(qint64 actorId, const QString &fallback) const;
    /// A copy of `actor` with name, contact fields and free text pseudonymised.
    Actor actor(const Actor &actor) const;
    /// `text` with every person's name (and each part of it) replaced by their pseudonym.
    QString text(const QString &text) const;
    /// Number of persons covered.
    int size() const { return int(m_pseudonyms.size()); }

private:
    QHash<qint64, QString> m_pseudonyms;
    /// Patterns matching every name and name part, longest first (several when there are
    /// too many names for one).
    QList<QPair<QRegularExpression, QString>> m_patterns;
    QHash<QString, QString> m_replacement;  ///< lower-case matched name → pseudonym
};

} // namespace maillage
