#include "ui/widgets/icons.h"

#include <algorithm>
#include <functional>

#include <QApplication>
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

// An icon made when it is first drawn or asked about, not when it is set: looking a name up
// in the theme probes dozens of folders, a style decodes its images, and most of the
// window's icons (menus, hidden panels) are never drawn at all. A window opens about 15 ms
// sooner.
class LazyIconEngine : public QIconEngine
{
public:
    /// `name`: the theme icon's name, looked up when needed; else `make` makes it.
    LazyIconEngine(const QString &name, std::function<QIcon()> make)
        : m_name(name), m_make(std::move(make))
    {
    }

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
    QString key() const override { return QStringLiteral("maillage-lazy"); }
    QIconEngine *clone() const override { return new LazyIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_resolved) {
            if (m_make) {
                m_icon = m_make();
            } else {
                ensureTheme();
                m_icon = QIcon::fromTheme(m_name);
            }
            m_resolved = true;
        }
        return m_icon;
    }

    QString m_name;
    std::function<QIcon()> m_make;
    QIcon m_icon;
    bool m_resolved = false;
};

} // namespace

QIcon get(const char *name)
{
    return QIcon(new LazyIconEngine(QString::fromLatin1(name), {}));
}

QIcon standard(QStyle::StandardPixmap which)
{
    return QIcon(new LazyIconEngine(QString(), [which] {
        return QApplication::style()->standardIcon(which);
    }));
}

} // namespace maillage::icons
