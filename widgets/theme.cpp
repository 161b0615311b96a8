#include "theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace shelf {
namespace {
const QString kThemeKey = QStringLiteral("ui/theme");
// Where the platform's own look is kept once a theme replaced it (properties of qApp, so that
// nothing global outlives the application).
const char* const kSystemStyle = "shelf_system_style";
const char* const kSystemPalette = "shelf_system_palette";
const QString kFusion = QStringLiteral("Fusion");

void rememberSystemLook()
{
    if (qApp->property(kSystemStyle).isValid())
        return;
    qApp->setProperty(kSystemStyle, QApplication::style()->name());
    qApp->setProperty(kSystemPalette, QVariant::fromValue(QApplication::palette()));
}
} // namespace

Theme::Choice Theme::saved()
{
    return fromKey(QSettings().value(kThemeKey).toString()).value_or(Choice::System);
}

void Theme::save(Choice choice)
{
    QSettings().setValue(kThemeKey, key(choice));
}

void Theme::apply(Choice choice)
{
    if (choice == Choice::System) {
        // Nothing replaced the platform's look yet: leave it alone, so Qt keeps following it.
        if (!qApp->property(kSystemStyle).isValid())
            return;
        const QString style = qApp->property(kSystemStyle).toString();
        if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(style);
        QApplication::setPalette(qApp->property(kSystemPalette).value<QPalette>());
        return;
    }
    rememberSystemLook();
    if (QApplication::style()->name().compare(kFusion, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(kFusion);
    QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

bool Theme::systemIsDark()
{
    const QVariant remembered = qApp->property(kSystemPalette);
    return isDark(remembered.isValid() ? remembered.value<QPalette>() : QApplication::palette());
}

QPalette Theme::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    return fusion ? fusion->standardPalette() : QPalette(QColor(239, 239, 239));
}

QPalette Theme::darkPalette()
{
    // Greys far enough apart that frames, fields and buttons stay distinct; Dark (the canvas
    // around the image) darkest, so that the box colours of box_style.cpp keep their contrast.
    const QColor window(45, 45, 48), text(222, 222, 222), disabledText(128, 128, 128);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 59));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(80, 80, 85));
    p.setColor(QPalette::Midlight, QColor(65, 65, 70));
    p.setColor(QPalette::Mid, QColor(38, 38, 41));
    p.setColor(QPalette::Dark, QColor(22, 22, 24));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, QColor(90, 165, 255));
    p.setColor(QPalette::LinkVisited, QColor(180, 130, 255));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}

QString Theme::key(Choice choice)
{
    switch (choice) {
    case Choice::System:
        break;
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<Theme::Choice> Theme::fromKey(const QString& key)
{
    for (Choice c : {Choice::System, Choice::Light, Choice::Dark}) {
        if (key == Theme::key(c))
            return c;
    }
    return std::nullopt;
}

QString Theme::displayName(Choice choice)
{
    switch (choice) {
    case Choice::System:
        break;
    case Choice::Light:
        return tr("Light");
    case Choice::Dark:
        return tr("Dark");
    }
    return systemIsDark() ? tr("System (dark)") : tr("System (light)");
}

} // namespace shelf
