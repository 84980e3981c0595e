#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Translated, user-facing names of the coded values stored in the file. The codes are the
// stable part (they are what the file and the exports hold); the labels follow the language.
namespace maillage::labels {

QString attitude(int attitude);            ///< -2 … 2
QString engagement(int engagement);        ///< 0 … 4
QString legalBasis(const QString &code);   ///< "", consent, legitimate_interest, public_role
QString problemStatus(const QString &code);
QString problemScale(const QString &code);
QString problemRole(const QString &code);  ///< affected, raised, can_act
QString actionStatus(const QString &code);
QString meetingKind(const QString &code);
QString shape(const QString &code);
QString lineStyle(const QString &code);
QString sign(int sign);                    ///< -1 … 1

QStringList legalBasisCodes();
QStringList problemStatusCodes();
QStringList problemScaleCodes();
QStringList problemRoleCodes();
QStringList actionStatusCodes();
QStringList meetingKindCodes();
QStringList shapeCodes();
QStringList lineStyleCodes();

} // namespace maillage::labels
