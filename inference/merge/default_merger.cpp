#include "default_merger.h"

namespace shelf::merge {

MergeResult runDefaultMerger(std::span<const Candidate>, ImageSize, const MergeOptions&)
{
    return {};
}

} // namespace shelf::merge
