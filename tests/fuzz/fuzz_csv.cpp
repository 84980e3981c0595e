// libFuzzer target: the streaming CSV reader (separator and encoding detection, quotes, line
// breaks, field limits). Any input must end in records or a located error, never a crash.
#include "core/io/csv.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace maillage::io;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks options, so the fuzzer explores them too.
    const unsigned char mode = size > 0 ? data[0] : 0;
    CsvOptions options;
    options.encoding = (mode & 3) == 1   ? CsvEncoding::Utf8
                       : (mode & 3) == 2 ? CsvEncoding::Windows1252
                                         : CsvEncoding::Auto;
    options.requireHeaderWidth = (mode & 4) == 0;
    options.maxFieldBytes = (mode & 8) ? 64 : (1 << 20);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("fuzz.csv"), options);
    if (reader.readHeader()) {
        QStringList fields;
        qint64 lastLine = 0;
        while (reader.next(fields)) {
            // Lines only move forward and progress stays within the input.
            if (reader.line() < lastLine || reader.bytesRead() > qint64(size))
                __builtin_trap();
            lastLine = reader.line();
        }
    }
    if (reader.hasError() && !reader.error().startsWith(QLatin1String("fuzz.csv")))
        __builtin_trap();
    (void)isValidUtf8(bytes.constData(), bytes.size(), mode & 16);
    (void)fromWindows1252(bytes.constData(), bytes.size());
    (void)columnKey(QString::fromUtf8(bytes.left(256)));
    return 0;
}
