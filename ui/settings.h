#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace maillage {

/// The GUI's settings, one typed accessor per key with its default. Tests point QSettings at
/// a temporary folder (QSettings::setPath) before creating windows.
class Settings
{
public:
    QStringList recentFiles() const { return m_s.value(QStringLiteral("recentFiles")).toStringList(); }
    void setRecentFiles(const QStringList &files) { m_s.setValue(QStringLiteral("recentFiles"), files); }
    /// "" follows the system locale; otherwise "en" or "fr".
    QString language() const { return m_s.value(QStringLiteral("language")).toString(); }
    void setLanguage(const QString &language) { m_s.setValue(QStringLiteral("language"), language); }
    /// The name Edit › History shows beside this computer's own edits of a file ("": the
    /// system user's name). On a shared territory the server role is shown instead.
    QString userName() const { return m_s.value(QStringLiteral("userName")).toString(); }
    void setUserName(const QString &name) { m_s.setValue(QStringLiteral("userName"), name); }
    QByteArray windowGeometry() const { return m_s.value(QStringLiteral("window/geometry")).toByteArray(); }
    void setWindowGeometry(const QByteArray &g) { m_s.setValue(QStringLiteral("window/geometry"), g); }
    QByteArray windowState() const { return m_s.value(QStringLiteral("window/state")).toByteArray(); }
    void setWindowState(const QByteArray &s) { m_s.setValue(QStringLiteral("window/state"), s); }

    /// The territory view's tile server: an URL template with {z}, {x} and {y}.
    QString tileUrl() const
    {
        return m_s.value(QStringLiteral("territory/tileUrl"),
                         QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toString();
    }
    void setTileUrl(const QString &url) { m_s.setValue(QStringLiteral("territory/tileUrl"), url); }
    /// The territory view's background: 0 map tiles, 1 commune outlines, 2 none.
    int territoryBackground() const { return m_s.value(QStringLiteral("territory/background"), 0).toInt(); }
    void setTerritoryBackground(int b) { m_s.setValue(QStringLiteral("territory/background"), b); }

private:
    QSettings m_s;
};

} // namespace maillage
