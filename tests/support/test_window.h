#pragma once

// The annotator's window on a project, as GUI tests open it.

#include "main_window.h"
#include "project_document.h"
#include "project_store.h"

#include <memory>

namespace shelf::test {

inline std::unique_ptr<MainWindow> openWindow(std::unique_ptr<ProjectStore> store, QSize size)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(size);
    window->setDocument(std::make_unique<ProjectDocument>(std::move(store)));
    return window;
}

} // namespace shelf::test
