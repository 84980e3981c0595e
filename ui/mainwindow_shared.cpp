// The main window on a shared territory (docs/shared-territories.md, "In the window"): File
// > Open Shared Territory…, Publish…, Download a Copy…, Members…; the password prompt and the
// keyring; following the others' edits (status bar); the address, level and encryption in
// the title and status bar; the banner and read-only state while the server is out of reach.

#include "ui/mainwindow.h"

#include "core/document/document.h"
#include "core/store/serversession.h"
#include "ui/settings.h"
#include "ui/shared/passwordkeeper.h"
#include "ui/shared/shareddialogs.h"
#include "ui/shared/sharedstatus.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

#include <atomic>

namespace maillage {

#define K(x) QStringLiteral(x)

PasswordKeeper &MainWindow::passwords()
{
    if (!m_passwords)
        m_passwords = std::make_unique<PasswordKeeper>();
    return *m_passwords;
}

bool MainWindow::askPassword(SharedAddress &address, const QString &why)
{
    const QString key = postgres::passwordKey(address);
    const QString note = passwords().unavailableNote();
    QString reason = why.simplified();
    if (!note.isEmpty()) {
        // Said once, in the status bar too.
        statusBar()->showMessage(note, 10000);
        reason = reason.isEmpty() ? note : reason + QLatin1Char(' ') + note;
    }
    bool remember = false;
    std::optional<QString> password;
    if (passwordPrompt) {
        password = passwordPrompt(address.display(), reason, &remember);
    } else {
        PasswordDialog dialog(address.display(), reason, passwords().available(), this);
        if (dialog.exec() == QDialog::Accepted) {
            password = dialog.password();
            remember = dialog.remember();
        }
    }
    if (!password)
        return false;
    address.password = *password;
    m_rememberPassword = remember ? key : QString();
    return true;
}

bool MainWindow::openShared(const QString &text)
{
    QString error;
    auto address = SharedAddress::parse(text.trimmed(), &error);
    if (!address) {
        showError(tr("Cannot open the shared territory"), error);
        return false;
    }
    const QString key = postgres::passwordKey(*address);
    bool fromKeyring = false;
    if (address->password.isEmpty())
        if (const auto kept = passwords().read(key)) {
            address->password = *kept;
            fromKeyring = true;
        }
    m_rememberPassword.clear();
    for (int attempt = 0; attempt < 4; ++attempt) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool opened = m_doc->open(postgres::connectionText(*address),
                                        Store::Access::ReadWrite, &error);
        QApplication::restoreOverrideCursor();
        if (opened) {
            if (!m_rememberPassword.isEmpty() && !passwords().write(key, address->password)) {
                const QString note = passwords().unavailableNote();
                if (!note.isEmpty())
                    statusBar()->showMessage(note, 10000);
            }
            m_rememberPassword.clear();
            return true;
        }
        if (!postgres::asksForPassword(error))
            break;
        if (fromKeyring) {
            passwords().forget(key);  // no longer the right one
            fromKeyring = false;
        }
        if (!askPassword(*address, attempt == 0 && address->password.isEmpty()
                                       ? QString()
                                       : tr("The server refused that password.")))
            return false;
    }
    showError(tr("Cannot open the shared territory"), error);
    return false;
}

void MainWindow::openSharedDialog()
{
    QString initial;
    for (const QString &recent : recentFiles())
        if (SharedAddress::looksLikeAddress(recent)) {
            initial = recent;
            break;
        }
    SharedAddressDialog dialog(SharedAddressDialog::Purpose::Open, initial, this);
    dialog.setPasswordSource([this](SharedAddress &a, const QString &why) { return askPassword(a, why); });
    if (dialog.exec() == QDialog::Accepted)
        openShared(dialog.address());
}

namespace {

/// Runs `job` on a thread of its own behind a progress dialog with Cancel; Cancel stops the
/// job's statements on the server (postgres::cancelSessions, by its application name), which
/// rolls its transaction back. True when the job succeeded.
bool runServerJob(QWidget *parent, const QString &title, const QString &label,
                  const SharedAddress &address, const QString &applicationName,
                  const std::function<bool(QString *)> &job, QString *error, bool *cancelled)
{
    QProgressDialog progress(label, QCoreApplication::translate("maillage::MainWindow", "Cancel"),
                             0, 0, parent);
    progress.setObjectName(K("serverJobProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // Shown only when the job lasts (a busy bar: the server does not say how far it is).
    QTimer::singleShot(300, &progress, [&progress] { progress.show(); });
    std::atomic<bool> ok{false};
    QString why;
    QThread *thread = QThread::create([&] { ok = job(&why); });
    *cancelled = false;
    // The server stops a statement, not a session: a cancel that falls between two statements
    // (or before the session connected) stops nothing, so it is asked again until the job ends.
    QTimer again;
    again.setInterval(100);
    QObject::connect(&again, &QTimer::timeout, parent, [&] {
        QString ignored;
        postgres::cancelSessions(address, applicationName, &ignored);
    });
    const QMetaObject::Connection cancel = QObject::connect(&progress, &QProgressDialog::canceled, parent, [&] {
        *cancelled = true;
        progress.setLabelText(QCoreApplication::translate("maillage::MainWindow", "Cancelling…"));
        QString ignored;
        postgres::cancelSessions(address, applicationName, &ignored);
        again.start();
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    // Closing a progress dialog emits canceled(): the job is over, nothing to cancel.
    QObject::disconnect(cancel);
    again.stop();
    progress.hide();
    if (!ok && error)
        *error = why;
    return ok;
}

} // namespace

bool MainWindow::publishTo(const QString &text)
{
    QString error;
    auto address = SharedAddress::parse(text.trimmed(), &error);
    if (!address || !m_doc->isOpen() || m_doc->store().isShared()) {
        showError(tr("Cannot publish"), address ? tr("Open a territory file first.") : error);
        return false;
    }
    // The job reads a consistent copy on its own thread: the open file stays locked by this
    // window, and its connection belongs to this thread.
    const QString copy = QDir(QDir::tempPath())
                             .filePath(K("maillage-publish-%1.maillage")
                                           .arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (!m_doc->store().saveCopy(copy, &error)) {
        showError(tr("Cannot publish"), error);
        return false;
    }
    const QString application = K("maillage-publish-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    SharedAddress target = *address;
    for (int attempt = 0; attempt < 3; ++attempt) {
        target.options.insert(K("application_name"), application);
        bool cancelled = false;
        const bool ok = runServerJob(
            this, tr("Publish"), tr("Publishing “%1” to %2…").arg(m_doc->territory().name, address->display()),
            target, application,
            [copy, target](QString *why) {
                Store file;
                if (!file.open(copy, Store::Access::ReadOnly, why))
                    return false;
                return postgres::publish(file, target, why);
            },
            &error, &cancelled);
        if (ok) {
            QFile::remove(copy);
            target.options.remove(K("application_name"));
            if (address->options.contains(K("application_name")))
                target.options.insert(K("application_name"), address->options.value(K("application_name")));
            rememberRecent(target.display());
            statusBar()->showMessage(tr("Published to %1: open it with File › Open Shared Territory.")
                                         .arg(target.display()),
                                     10000);
            return true;
        }
        if (cancelled) {
            QFile::remove(copy);
            statusBar()->showMessage(tr("Publishing cancelled: nothing was left on the server."), 8000);
            return false;
        }
        if (!postgres::asksForPassword(error) || !askPassword(target, QString()))
            break;
    }
    QFile::remove(copy);
    showError(tr("Cannot publish"), error);
    return false;
}

void MainWindow::publishDialog()
{
    QString initial;
    for (const QString &recent : recentFiles())
        if (const auto a = SharedAddress::parse(recent)) {
            initial = a->display().section(QLatin1Char('?'), 0, 0) + K("?territory=");
            break;
        }
    SharedAddressDialog dialog(SharedAddressDialog::Purpose::Publish, initial, this);
    dialog.setPasswordSource([this](SharedAddress &a, const QString &why) { return askPassword(a, why); });
    if (dialog.exec() == QDialog::Accepted)
        publishTo(dialog.address());
}

bool MainWindow::downloadTo(const QString &path, const QString &text)
{
    QString error;
    std::optional<SharedAddress> address;
    if (text.isEmpty() && m_doc->store().isShared())
        address = m_doc->store().sharedAddress();
    else
        address = SharedAddress::parse(text.trimmed(), &error);
    if (!address) {
        showError(tr("Cannot download a copy"), error);
        return false;
    }
    const QString application = K("maillage-download-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    SharedAddress source = *address;
    source.options.insert(K("application_name"), application);
    bool cancelled = false;
    const QString sourceText = postgres::connectionText(source);
    const bool ok = runServerJob(
        this, tr("Download a Copy"), tr("Downloading %1…").arg(address->display()), source,
        application,
        [sourceText, path](QString *why) {
            Store shared;
            if (!shared.open(sourceText, Store::Access::ReadOnly, why))
                return false;
            return postgres::download(shared, path, why);
        },
        &error, &cancelled);
    if (ok) {
        statusBar()->showMessage(tr("Copy written to %1").arg(QFileInfo(path).fileName()), 8000);
        return true;
    }
    if (cancelled)
        statusBar()->showMessage(tr("Download cancelled: no file was written."), 8000);
    else
        showError(tr("Cannot download a copy"), error);
    return false;
}

void MainWindow::downloadDialog()
{
    QString text;
    if (!m_doc->store().isShared()) {
        SharedAddressDialog dialog(SharedAddressDialog::Purpose::Download, QString(), this);
        dialog.setPasswordSource([this](SharedAddress &a, const QString &why) { return askPassword(a, why); });
        if (dialog.exec() != QDialog::Accepted)
            return;
        text = dialog.address();
    }
    const auto address = text.isEmpty() ? m_doc->store().sharedAddress() : SharedAddress::parse(text);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Download a Copy"),
        QDir(QFileInfo(recentFiles().value(0)).absolutePath())
            .filePath((address ? address->territory : K("territory")) + K(".maillage")),
        tr("Maillage territories (*.maillage)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".maillage")))
        path += K(".maillage");
    downloadTo(path, text);
}

MembersDialog *MainWindow::membersDialog(bool show)
{
    if (!m_doc->store().isShared())
        return nullptr;
    auto *dialog = new MembersDialog(*m_doc->store().sharedAddress(),
                                     m_level == postgres::Level::Owner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (show)
        dialog->open();
    return dialog;
}

void MainWindow::sharedOpened()
{
    m_level.reset();
    m_encrypted.reset();
    if (!m_doc->store().isShared()) {
        updateSharedStatus();
        return;
    }
    QString error;
    m_level = postgres::levelOf(m_doc->store(), &error);
    m_encrypted = postgres::connectionEncrypted(m_doc->store(), &error);
    if (!m_doc->isReconnecting() && !m_doc->followOthers(&error))
        statusBar()->showMessage(error, 10000);
    updateSharedStatus();
}

void MainWindow::othersEdited(const QString &author, const ChangeSet &changes)
{
    const QString line = describeOthersEdit(*m_doc, author, changes);
    m_lastOthersEdit = line;
    statusBar()->showMessage(line, 8000);
}

void MainWindow::connectionChanged(bool online)
{
    if (!online) {
        m_connectionBanner->setText(
            tr("The connection to the server was lost at %1. The territory is read-only until it "
               "is back; Maillage reconnects by itself.")
                .arg(QTime::currentTime().toString(K("HH:mm"))));
        statusBar()->showMessage(tr("Connection lost: read-only, reconnecting…"));
    } else {
        statusBar()->showMessage(tr("Connected again: the territory was read again."), 8000);
    }
    m_connectionBanner->setVisible(!online);
    updateSharedStatus();
    updateTitle();
    updateActions();
}

void MainWindow::updateSharedStatus()
{
    const bool shared = m_doc->store().isShared();
    m_sharedStatus->setVisible(shared);
    if (!shared) {
        m_connectionBanner->hide();
        return;
    }
    QStringList parts{m_doc->path()};
    if (m_level)
        parts << levelText(*m_level);
    if (!m_doc->isOnline())
        parts << tr("offline");
    else if (m_encrypted)
        parts << (*m_encrypted ? tr("encrypted") : tr("not encrypted"));
    m_sharedStatus->setText(parts.join(K(" · ")));
    m_sharedStatus->setToolTip(m_encrypted && !*m_encrypted
                                   ? tr("The connection to the server is not encrypted (TLS): "
                                        "set sslmode=require or verify-full in the address.")
                                   : QString());
}

} // namespace maillage
