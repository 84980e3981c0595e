#include "core/privacy/suppression.h"

#include "core/store/repositories.h"
#include "core/util/text.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace maillage::privacy {

namespace {

QByteArray digest(const QByteArray &salt, QLatin1String kind, const QString &value)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, salt);
    mac.addData(kind.data(), kind.size());
    mac.addData("\x1f", 1);
    mac.addData(value.toUtf8());
    return mac.result().toHex();
}

} // namespace

Suppression Suppression::load(const Store &store)
{
    Suppression s;
    const ErasedImports erased(store);
    s.m_digests = erased.digests();
    if (!s.m_digests.isEmpty())
        s.m_salt = erased.salt();
    return s;
}

bool Suppression::blocks(const QString &name, const QString &email, const QString &source,
                         const QString &key) const
{
    if (m_digests.isEmpty())
        return false;
    for (const QByteArray &d : digestsOf(m_salt, name, email, source, key))
        if (m_digests.contains(d))
            return true;
    return false;
}

QList<QByteArray> Suppression::digestsOf(const QByteArray &salt, const QString &name,
                                         const QString &email, const QString &source,
                                         const QString &key)
{
    QList<QByteArray> out;
    // Names and addresses as a person would write them again: case, accents and spacing
    // do not make another person.
    if (const QString n = text::fold(name); !n.isEmpty())
        out << digest(salt, QLatin1String("name"), n);
    if (const QString e = email.trimmed().toLower(); !e.isEmpty())
        out << digest(salt, QLatin1String("email"), e);
    if (!source.isEmpty() && !key.isEmpty())
        out << digest(salt, QLatin1String("node"), source + QChar(0x1f) + key);
    return out;
}

QByteArray Suppression::newSalt()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return bytes.toHex();
}

} // namespace maillage::privacy
