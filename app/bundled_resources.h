#pragma once

#include <QString>

namespace shelf {

/// Where the files that ship with ShelfLabel are found: beside an installed binary
/// (<prefix>/share/shelflabel), or in the source tree the binary was built from.
class BundledResources
{
public:
    /// The default detector (resources/models/shelflabel-default.pt), or an empty string when it
    /// is not there. SHELF_MODEL in the environment overrides it.
    static QString defaultModel();
    /// The bundled sample shelves (resources/samples).
    static QString samplesFolder();

private:
    static QString find(const QString& relative);
};

} // namespace shelf
