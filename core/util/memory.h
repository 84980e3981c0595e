#pragma once

#include <cstddef>

namespace maillage::memory {

/// Prepares this process's heap for the large territories Maillage opens; called first thing
/// by main() in the window, the command line and the benchmark program.
///
/// Opening 10 000 actors makes some 100 000 small objects and a few images of several
/// megabytes. The kernel hands fresh memory over page by page, and each first touch of a
/// 4 KB page traps into it: that trap was about half of opening 10 000 actors on a virtual
/// machine. So the heap reserves 512 MB of address space at once (no memory is used until it
/// is touched) and asks for it to be backed by 2 MB pages where the kernel offers them on
/// request (transparent huge pages in "madvise" or "always" mode), 512 times fewer traps.
/// Blocks up to 32 MB (the map's frames) come from that heap too, and freed memory stays in
/// it for reuse (up to 1 GB) instead of being handed back and trapped in again.
///
/// Where memory is short and fragmented, the kernel may pause at a first touch to gather a
/// 2 MB page (its "defrag" setting for advised memory); MAILLAGE_PLAIN_HEAP=1 avoids that.
///
/// Returns the bytes advised for huge pages, 0 when nothing was done: another C library than
/// glibc, a reservation refused (strict overcommit), or MAILLAGE_PLAIN_HEAP set (to compare).
std::size_t prepareHeap();

} // namespace maillage::memory
