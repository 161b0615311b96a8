// ImageCanvas: view state and painting. Input handling is in image_canvas_input.cpp.
#include "image_canvas.h"

#include "box_style.h"

#include <QPaintEvent>

#include <array>
#include <cmath>

namespace shelf {
namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 16;
constexpr double kStep = 1.25;
constexpr double kHandle = 4; // half the side of a resize handle, screen pixels

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
    m_tiles.clear();
    m_scaled = QImage();
    m_scaledZoom = 0;
    if (!sameImage || m_fitting)
        zoomToFit();
    update();
}

void ImageCanvas::addDetailTile(const QImage& tile, const QRect& rect)
{
    if (m_image.isNull() || !QRect(QPoint(), m_fullSize).contains(rect))
        return;
    m_tiles.append({rect, tile});
    update(QRectF(imageToWidget(rect.topLeft()), QSizeF(rect.size()) * m_zoom).toAlignedRect());
}

void ImageCanvas::clear()
{
    m_tiles.clear();
    m_image = QImage();
    m_scaled = QImage();
    m_fullSize = {};
    setAnnotations({});
}

void ImageCanvas::setAnnotations(const QList<Annotation>& annotations)
{
    m_annotations = annotations;
    m_byId.clear();
    QList<std::pair<qint64, Box>> boxes;
    boxes.reserve(annotations.size());
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation& a = annotations[i];
        m_byId.insert(a.id, i);
        if (m_showRejected || a.state != ReviewState::Rejected)
            boxes.append({a.id, a.box});
    }
    m_index.rebuild(boxes);
    const qsizetype before = m_selected.size();
    m_selected.removeIf([this](qint64 id) { return !m_byId.contains(id); });
    m_preview.clear();
    if (m_selected.size() != before)
        emitSelection();
    update();
}

void ImageCanvas::setShowRejected(bool show)
{
    m_showRejected = show;
    setAnnotations(m_annotations);
}

void ImageCanvas::setComparison(const QList<ComparisonBox>& boxes)
{
    m_comparison = boxes;
    update();
}

void ImageCanvas::setComparisonSides(bool showA, bool showB)
{
    m_compareA = showA;
    m_compareB = showB;
    update();
}

void ImageCanvas::setInspection(const QList<Box>& candidates, const QImage& heat,
                                const QRectF& heatRect)
{
    m_inspected = candidates;
    m_heat = heat;
    m_heatRect = heatRect;
    update();
}

void ImageCanvas::setComparisonSwipe(bool on)
{
    m_swipe = on;
    if (on)
        m_swipeX = width() / 2.0;
    update();
}

QList<qint64> ImageCanvas::selection() const
{
    QList<qint64> ids(m_selected.cbegin(), m_selected.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ImageCanvas::setSelection(const QList<qint64>& ids)
{
    m_selected.clear();
    for (qint64 id : ids) {
        if (m_byId.contains(id))
            m_selected.insert(id);
    }
    emitSelection();
    update();
}

void ImageCanvas::emitSelection()
{
    Q_EMIT selectionChanged(selection());
}

void ImageCanvas::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    setCursor(mode == Mode::Create ? Qt::CrossCursor : Qt::ArrowCursor);
    Q_EMIT modeChanged(mode);
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

void ImageCanvas::zoomToBox(const Box& box)
{
    if (m_fullSize.isEmpty() || !box.isValid())
        return;
    const double zoom = std::clamp(
        std::min(width() / (3 * box.width()), height() / (3 * box.height())), fitZoom(), 4.0);
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF centre((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2);
    m_offset = QPointF(width() / 2.0, height() / 2.0) - centre * m_zoom;
    m_fitting = false;
    Q_EMIT zoomChanged(m_zoom);
    update();
}

Box ImageCanvas::shownBox(const Annotation& a) const
{
    return m_preview.value(a.id, a.box);
}

QRectF ImageCanvas::screenRect(const Box& b) const
{
    // Snapped to whole pixels: crisp lines without antialiasing.
    return QRectF(QPointF(std::round(b.x1 * m_zoom + m_offset.x()) + 0.5,
                          std::round(b.y1 * m_zoom + m_offset.y()) + 0.5),
                  QPointF(std::round(b.x2 * m_zoom + m_offset.x()) - 0.5,
                          std::round(b.y2 * m_zoom + m_offset.y()) - 0.5));
}

const Annotation* ImageCanvas::single() const
{
    if (m_selected.size() != 1)
        return nullptr;
    const auto it = m_byId.constFind(*m_selected.cbegin());
    return it == m_byId.cend() ? nullptr : &m_annotations[*it];
}

int ImageCanvas::handleAt(QPointF p) const
{
    const Annotation* a = single();
    if (!a)
        return kNoHandle;
    const QRectF r = screenRect(shownBox(*a));
    const std::array<QPointF, 8> points = {r.topLeft(),     QPointF(r.center().x(), r.top()),
                                           r.topRight(),    QPointF(r.right(), r.center().y()),
                                           r.bottomRight(), QPointF(r.center().x(), r.bottom()),
                                           r.bottomLeft(),  QPointF(r.left(), r.center().y())};
    for (int i = 0; i < 8; ++i) {
        if (std::abs(p.x() - points[i].x()) <= kHandle + 2 &&
            std::abs(p.y() - points[i].y()) <= kHandle + 2)
            return i;
    }
    return kNoHandle;
}

void ImageCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    paintImage(painter, event->rect());
    paintDetailTiles(painter, event->rect());
    if (!m_comparison.isEmpty())
        painter.setOpacity(0.35);
    paintBoxes(painter, event->rect());
    painter.setOpacity(1);
    paintComparison(painter, event->rect());
    paintInspection(painter);
    paintOverlay(painter);
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

void ImageCanvas::paintDetailTiles(QPainter& painter, const QRect& exposed)
{
    // Only where the preview would be magnified: zoomed further out it already shows all there
    // is to see, and scaling bands down on every paint would cost more than it shows.
    const double previewScale = double(m_image.width()) / m_fullSize.width();
    if (m_tiles.isEmpty() || m_zoom <= previewScale)
        return;
    for (const auto& [rect, tile] : std::as_const(m_tiles)) {
        const QRectF target(imageToWidget(rect.topLeft()), QSizeF(rect.size()) * m_zoom);
        const QRectF visible = target.intersected(QRectF(exposed));
        if (visible.isEmpty())
            continue;
        const QRectF source((visible.topLeft() - target.topLeft()) / m_zoom,
                            visible.size() / m_zoom);
        painter.drawImage(visible, tile, source);
    }
}

void ImageCanvas::paintBoxes(QPainter& painter, const QRect& exposed)
{
    std::array<QList<QRectF>, BoxStyle::kCount> batches;
    const QRectF bounds = QRectF(exposed).adjusted(-4, -4, 4, 4);
    QList<std::pair<QRectF, QString>> labels;
    for (const Annotation& a : m_annotations) {
        const int style = BoxStyle::of(a);
        if (BoxStyle::isRejected(style) && !m_showRejected)
            continue;
        const QRectF r = screenRect(shownBox(a));
        if (!r.intersects(bounds))
            continue;
        batches[style] << r;
        // Text only where it fits: a label over a small box hides the product.
        if (r.width() >= 70 && r.height() >= 40 && (!a.skuId.isEmpty() || a.shape != Shape::None))
            labels.append({r, a.skuId.isEmpty() ? shapeDisplayName(a.shape) : a.skuId});
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    for (int style = 0; style < BoxStyle::kCount; ++style) {
        if (batches[style].isEmpty())
            continue;
        painter.setPen(BoxStyle::pen(style));
        painter.drawRects(batches[style].constData(), int(batches[style].size()));
    }
    if (!labels.isEmpty()) {
        painter.setPen(Qt::white);
        const QFontMetrics fm = painter.fontMetrics();
        for (const auto& [r, text] : labels) {
            const QRectF back(r.left() + 2, r.top() + 2,
                              std::min(r.width() - 4, fm.horizontalAdvance(text) + 6.0),
                              fm.height() + 2.0);
            painter.fillRect(back, QColor(0, 0, 0, 150));
            painter.drawText(back.adjusted(3, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             fm.elidedText(text, Qt::ElideRight, int(back.width()) - 4));
        }
    }
}

void ImageCanvas::paintComparison(QPainter& painter, const QRect& exposed)
{
    if (m_comparison.isEmpty())
        return;
    std::array<QList<QRectF>, ComparisonBox::kRoles> batches;
    const QRectF bounds = QRectF(exposed).adjusted(-4, -4, 4, 4);
    for (const ComparisonBox& c : m_comparison) {
        if (c.isA() ? !m_compareA : !m_compareB)
            continue;
        const QRectF r = screenRect(c.box);
        if (r.intersects(bounds))
            batches[c.role] << r;
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF left(0, 0, m_swipeX, height());
    const QRectF right(m_swipeX, 0, width() - m_swipeX, height());
    for (int role = 0; role < ComparisonBox::kRoles; ++role) {
        if (batches[role].isEmpty())
            continue;
        painter.save();
        if (m_swipe)
            painter.setClipRect(ComparisonBox{{}, ComparisonBox::Role(role)}.isA() ? left : right);
        painter.setPen(ComparisonBox::pen(ComparisonBox::Role(role)));
        painter.setBrush(ComparisonBox::fill(ComparisonBox::Role(role)));
        painter.drawRects(batches[role].constData(), int(batches[role].size()));
        painter.restore();
    }
    painter.setBrush(Qt::NoBrush);
    if (m_swipe) {
        painter.setPen(QPen(Qt::white, 2));
        painter.drawLine(QPointF(m_swipeX, 0), QPointF(m_swipeX, height()));
    }
}

void ImageCanvas::paintInspection(QPainter& painter)
{
    if (!m_heat.isNull()) {
        const QRectF target(imageToWidget(m_heatRect.topLeft()),
                            imageToWidget(m_heatRect.bottomRight()));
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_heat);
    }
    if (m_inspected.isEmpty())
        return;
    QList<QRectF> rects;
    rects.reserve(m_inspected.size());
    for (const Box& b : m_inspected)
        rects << screenRect(b);
    painter.setPen(QPen(QColor(255, 255, 120), 1, Qt::DotLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRects(rects.constData(), int(rects.size()));
}

void ImageCanvas::paintOverlay(QPainter& painter)
{
    // Selection: a contrasting outline, and handles on a single box.
    QList<QRectF> selected;
    for (qint64 id : m_selected) {
        if (const auto it = m_byId.constFind(id); it != m_byId.cend())
            selected << screenRect(shownBox(m_annotations[*it])).adjusted(-2, -2, 2, 2);
    }
    painter.setPen(QPen(Qt::white, 1, Qt::SolidLine));
    painter.drawRects(selected.constData(), int(selected.size()));
    if (const Annotation* a = single()) {
        const QRectF r = screenRect(shownBox(*a));
        const std::array<QPointF, 8> points = {r.topLeft(),     QPointF(r.center().x(), r.top()),
                                               r.topRight(),    QPointF(r.right(), r.center().y()),
                                               r.bottomRight(), QPointF(r.center().x(), r.bottom()),
                                               r.bottomLeft(),  QPointF(r.left(), r.center().y())};
        painter.setPen(QPen(Qt::black, 1));
        painter.setBrush(Qt::white);
        for (const QPointF& p : points)
            painter.drawRect(QRectF(p.x() - kHandle, p.y() - kHandle, 2 * kHandle, 2 * kHandle));
        painter.setBrush(Qt::NoBrush);
    }
    if (m_drag == Drag::RubberBand || m_drag == Drag::Create) {
        painter.setPen(
            QPen(m_drag == Drag::Create ? QColor(0, 190, 255) : Qt::white, 1, Qt::DashLine));
        painter.drawRect(m_rubberBand.normalized());
    }
}

void ImageCanvas::resizeEvent(QResizeEvent*)
{
    if (m_fitting)
        zoomToFit();
}

} // namespace shelf
