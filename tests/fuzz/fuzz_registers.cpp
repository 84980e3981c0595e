// libFuzzer target: the public register readers (RNE, SIRENE, RNA). The first byte picks the
// register; the rest is the file. Any input must give records or a located error.
#include "fuzz_file.h"
#include "core/io/registers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace maillage::io;
    if (size < 1)
        return 0;
    RegisterOptions options;
    options.format = RegisterFormat(data[0] % 3);
    if (data[0] & 4 || options.format != RegisterFormat::Rne)
        options.communes = {QStringLiteral("88304")};
    const QString path = maillage::fuzz::inputFile(data + 1, size - 1, "csv");
    ImportSources sources;
    RegisterStats stats;
    QString error;
    const bool ok = readRegisterFiles({path}, options, &sources, &stats, &error);
    if (!ok && error.isEmpty())
        __builtin_trap();
    if (ok && stats.kept > stats.rows)
        __builtin_trap();
    return 0;
}
