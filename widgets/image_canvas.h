#pragma once

#include "annotation.h"

#include <QImage>
#include <QPainter>
#include <QWidget>

namespace shelf {

/// Shows one shelf photo with its boxes; zooms at the cursor and pans.
///
/// Geometry: boxes are in full-image pixels. The shown QImage may be a reduced preview (its size
/// differs from fullSize); the canvas maps between the two, so a sharper image can replace the
/// preview without moving anything. Painting draws the boxes without antialiasing, batched per
/// style, and culls those outside the exposed rect.
class ImageCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit ImageCanvas(QWidget* parent = nullptr);

    /// Shows `image`, which is the full image reduced or not; keeps the view if `fullSize` is
    /// the size already shown (a sharper copy of the same image), else fits the new image.
    void setImage(const QImage& image, QSize fullSize);
    void clear();
    void setAnnotations(const QList<Annotation>& annotations);
    void setShowRejected(bool show);

    /// Screen pixels per full-image pixel.
    double zoom() const { return m_zoom; }
    QSize fullSize() const { return m_fullSize; }
    QPointF widgetToImage(QPointF p) const { return (p - m_offset) / m_zoom; }
    QPointF imageToWidget(QPointF p) const { return p * m_zoom + m_offset; }

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

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    void paintImage(QPainter& painter, const QRect& exposed);
    void paintBoxes(QPainter& painter, const QRect& exposed);
    double fitZoom() const;

    QImage m_image;
    QSize m_fullSize;
    QImage m_scaled;         // m_image resampled for the current zoom when zoomed out
    double m_scaledZoom = 0; // zoom m_scaled was made for
    QList<Annotation> m_annotations;
    bool m_showRejected = false;
    bool m_fitting = true;
    double m_zoom = 1;
    QPointF m_offset;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_lastPan;
};

} // namespace shelf
