#include "merge_inspection_controller.h"

#include "main_window.h"
#include "merge_inspector.h"
#include "merge_inspector_panel.h"
#include "project_document.h"

#include <QtConcurrent/QtConcurrentRun>

namespace shelf {

MergeInspectionController::MergeInspectionController(MainWindow* window)
    : QObject(window), m_window(window)
{
    connect(window->mergeInspector(), &MergeInspectorPanel::inspectRequested, this,
            &MergeInspectionController::inspect);
    connect(&m_watcher, &QFutureWatcher<MergeInspection>::finished, this, [this] {
        const MergeInspection result = m_watcher.result();
        if (m_running == m_generation) {
            m_window->mergeInspector()->showInspection(result);
            Q_EMIT inspected(result);
        }
        if (m_queued) {
            m_queued = false;
            inspect(m_nextImage, m_nextBox);
        }
    });
}

MergeInspectionController::~MergeInspectionController()
{
    m_watcher.waitForFinished();
}

void MergeInspectionController::inspect(qint64 imageId, const Box& box)
{
    ProjectDocument* document = m_window->document();
    if (!document)
        return;
    ++m_generation;
    if (m_watcher.isRunning()) {
        // One merge at a time: the newest request waits for the running one, older ones drop.
        m_queued = true;
        m_nextImage = imageId;
        m_nextBox = box;
        return;
    }
    m_running = m_generation;
    const ImageRecord image = document->image(imageId);
    m_watcher.setFuture(QtConcurrent::run([imageId, box, size = QSize(image.width, image.height),
                                           raw = document->annotations(imageId, layers::raw),
                                           em = document->annotations(imageId, layers::em)] {
        return MergeInspector::inspect(imageId, raw, em, size, box);
    }));
}

} // namespace shelf
