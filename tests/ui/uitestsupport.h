#pragma once

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace maillage::test {

/// Points QSettings at a temporary folder so tests never read or write the user's settings.
inline void isolateSettings()
{
    static QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("MaillageTests"));
    QCoreApplication::setApplicationName(QStringLiteral("Maillage"));
}

/// Runs `answer` on the next modal dialog that opens (polling until one does).
inline void whenModal(std::function<void(QWidget *)> answer, int triesLeft = 200)
{
    QTimer::singleShot(20, [answer, triesLeft] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal)
            answer(modal);
        else if (triesLeft > 0)
            whenModal(answer, triesLeft - 1);
    });
}

/// The window's action named NAME + "Action" (the object names the menus give them).
inline QAction *action(QObject &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name) + QLatin1String("Action"));
}

/// Saves a picture of `widget` to $MAILLAGE_SHOTS/NAME.png when that folder is given (the
/// screenshots a review of the docs looks at); nothing otherwise.
inline void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAILLAGE_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace maillage::test
