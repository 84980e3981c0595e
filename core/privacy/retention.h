#pragma once

#include "core/domain/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace maillage {

class Store;

namespace privacy {

/// Why a person recorded in the territory needs the practitioner's attention.
enum class RetentionIssue {
    Expired,         ///< the retention date has passed: erase, pseudonymise or extend
    NoLegalBasis,    ///< nobody recorded why this person is held (consent, legitimate interest, public role)
    NoRetentionDate, ///< no retention date: the person would be kept for ever
};

/// Stable code of an issue ("expired", "no_legal_basis", "no_retention_date"), for JSON.
QString retentionIssueCode(RetentionIssue issue);
/// The issue in words, translated.
QString retentionIssueText(RetentionIssue issue);

/// The retention date a new person gets: the last contact (or `today` when there was none)
/// plus the territory's retention period in months.
QDate defaultRetentionDate(const QDate &lastContact, int retentionMonths,
                           const QDate &today = QDate::currentDate());
/// The same, reading the territory's retention period from `store`.
QDate defaultRetentionDate(const Store &store, const QDate &lastContact,
                           const QDate &today = QDate::currentDate());

/// One person of the territory as the personal-data panel lists them.
struct PersonStatus
{
    qint64 id = 0;
    QString name;
    QString category;       ///< the category's name, or empty
    QString categoryCode;   ///< "citizen", "elected"… or empty for user categories
    QString legalBasis;     ///< code: "", consent, legitimate_interest, public_role
    QDate consentDate;
    QString consentMethod;
    QDate lastContact;
    QDate retentionDate;
    QList<RetentionIssue> issues;  ///< empty when all is in order
    bool needsAttention() const { return !issues.isEmpty(); }
};

/// Every person (actor flagged as a person) with their basis and retention, as of `asOf`.
/// Those that need attention come first — past their retention date (oldest first), then
/// without a legal basis, then without a retention date — and the others after, by
/// retention date (soonest first), then by name.
QList<PersonStatus> retentionListing(const Store &store, const QDate &asOf = QDate::currentDate());

} // namespace privacy
} // namespace maillage
