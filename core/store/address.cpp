#include "core/store/address.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace maillage {

namespace {

/// The libpq connection parameters an address may carry besides the territory (libpq's
/// "Parameter Key Words"; host, port, user, password and dbname are the URI's own parts).
const QSet<QString> &knownOptions()
{
    static const QSet<QString> names{
        QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),         QStringLiteral("sslcompression"),
        QStringLiteral("sslpassword"),    QStringLiteral("sslsni"),
        QStringLiteral("requirepeer"),    QStringLiteral("channel_binding"),
        QStringLiteral("gssencmode"),     QStringLiteral("krbsrvname"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("keepalives"),     QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"), QStringLiteral("passfile"),
        QStringLiteral("service"),        QStringLiteral("target_session_attrs"),
        QStringLiteral("hostaddr"),       QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("ssl_max_protocol_version"),
    };
    return names;
}

} // namespace

bool SharedAddress::looksLikeAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<SharedAddress> SharedAddress::parse(const QString &text, QString *error)
{
    auto bad = [&](const QString &why) -> std::optional<SharedAddress> {
        if (error)
            *error = tr("“%1” is not a shared territory address: %2").arg(text, why);
        return std::nullopt;
    };
    if (!looksLikeAddress(text))
        return bad(tr("it must start with postgresql://"));
    // libpq accepts several hosts separated by commas (host1:5432,host2/db); Maillage
    // connects to one server.
    const int authorityEnd = text.indexOf(QLatin1Char('/'), text.indexOf(QLatin1String("//")) + 2);
    const QString authority = text.mid(text.indexOf(QLatin1String("//")) + 2,
                                       authorityEnd < 0 ? -1 : authorityEnd - text.indexOf(QLatin1String("//")) - 2);
    if (authority.contains(QLatin1Char(',')))
        return bad(tr("it names several servers; give one"));
    // libpq writes a socket folder as a percent-encoded host (%2Fvar%2Frun%2Fpostgresql),
    // which QUrl refuses: it is read here and stands as "localhost" for QUrl.
    QString urlText = text;
    QString socketFolder;
    {
        const int at = authority.lastIndexOf(QLatin1Char('@'));
        const QString hostPort = authority.mid(at + 1);
        if (hostPort.startsWith(QLatin1String("%2F"), Qt::CaseInsensitive)) {
            const int colon = hostPort.indexOf(QLatin1Char(':'));
            const QString encoded = hostPort.left(colon < 0 ? hostPort.size() : colon);
            socketFolder = QUrl::fromPercentEncoding(encoded.toUtf8());
            const int start = text.indexOf(QLatin1String("//")) + 2 + at + 1;
            urlText = text.left(start) + QStringLiteral("localhost") + text.mid(start + encoded.size());
        }
    }
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid())
        return bad(tr("it is not a valid URI"));
    SharedAddress a;
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.host = socketFolder.isEmpty() ? url.host(QUrl::FullyDecoded) : socketFolder;
    a.port = url.port(-1);
    if (authority.endsWith(QLatin1Char(':')))
        return bad(tr("the port is missing after “:”"));
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return bad(tr("the database name “%1” contains “/”").arg(path));
    a.database = path;
    const QUrlQuery query(url);
    QSet<QString> seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            return bad(tr("the parameter “%1” is given twice").arg(key));
        seen.insert(key);
        if (key == QLatin1String("territory")) {
            a.territory = value;
        } else if (key == QLatin1String("host") || key == QLatin1String("port") ||
                   key == QLatin1String("user") || key == QLatin1String("password") ||
                   key == QLatin1String("dbname")) {
            // libpq lets the query repeat the URI's parts; one place is clearer.
            if (key == QLatin1String("host"))
                a.host = value;
            else if (key == QLatin1String("user"))
                a.user = value;
            else if (key == QLatin1String("password"))
                a.password = value;
            else if (key == QLatin1String("dbname"))
                a.database = value;
            else {
                bool ok = false;
                a.port = value.toInt(&ok);
                if (!ok || a.port <= 0 || a.port > 65535)
                    return bad(tr("the port “%1” is not a number from 1 to 65535").arg(value));
            }
        } else if (knownOptions().contains(key)) {
            a.options.insert(key, value);
        } else {
            return bad(tr("“%1” is not a PostgreSQL connection parameter").arg(key));
        }
    }
    if (a.port == 0 || a.port > 65535)
        return bad(tr("the port is not a number from 1 to 65535"));
    if (a.territory.isEmpty())
        return bad(tr("it names no territory (add ?territory=NAME)"));
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!name.match(a.territory).hasMatch())
        return bad(tr("the territory “%1” must be lower-case letters a–z, digits and _, starting "
                      "with a letter")
                       .arg(a.territory));
    if (a.territory.size() > kMaxTerritoryLength)
        return bad(tr("the territory “%1” is longer than %2 characters")
                       .arg(a.territory)
                       .arg(kMaxTerritoryLength));
    return a;
}

QString SharedAddress::display() const
{
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (host.contains(QLatin1Char(':')))
        out += QLatin1Char('[') + host + QLatin1Char(']');
    else
        out += QString::fromUtf8(QUrl::toPercentEncoding(host));
    if (port > 0)
        out += QLatin1Char(':') + QString::number(port);
    out += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    out += QStringLiteral("?territory=") + territory;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        out += QLatin1Char('&') + it.key() + QLatin1Char('=') +
               QString::fromUtf8(QUrl::toPercentEncoding(it.value()));
    return out;
}

} // namespace maillage
