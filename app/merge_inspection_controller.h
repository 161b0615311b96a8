#pragma once

#include "merge_inspection.h"

#include <QFutureWatcher>
#include <QObject>

namespace shelf {

class MainWindow;

/// Connects the window's EM-Merger inspector to the merge engine: reads the image's raw and em
/// layers from the open document, recomputes the merge on a worker thread and hands the result
/// back to the panel. Only the latest request counts; an older result is dropped.
class MergeInspectionController : public QObject
{
    Q_OBJECT
public:
    explicit MergeInspectionController(MainWindow* window);
    ~MergeInspectionController() override;

    /// Starts an inspection (what the panel's inspectRequested does).
    void inspect(qint64 imageId, const Box& box);

Q_SIGNALS:
    /// An inspection reached the panel (for tests).
    void inspected(const MergeInspection& inspection);

private:
    MainWindow* m_window;
    QFutureWatcher<MergeInspection> m_watcher;
    quint64 m_generation = 0;
    quint64 m_running = 0;
    bool m_queued = false;
    qint64 m_nextImage = 0;
    Box m_nextBox;
};

} // namespace shelf
