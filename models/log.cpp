#include "log.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace shelf {

std::shared_ptr<spdlog::logger> moduleLogger(const char* module)
{
    // spdlog's registry refuses a second logger of the same name, so creation is serialised.
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (auto existing = spdlog::get(module))
        return existing;
    auto logger = spdlog::stderr_color_mt(module);
    return logger;
}

} // namespace shelf
