#include "core/util/memory.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace maillage::memory {

std::size_t prepareHeap()
{
#if defined(__GLIBC__)
    // 512 MB of address space is nothing on 64 bits, a quarter of it on 32.
    if (sizeof(void *) < 8 || qEnvironmentVariableIsSet("MAILLAGE_PLAIN_HEAP"))
        return 0;
    constexpr std::size_t kHugePage = std::size_t(2) << 20;
    constexpr std::size_t kReserve = std::size_t(512) << 20;
    // Images up to 32 MB from the heap, not from a mapping of their own each time.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    // Freed memory stays for reuse until the heap's free top passes 1 GB.
    mallopt(M_TRIM_THRESHOLD, int(2 * kReserve));
    // One block larger than the heap's free top makes it grow by the block plus the pad.
    mallopt(M_TOP_PAD, int(kReserve));
    auto *const before = static_cast<char *>(sbrk(0));
    void *volatile block = std::malloc(mallinfo2().keepcost + 4096);
    auto *const after = static_cast<char *>(sbrk(0));
    std::free(block);
    mallopt(M_TOP_PAD, 1 << 20);
    const auto start =
        (reinterpret_cast<std::uintptr_t>(before) + kHugePage - 1) & ~(kHugePage - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(after) & ~(kHugePage - 1);
    if (end <= start)
        return 0;  // the heap did not grow (the reservation was refused)
#if defined(MADV_HUGEPAGE)
    // Only a flag on the mapping: what the heap holds stays as it is.
    if (madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE) != 0)
        return 0;
    return end - start;
#else
    return 0;
#endif
#else
    return 0;
#endif
}

} // namespace maillage::memory
