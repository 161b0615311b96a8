#pragma once

class QCoreApplication;

namespace shelf {

/// Loads the translation of the system locale (ShelfLabel's own and Qt's), if one ships.
/// SHELF_LANG (e.g. zh_CN) overrides the locale, for screenshots and tests.
void installTranslations(QCoreApplication& app);

} // namespace shelf
