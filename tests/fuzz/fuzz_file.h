#pragma once

// The XML and register readers take a path: each input is written to a file of this process.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace maillage::fuzz {

inline QString inputFile(const uint8_t *data, size_t size, const char *suffix)
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("maillage-fuzz-%1.%2")
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QLatin1String(suffix)));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace maillage::fuzz
