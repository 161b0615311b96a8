#pragma once

#include <QMenu>

namespace shelf {

/// File > Open Recent: the last projects opened, newest first, kept in QSettings
/// ("recentProjects"); entries whose file is gone are left out.
class RecentProjectsMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 10;

    explicit RecentProjectsMenu(QWidget* parent = nullptr);
    /// Puts `path` first (after a successful open).
    void add(const QString& path);
    QStringList entries() const;

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void rebuild();
};

} // namespace shelf
