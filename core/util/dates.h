#pragma once

#include <QDate>
#include <QString>

namespace maillage::dates {

/// How the interface writes a date everywhere: the language's long order with the month's
/// short name and no day of the week ("5 Dec 2026", "5 déc. 2026", "Dec 5, 2026"), never an
/// ambiguous 05/12/2026 beside a "5 December 2026".
QString format();
/// `date` in format(); empty for an invalid date.
QString text(const QDate &date);

} // namespace maillage::dates
