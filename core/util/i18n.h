#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace maillage::i18n {

/// The interface languages shipped in the binary ("en", "fr").
QStringList availableLanguages();

/// Installs Maillage's and Qt's own translations for `language` ("fr", "en", or empty for
/// the system locale) into the running application, replacing earlier ones, and makes
/// QLocale's default follow it so dates and numbers match. Returns the language in use.
QString install(const QString &language = QString());

} // namespace maillage::i18n
