#include "recent_projects_menu.h"

#include <QFileInfo>
#include <QSettings>

namespace shelf {

namespace {
const QString kKey = QStringLiteral("recentProjects");
}

RecentProjectsMenu::RecentProjectsMenu(QWidget* parent) : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentProjects"));
    connect(this, &QMenu::aboutToShow, this, &RecentProjectsMenu::rebuild);
    rebuild();
}

QStringList RecentProjectsMenu::entries() const
{
    QStringList out;
    for (const QString& path : QSettings().value(kKey).toStringList()) {
        if (QFileInfo::exists(path))
            out << path;
    }
    return out;
}

void RecentProjectsMenu::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(kKey, list.mid(0, kMaxEntries));
    rebuild();
}

void RecentProjectsMenu::rebuild()
{
    clear();
    const QStringList list = entries();
    for (int i = 0; i < list.size(); ++i) {
        QAction* action = addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(list[i]));
        connect(action, &QAction::triggered, this,
                [this, path = list[i]] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty())
        addAction(tr("No recent projects"))->setEnabled(false);
}

} // namespace shelf
