#include "ui/shared/passwordkeeper.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace maillage {

namespace {

const QString kService = QStringLiteral("Maillage");

/// Runs a keychain job to its end (they answer within a D-Bus round trip; 10 s at most).
void finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

std::optional<QString> PasswordKeeper::read(const QString &key)
{
    if (!m_available)
        return std::nullopt;
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    finish(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (job.error() != QKeychain::EntryNotFound) {
        m_available = false;
        m_why = job.errorString();
    }
    return std::nullopt;
}

bool PasswordKeeper::write(const QString &key, const QString &password)
{
    if (!m_available)
        return false;
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    finish(job);
    if (job.error() == QKeychain::NoError)
        return true;
    m_available = false;
    m_why = job.errorString();
    return false;
}

void PasswordKeeper::forget(const QString &key)
{
    if (!m_available)
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    finish(job);
}

QString PasswordKeeper::unavailableNote()
{
    if (m_available || std::exchange(m_noted, true))
        return {};
    return tr("The system keyring cannot be reached (%1): passwords will be asked each time, "
              "or read from libpq's password file (~/.pgpass).")
        .arg(m_why.isEmpty() ? tr("no keyring service") : m_why);
}

} // namespace maillage
