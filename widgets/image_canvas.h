#pragma once

#include "annotation.h"
#include "box_index.h"
#include "comparison_style.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QWidget>

namespace shelf {

/// Shows one shelf photo with its boxes, zooms at the cursor, pans, and lets the user select,
/// move, resize and draw boxes.
///
/// The canvas never changes the project: edits leave as intents (boxesEdited, boxDrawn, ...) that
/// the workspace turns into undo commands; the document's change then comes back through
/// setAnnotations(). While a drag is under way the canvas shows the moving boxes itself, and the
/// whole drag becomes one command when the button is released.
///
/// Geometry: boxes are in full-image pixels. The shown QImage may be a reduced preview (its size
/// differs from fullSize); the canvas maps between the two, so a sharper image can replace the
/// preview without moving anything. Painting draws boxes without antialiasing, batched per style,
/// culled to the exposed rect; hit-testing goes through a BoxIndex.
class ImageCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Select, Create };

    explicit ImageCanvas(QWidget* parent = nullptr);

    /// Shows `image`, which is the full image reduced or not; keeps the view if `fullSize` is
    /// the size already shown (a sharper copy of the same image), else fits the new image.
    void setImage(const QImage& image, QSize fullSize);
    void clear();
    /// Full-detail band `tile` covering `rect` of the full image, shown over a reduced preview
    /// where the view magnifies the preview; dropped when setImage() brings another image.
    void addDetailTile(const QImage& tile, const QRect& rect);
    int detailTileCount() const { return int(m_tiles.size()); }
    /// The boxes shown; the selection keeps the ids that still exist.
    void setAnnotations(const QList<Annotation>& annotations);
    const QList<Annotation>& annotations() const { return m_annotations; }
    void setShowRejected(bool show);

    /// Boxes of a layer comparison drawn over the working layer, which is drawn faint while they
    /// are shown; an empty list ends the comparison view.
    void setComparison(const QList<ComparisonBox>& boxes);
    const QList<ComparisonBox>& comparison() const { return m_comparison; }
    /// Which sides of the comparison are drawn (the blink toggle shows one at a time).
    void setComparisonSides(bool showA, bool showB);
    bool showsComparisonA() const { return m_compareA; }
    bool showsComparisonB() const { return m_compareB; }
    /// Swipe view: layer A left of a vertical line that follows the cursor, layer B right of it.
    void setComparisonSwipe(bool on);
    bool comparisonSwipe() const { return m_swipe; }
    /// The swipe line, widget x.
    double swipeX() const { return m_swipeX; }
    /// The EM-Merger inspector's overlay: the raw candidates of one merged box (thin, dotted)
    /// and the heat map of its blob, drawn translucent over `heatRect` (image pixels). Empty
    /// arguments clear it.
    void setInspection(const QList<Box>& candidates, const QImage& heat, const QRectF& heatRect);
    const QList<Box>& inspectedCandidates() const { return m_inspected; }
    bool showsHeatMap() const { return !m_heat.isNull(); }

    QList<qint64> selection() const;
    void setSelection(const QList<qint64>& ids);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    /// Screen pixels per full-image pixel.
    double zoom() const { return m_zoom; }
    QSize fullSize() const { return m_fullSize; }
    QPointF widgetToImage(QPointF p) const { return (p - m_offset) / m_zoom; }
    QPointF imageToWidget(QPointF p) const { return p * m_zoom + m_offset; }
    /// Centres the view on `box`, zooming so that it fills about a third of the view.
    void zoomToBox(const Box& box);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToActualSize();
    /// Zooms keeping the image point under `anchor` (widget coordinates) still.
    void setZoom(double zoom, QPointF anchor);

Q_SIGNALS:
    void zoomChanged(double zoom);
    /// The cursor moved to `imagePos` (full-image pixels); `inside` is false off the image.
    void cursorMoved(QPointF imagePos, bool inside);
    void selectionChanged(const QList<qint64>& ids);
    /// Boxes moved, resized or nudged to these positions (one user action, finished).
    void boxesEdited(const QHash<qint64, Box>& boxes);
    /// A new box was drawn (in Create mode), already clamped to the image.
    void boxDrawn(const Box& box);
    /// Space was tapped without panning: accept the selection.
    void acceptRequested();
    /// Tab / Shift+Tab: go to the next / previous box to review.
    void reviewStepRequested(bool forward);
    void modeChanged(Mode mode);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    enum class Drag { None, Pan, RubberBand, Move, Resize, Create };
    // Handles of a single selected box: 0 top-left, clockwise, 7 left.
    static constexpr int kNoHandle = -1;

    void paintImage(QPainter& painter, const QRect& exposed);
    void paintDetailTiles(QPainter& painter, const QRect& exposed);
    void paintBoxes(QPainter& painter, const QRect& exposed);
    void paintOverlay(QPainter& painter);
    void paintComparison(QPainter& painter, const QRect& exposed);
    void paintInspection(QPainter& painter);
    double fitZoom() const;
    Box shownBox(const Annotation& a) const;
    QRectF screenRect(const Box& box) const;
    int handleAt(QPointF widgetPos) const;
    const Annotation* single() const;
    Box clampedToImage(Box b) const;
    void selectAt(QPointF widgetPos, bool toggle);
    void updateDrag(QPointF widgetPos);
    void finishDrag(QPointF widgetPos);
    void nudge(double dx, double dy);
    void emitSelection();

    QImage m_image;
    QSize m_fullSize;
    QList<std::pair<QRect, QImage>> m_tiles; // full-detail bands that arrived before the image
    QImage m_scaled;         // m_image resampled for the current zoom when zoomed out
    double m_scaledZoom = 0; // zoom m_scaled was made for
    QList<Annotation> m_annotations;
    QHash<qint64, qsizetype> m_byId;
    BoxIndex m_index;
    QSet<qint64> m_selected;
    QHash<qint64, Box> m_preview; // geometry of boxes being dragged
    bool m_showRejected = false;
    QList<ComparisonBox> m_comparison;
    bool m_compareA = true;
    bool m_compareB = true;
    bool m_swipe = false;
    double m_swipeX = 0;
    QList<Box> m_inspected;
    QImage m_heat;
    QRectF m_heatRect;
    bool m_fitting = true;
    double m_zoom = 1;
    QPointF m_offset;
    Mode m_mode = Mode::Select;

    Drag m_drag = Drag::None;
    int m_handle = kNoHandle;
    QPointF m_pressWidget;
    QPointF m_pressImage;
    QPointF m_lastPan;
    QRectF m_rubberBand; // widget coordinates
    bool m_spaceHeld = false;
    bool m_pannedWhileSpace = false;
    QPointF m_lastClick; // for cycling through stacked boxes
    bool m_cyclePending = false;
    int m_cycle = 0;
};

} // namespace shelf
