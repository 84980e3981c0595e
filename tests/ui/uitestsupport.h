#pragma once

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

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

} // namespace maillage::test
