#include "core/util/arguments.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <climits>
#include <cstdlib>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace maillage::util {

QStringList fileSafeArguments(int argc, char **argv)
{
    QStringList out;
    static std::unique_ptr<QTemporaryDir> links;
    for (int i = 0; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8(raw);
        struct stat st;
        char resolved[PATH_MAX];
        if (!utf8.hasError() || ::stat(raw.constData(), &st) != 0 ||
            ::realpath(raw.constData(), resolved) == nullptr) {
            out << decoded;
            continue;
        }
        if (!links) {
            links = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                    QStringLiteral("/maillage-names-XXXXXX"));
            if (!links->isValid()) {
                out << decoded;
                continue;
            }
        }
        // One folder per argument, so two such files with the same shown name do not clash.
        const QString folder = links->path() + QLatin1Char('/') + QString::number(i);
        QDir().mkpath(folder);
        QString name = decoded.section(QLatin1Char('/'), -1);
        if (name.isEmpty())
            name = QStringLiteral("file");
        const QString link = folder + QLatin1Char('/') + name;
        if (::symlink(resolved, QFile::encodeName(link).constData()) != 0) {
            out << decoded;
            continue;
        }
        out << link;
    }
    return out;
}

} // namespace maillage::util
