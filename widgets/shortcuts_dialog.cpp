#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shelf {
namespace {

const char* const kDefault = "shelfDefaultShortcut";

QString settingsKey(const QAction* action)
{
    return QStringLiteral("shortcuts/") + action->objectName();
}

QString plainText(const QAction* action)
{
    QString text = action->text();
    return text.remove(QLatin1Char('&'));
}

} // namespace

void ShortcutsDialog::applySaved(const QList<QAction*>& actions)
{
    QSettings settings;
    for (QAction* action : actions) {
        if (action->objectName().isEmpty())
            continue;
        if (!action->property(kDefault).isValid())
            action->setProperty(kDefault, action->shortcut().toString(QKeySequence::PortableText));
        const QVariant saved = settings.value(settingsKey(action));
        if (saved.isValid())
            action->setShortcut(QKeySequence(saved.toString(), QKeySequence::PortableText));
    }
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    for (QAction* action : actions) {
        if (!action->objectName().isEmpty())
            m_actions << action;
    }
    applySaved(m_actions); // records the defaults of actions not yet seen
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Click a shortcut to change it. Space (accept, or hold to pan), Tab / Shift+Tab (next "
           "/ previous box to review), the arrows (nudge by 1 px, with Shift by 10 px) and Esc "
           "work on the canvas and are fixed."),
        this));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* reset = buttons->addButton(tr("Reset to Defaults"), QDialogButtonBox::ResetRole);
    connect(reset, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_actions.size(); ++row) {
            auto* edit = static_cast<QKeySequenceEdit*>(m_table->cellWidget(row, 1));
            edit->setKeySequence(QKeySequence(m_actions[row]->property(kDefault).toString(),
                                              QKeySequence::PortableText));
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fill();
    resize(560, 600);
}

void ShortcutsDialog::fill()
{
    m_table->setRowCount(int(m_actions.size()));
    for (int row = 0; row < m_actions.size(); ++row) {
        auto* name = new QTableWidgetItem(plainText(m_actions[row]));
        name->setFlags(Qt::ItemIsEnabled);
        if (m_actions[row]->shortcut().isEmpty() && !m_actions[row]->toolTip().isEmpty())
            name->setText(name->text() + QStringLiteral("  (") + m_actions[row]->toolTip() +
                          QLatin1Char(')'));
        m_table->setItem(row, 0, name);
        auto* edit = new QKeySequenceEdit(m_actions[row]->shortcut(), m_table);
        edit->setObjectName(m_actions[row]->objectName());
        m_table->setCellWidget(row, 1, edit);
    }
}

void ShortcutsDialog::save()
{
    QSettings settings;
    for (int row = 0; row < m_actions.size(); ++row) {
        const auto* edit = static_cast<QKeySequenceEdit*>(m_table->cellWidget(row, 1));
        QAction* action = m_actions[row];
        if (edit->keySequence() != action->shortcut())
            action->setShortcut(edit->keySequence()); // drops alternates only when changed
        const QString text = edit->keySequence().toString(QKeySequence::PortableText);
        if (text == action->property(kDefault).toString())
            settings.remove(settingsKey(action));
        else
            settings.setValue(settingsKey(action), text);
    }
}

} // namespace shelf
