#pragma once

// Boxes for tests of the workspace's warnings: one image, given ids.

#include "annotation.h"

namespace shelf::test {

inline Annotation box(qint64 id, Box b, ReviewState state = ReviewState::Proposed)
{
    Annotation a;
    a.id = id;
    a.imageId = 1;
    a.box = b;
    a.state = state;
    return a;
}

} // namespace shelf::test
