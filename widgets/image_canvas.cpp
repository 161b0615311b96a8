#include "image_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QWheelEvent>

#include <array>
#include <cmath>

namespace shelf {
namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 16;
constexpr double kStep = 1.25;

enum Style { ProposedStyle, AcceptedStyle, HumanStyle, RejectedStyle, StyleCount };

QPen penFor(Style style)
{
    switch (style) {
    case ProposedStyle:
        return QPen(QColor(255, 170, 0), 2, Qt::DashLine);
    case AcceptedStyle:
        return QPen(QColor(40, 200, 90), 2);
    case HumanStyle:
        return QPen(QColor(0, 190, 255), 2);
    case RejectedStyle:
        return QPen(QColor(220, 60, 60, 110), 1, Qt::DotLine);
    default:
        return {};
    }
}

Style styleOf(const Annotation& a)
{
    if (a.state == ReviewState::Rejected)
        return RejectedStyle;
    if (a.state == ReviewState::Proposed)
        return ProposedStyle;
    return a.origin == Origin::Human ? HumanStyle : AcceptedStyle;
}

} // namespace

ImageCanvas::ImageCanvas(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 200);
}

void ImageCanvas::setImage(const QImage& image, QSize fullSize)
{
    const bool sameImage = fullSize == m_fullSize && !m_image.isNull();
    m_image = image;
    m_fullSize = fullSize;
    m_scaled = QImage();
    m_scaledZoom = 0;
    if (!sameImage || m_fitting)
        zoomToFit();
    update();
}

void ImageCanvas::clear()
{
    m_image = QImage();
    m_scaled = QImage();
    m_fullSize = {};
    m_annotations.clear();
    update();
}

void ImageCanvas::setAnnotations(const QList<Annotation>& annotations)
{
    m_annotations = annotations;
    update();
}

void ImageCanvas::setShowRejected(bool show)
{
    m_showRejected = show;
    update();
}

double ImageCanvas::fitZoom() const
{
    if (m_fullSize.isEmpty())
        return 1;
    return std::min(double(width()) / m_fullSize.width(), double(height()) / m_fullSize.height());
}

void ImageCanvas::zoomToFit()
{
    m_fitting = true;
    m_zoom = std::clamp(fitZoom(), kMinZoom, kMaxZoom);
    m_offset = QPointF((width() - m_fullSize.width() * m_zoom) / 2,
                       (height() - m_fullSize.height() * m_zoom) / 2);
    Q_EMIT zoomChanged(m_zoom);
    update();
}

void ImageCanvas::zoomToActualSize()
{
    setZoom(1, rect().center());
}
void ImageCanvas::zoomIn()
{
    setZoom(m_zoom * kStep, rect().center());
}
void ImageCanvas::zoomOut()
{
    setZoom(m_zoom / kStep, rect().center());
}

void ImageCanvas::setZoom(double zoom, QPointF anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (m_fullSize.isEmpty() || zoom == m_zoom)
        return;
    const QPointF imagePoint = widgetToImage(anchor);
    m_zoom = zoom;
    m_offset = anchor - imagePoint * m_zoom;
    m_fitting = false;
    Q_EMIT zoomChanged(m_zoom);
    update();
}

void ImageCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    paintImage(painter, event->rect());
    paintBoxes(painter, event->rect());
}

void ImageCanvas::paintImage(QPainter& painter, const QRect& exposed)
{
    const double sourcePerFull = double(m_image.width()) / m_fullSize.width();
    const double screenPerSource = m_zoom / sourcePerFull;
    const QRectF target(m_offset, QSizeF(m_fullSize) * m_zoom);
    if (screenPerSource < 1) {
        // Zoomed out: resample once per zoom level, smoothly, then blit pixel for pixel.
        if (m_scaledZoom != m_zoom) {
            m_scaled = m_image.scaled(target.size().toSize(), Qt::IgnoreAspectRatio,
                                      Qt::SmoothTransformation);
            m_scaledZoom = m_zoom;
        }
        painter.drawImage(target.topLeft(), m_scaled);
        return;
    }
    // Zoomed in: draw only the exposed part of the source, nearest-neighbour.
    const QRectF visible = target.intersected(QRectF(exposed));
    if (visible.isEmpty())
        return;
    const QRectF source((visible.topLeft() - m_offset) / screenPerSource,
                        visible.size() / screenPerSource);
    painter.drawImage(visible, m_image, source);
}

void ImageCanvas::paintBoxes(QPainter& painter, const QRect& exposed)
{
    std::array<QList<QRectF>, StyleCount> batches;
    const QRectF bounds = QRectF(exposed).adjusted(-2, -2, 2, 2);
    for (const Annotation& a : m_annotations) {
        const Style style = styleOf(a);
        if (style == RejectedStyle && !m_showRejected)
            continue;
        // Snapped to whole pixels: crisp lines without antialiasing.
        const QRectF r(QPointF(std::round(a.box.x1 * m_zoom + m_offset.x()) + 0.5,
                               std::round(a.box.y1 * m_zoom + m_offset.y()) + 0.5),
                       QPointF(std::round(a.box.x2 * m_zoom + m_offset.x()) - 0.5,
                               std::round(a.box.y2 * m_zoom + m_offset.y()) - 0.5));
        if (r.intersects(bounds))
            batches[style] << r;
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    for (int style = 0; style < StyleCount; ++style) {
        if (batches[style].isEmpty())
            continue;
        painter.setPen(penFor(Style(style)));
        painter.drawRects(batches[style].constData(), int(batches[style].size()));
    }
}

void ImageCanvas::resizeEvent(QResizeEvent*)
{
    if (m_fitting)
        zoomToFit();
}

void ImageCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        setZoom(m_zoom * std::pow(kStep, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_lastPan = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        m_offset += p - m_lastPan;
        m_lastPan = p;
        m_fitting = false;
        update();
    }
    const QPointF imagePos = widgetToImage(event->position());
    const bool inside = imagePos.x() >= 0 && imagePos.y() >= 0 &&
                        imagePos.x() < m_fullSize.width() && imagePos.y() < m_fullSize.height();
    Q_EMIT cursorMoved(imagePos, inside && !m_image.isNull());
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ImageCanvas::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ImageCanvas::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            setCursor(Qt::ArrowCursor);
        return;
    }
    QWidget::keyReleaseEvent(event);
}

} // namespace shelf
