#include "merge_logger.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace shelf::merge {

std::shared_ptr<spdlog::logger> logger()
{
    // spdlog's registry refuses a second logger of one name, so look-up and creation are one
    // critical section; the logger is not cached so that a later spdlog::drop() is honoured.
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (auto existing = spdlog::get("merge"))
        return existing;
    return spdlog::stderr_color_mt("merge");
}

} // namespace shelf::merge
