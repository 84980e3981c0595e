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
    QByteArray windowGeometry() const { return m_s.value(QStringLiteral("window/geometry")).toByteArray(); }
    void setWindowGeometry(const QByteArray &g) { m_s.setValue(QStringLiteral("window/geometry"), g); }
    QByteArray windowState() const { return m_s.value(QStringLiteral("window/state")).toByteArray(); }
    void setWindowState(const QByteArray &s) { m_s.setValue(QStringLiteral("window/state"), s); }

private:
    QSettings m_s;
};

} // namespace maillage
