#include "core/util/i18n.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QTranslator>

namespace maillage::i18n {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::i18n)
};

QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString install(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (!availableLanguages().contains(lang))
        lang = QStringLiteral("en");

    auto *app = QCoreApplication::instance();
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (*t) {
            if (app)
                app->removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = lang == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                      : QLocale::system().language() == QLocale::English
                                                            ? QLocale::system()
                                                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (app) {
        // English too: its file holds the plural forms ("1 action", "3 actions").
        g_app = new QTranslator;
        if (g_app->load(QStringLiteral(":/i18n/maillage_%1.qm").arg(lang)))
            app->installTranslator(g_app);
    }
    if (lang != QLatin1String("en") && app) {
        g_qt = new QTranslator;
        if (g_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app->installTranslator(g_qt);
    }
    // Qt posts LanguageChange; deliver it now, so that windows made right after this call
    // (or already open) are translated when it returns.
    if (app)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return lang;
}

LanguageScope::LanguageScope(const QString &language)
{
    if (language.isEmpty())
        return;
    m_locale = QLocale();
    m_previous = m_locale.language() == QLocale::French ? QStringLiteral("fr")
                                                        : QStringLiteral("en");
    if (m_previous == language)
        return;
    install(language);
    m_active = true;
}

LanguageScope::~LanguageScope()
{
    if (!m_active)
        return;
    install(m_previous);
    QLocale::setDefault(m_locale);
}

bool LanguageScope::valid(const QString &language, QString *error)
{
    if (language.isEmpty() || availableLanguages().contains(language))
        return true;
    if (error)
        *error = Tr::tr("Unknown language “%1” (use %2).")
                     .arg(language, availableLanguages().join(QStringLiteral(", ")));
    return false;
}

} // namespace maillage::i18n
