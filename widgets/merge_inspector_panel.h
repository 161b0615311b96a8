#pragma once

#include "merge_inspection.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace shelf {

class ImageCanvas;

/// The EM-Merger inspector: select one merged box on the canvas and see the raw candidates it
/// absorbed with their scores, its heat-map blob's n and k, whether EM converged or fell back,
/// and the blob's heat map as an overlay. The panel asks for an inspection (inspectRequested);
/// the application computes it off the UI thread and hands it back (showInspection).
class MergeInspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MergeInspectorPanel(ImageCanvas* canvas, QWidget* parent = nullptr);

    void setImage(qint64 imageId);
    /// The inspector is on while its dock is open; off clears the overlay.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// Shows a finished inspection; one for another image or an older selection is dropped.
    void showInspection(const MergeInspection& inspection);
    const MergeInspection& inspection() const { return m_inspection; }
    QTableWidget* candidateTable() const { return m_table; }
    QString summaryText() const;

Q_SIGNALS:
    /// Explain the merged box at `box` of image `imageId`.
    void inspectRequested(qint64 imageId, const Box& box);

private:
    void onSelection(const QList<qint64>& ids);
    void updateOverlay();
    void clear(const QString& why);

    ImageCanvas* m_canvas;
    qint64 m_image = 0;
    bool m_active = false;
    Box m_pending;
    MergeInspection m_inspection;
    QLabel* m_summary;
    QTableWidget* m_table;
    QCheckBox* m_showCandidates;
    QCheckBox* m_showHeat;
};

} // namespace shelf
