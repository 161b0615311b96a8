#pragma once

namespace shelf::cli {

/// The process's peak resident memory so far in MiB (VmHWM of /proc/self/status), or -1 where
/// the system does not say.
double peakMemoryMiB();

} // namespace shelf::cli
