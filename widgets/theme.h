#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

namespace shelf {

/// The application's colours: System, or a Fusion palette in Light or Dark.
///
/// Qt 6.4 has no QStyleHints::colorScheme (6.5+), so System leaves the style and palette to the
/// platform (Qt follows its changes until a theme replaces them; going back to System within a
/// session restores what the platform gave at startup); whether that is dark is read from the
/// window colour's lightness. Light and Dark set the Fusion style with a fixed palette, the same
/// on every desktop.
///
/// The choice is kept in QSettings ("ui/theme"). Thread: the UI thread (it changes qApp).
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(shelf::Theme)
public:
    enum class Choice { System, Light, Dark };

    static Choice saved();
    static void save(Choice choice);
    /// Restyles the running QApplication. The first Light or Dark remembers the platform's style
    /// and palette (as properties of qApp), so that System can go back to them.
    static void apply(Choice choice);

    /// A palette is dark when its window colour's HSL lightness is below the middle.
    static bool isDark(const QPalette& palette);
    /// Whether the platform's own look (what System shows) is dark.
    static bool systemIsDark();
    static QPalette lightPalette();
    static QPalette darkPalette();

    /// "system", "light", "dark": what QSettings stores.
    static QString key(Choice choice);
    static std::optional<Choice> fromKey(const QString& key);
    /// For menus and the settings dialog; System says whether the platform's look is dark.
    static QString displayName(Choice choice);
};

} // namespace shelf
