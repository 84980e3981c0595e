#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace maillage {

/// Passwords of shared territories' servers in the system keyring (Secret Service, KWallet…)
/// through QtKeychain, never in settings or files of Maillage's own (QtKeychain's plain-text
/// fallback stays off). Without a keyring (no D-Bus session, as in CI) every call fails
/// quietly and available() turns false: the window then asks for the password each time and
/// says so once (unavailableNote()).
class PasswordKeeper
{
    Q_DECLARE_TR_FUNCTIONS(maillage::PasswordKeeper)

public:
    /// The password kept under `key` (postgres::passwordKey()); nullopt when none is kept or
    /// the keyring cannot be reached.
    std::optional<QString> read(const QString &key);
    /// Keeps `password` under `key`; false (and available() false) when it cannot.
    bool write(const QString &key, const QString &password);
    /// Forgets the password kept under `key` (a wrong one).
    void forget(const QString &key);
    /// False once the keyring failed to answer in this session.
    bool available() const { return m_available; }
    /// Why passwords will be asked each time; empty after the first call (said once).
    QString unavailableNote();

private:
    bool m_available = true;
    bool m_noted = false;
    QString m_why;
};

} // namespace maillage
