#pragma once

#include <spdlog/logger.h>

#include <memory>

namespace shelf::merge {

/// The "merge" spdlog logger: the one already registered under that name (the application may
/// configure it), else a stderr logger made on first use. Thread-safe.
std::shared_ptr<spdlog::logger> logger();

} // namespace shelf::merge
