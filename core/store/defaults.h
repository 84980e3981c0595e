#pragma once

#include <QString>

class QSqlDatabase;

namespace maillage::defaults {

/// Fills a freshly created schema: the territory row, the default actor categories, link
/// types and quality-of-life themes, named in the application's current language.
bool populate(QSqlDatabase &db, const QString &territoryName, QString *error);

/// Stable codes of the default categories (kept in `category.code`), used by importers and
/// pseudonymisation to recognise e.g. elected officials whatever the category is called.
inline constexpr const char *kElectedCategory = "elected";
inline constexpr const char *kCitizenCategory = "citizen";
inline constexpr const char *kInstitutionCategory = "institution";

} // namespace maillage::defaults
