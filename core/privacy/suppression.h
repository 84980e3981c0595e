#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace maillage {

class Store;

namespace privacy {

/// What a territory remembers of the persons erased from it, so that importing the same file
/// again does not bring them back: for each erased person, keyed digests (HMAC-SHA-256 under
/// a random secret of the file) of their name, of their e-mail address and of their identity
/// in an imported graph file (file name and node id). A digest names nobody by itself; it only
/// tells whether a row about to be imported is about someone erased.
class Suppression
{
public:
    /// The territory's digests (none when nothing was ever erased).
    static Suppression load(const Store &store);

    bool isEmpty() const { return m_digests.isEmpty(); }
    /// Whether a row with this name, e-mail and graph identity is about an erased person.
    bool blocks(const QString &name, const QString &email, const QString &source,
                const QString &key) const;

    /// The digests that describe a person (those of the non-empty parts), under `salt`.
    static QList<QByteArray> digestsOf(const QByteArray &salt, const QString &name,
                                       const QString &email, const QString &source,
                                       const QString &key);
    /// A new random secret, as text (64 hexadecimal digits).
    static QByteArray newSalt();

private:
    QByteArray m_salt;
    QSet<QByteArray> m_digests;
};

} // namespace privacy
} // namespace maillage
