#pragma once

#include <spdlog/logger.h>

#include <memory>

namespace shelf {

/// The spdlog logger of one module ("core", "imaging", "inference", "ui", "app", ...), made on
/// first use and shared afterwards. Thread-safe.
std::shared_ptr<spdlog::logger> moduleLogger(const char* module);

} // namespace shelf
