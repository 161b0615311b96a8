#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace shelf {

/// The keyboard help and editor: every command of the window with its shortcut, editable. Changes
/// are kept in QSettings ("shortcuts/<action objectName>") and applied to the actions; Reset
/// restores the defaults. Keys the canvas reads itself (Space, Tab, arrows) are listed, not edited.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    /// Applies shortcuts saved in QSettings to `actions` (at startup); remembers the defaults.
    static void applySaved(const QList<QAction*>& actions);

private:
    void fill();
    void save();

    QList<QAction*> m_actions;
    QTableWidget* m_table;
};

} // namespace shelf
