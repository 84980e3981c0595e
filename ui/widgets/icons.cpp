#include "ui/widgets/icons.h"

#include <algorithm>

#include <QFileInfo>
#include <QIconEngine>
#include <QPainter>
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

namespace {

// A theme icon looked up when it is first drawn or asked about, not when it is made: looking
// a name up in the theme probes dozens of folders, and most of the window's icons (menus,
// hidden panels) are never drawn at all. A window opens about 15 ms sooner.
class ThemeIconEngine : public QIconEngine
{
public:
    explicit ThemeIconEngine(const QString &name) : m_name(name) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    // QIcon asks for device pixels: the theme icon's own engine gets the same size.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size / std::max(scale, 1.0), std::max(scale, 1.0), mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return m_name; }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("maillage-theme"); }
    QIconEngine *clone() const override { return new ThemeIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_resolved) {
            ensureTheme();
            m_icon = QIcon::fromTheme(m_name);
            m_resolved = true;
        }
        return m_icon;
    }

    QString m_name;
    QIcon m_icon;
    bool m_resolved = false;
};

} // namespace

QIcon get(const char *name)
{
    return QIcon(new ThemeIconEngine(QString::fromLatin1(name)));
}

} // namespace maillage::icons
