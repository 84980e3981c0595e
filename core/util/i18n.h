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

/// Installs `language` ("fr", "en"; empty: leave the current one) for its lifetime, then
/// restores the language and default locale that were in use: a report, a web page or the
/// sample territory written in another language than the interface's.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;
    /// False (with a translated message) for a language Maillage does not ship.
    static bool valid(const QString &language, QString *error);

private:
    bool m_active = false;
    QString m_previous;
    QLocale m_locale;
};

} // namespace maillage::i18n
