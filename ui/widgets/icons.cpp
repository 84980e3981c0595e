#include "ui/widgets/icons.h"

#include <QFileInfo>
#include <QResource>

namespace maillage::icons {

bool ensureTheme()
{
    static const bool found = [] {
        // Debian's breeze-icon-theme-rcc: the whole theme in one resource file, mapped where
        // Qt looks for themes (":/icons" is on QIcon's default search path), as KDE does.
        const QString rcc = QStringLiteral("/usr/share/icons/breeze/breeze-icons.rcc");
        if (QFileInfo::exists(rcc))
            QResource::registerResource(rcc, QStringLiteral("/icons/breeze"));
        if (!QIcon::themeSearchPaths().contains(QStringLiteral(":/icons")))
            QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral(":/icons"));
        if (!QFileInfo::exists(QStringLiteral(":/icons/breeze/index.theme")))
            return false;
        QIcon::setThemeName(QStringLiteral("breeze"));
        return true;
    }();
    return found;
}

QIcon get(const char *name)
{
    ensureTheme();
    return QIcon::fromTheme(QString::fromLatin1(name));
}

} // namespace maillage::icons
