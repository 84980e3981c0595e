#include "core/util/dates.h"

#include <QLocale>
#include <QRegularExpression>

namespace maillage::dates {

QString format()
{
    QString f = QLocale().dateFormat(QLocale::LongFormat);
    f.remove(QRegularExpression(QStringLiteral("d{4}[,.]?\\s*")));  // the day of the week
    f.replace(QRegularExpression(QStringLiteral("M{4}")), QStringLiteral("MMM"));
    f = f.trimmed();
    // The C locale (tests) has a numeric long format: keep a readable one.
    if (!f.contains(QLatin1String("MMM")))
        f = QStringLiteral("d MMM yyyy");
    return f;
}

QString text(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, format()) : QString();
}

} // namespace maillage::dates
