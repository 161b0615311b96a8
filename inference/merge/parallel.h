#pragma once

#include <cstddef>
#include <functional>

namespace shelf::merge {

/// Worker threads to use for a request of `requested` (0 = hardware concurrency), at least 1.
int resolveThreads(int requested);

/// Calls body(i) for every i in [0, count) on up to `threads` threads (the caller's among them)
/// and returns when all are done. Items are handed out one at a time, so bodies must write only
/// to their own slot; then the result does not depend on the thread count. The first exception
/// a body throws is rethrown here after every thread has stopped.
void parallelFor(std::size_t count, int threads, const std::function<void(std::size_t)>& body);

} // namespace shelf::merge
