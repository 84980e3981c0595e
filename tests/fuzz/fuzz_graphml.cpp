// libFuzzer target: the GRAPHML reader (QXmlStreamReader; DTDs and entities refused). Any input
// must give a graph or a located error, never a crash or a sanitizer report.
#include "fuzz_file.h"
#include "core/io/import_model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace maillage::io::detail;
    const QString path = maillage::fuzz::inputFile(data, size, "graphml");
    SourceGraph graph;
    QString error;
    const bool ok = readGraphml(path, graph, &error);
    if (!ok && error.isEmpty())
        __builtin_trap();  // every failure says why
    return 0;
}
