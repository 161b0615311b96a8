// ImageCanvas: mouse and keyboard. Every edit ends in one signal when the gesture ends.
#include "image_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace shelf {
namespace {

constexpr double kStep = 1.25;
constexpr double kDragThreshold = 3; // screen pixels before a press becomes a drag
constexpr double kMinBoxSide = 2;    // image pixels

} // namespace

Box ImageCanvas::clampedToImage(Box b) const
{
    const double w = m_fullSize.width(), h = m_fullSize.height();
    b.x1 = std::clamp(b.x1, 0.0, w);
    b.x2 = std::clamp(b.x2, 0.0, w);
    b.y1 = std::clamp(b.y1, 0.0, h);
    b.y2 = std::clamp(b.y2, 0.0, h);
    return b;
}

bool ImageCanvas::event(QEvent* event)
{
    // Tab belongs to the review flow here, not to focus navigation.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            Q_EMIT reviewStepRequested(key->key() == Qt::Key_Tab &&
                                       !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::event(event);
}

void ImageCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        setZoom(m_zoom * std::pow(kStep, steps), event->position());
    event->accept();
}

void ImageCanvas::selectAt(QPointF widgetPos, bool toggle)
{
    const QList<qint64> hits = m_index.at(widgetToImage(widgetPos), 3 / m_zoom);
    // Clicking again on the same spot walks down the stack of boxes there.
    const bool sameSpot = (widgetPos - m_lastClick).manhattanLength() <= 3;
    m_cycle = sameSpot && !hits.isEmpty() ? (m_cycle + 1) % int(hits.size()) : 0;
    m_lastClick = widgetPos;
    if (toggle) {
        if (!hits.isEmpty()) {
            const qint64 id = hits[m_cycle];
            if (!m_selected.remove(id))
                m_selected.insert(id);
        }
    } else {
        m_selected.clear();
        if (!hits.isEmpty())
            m_selected.insert(hits[m_cycle]);
    }
    emitSelection();
    update();
}

void ImageCanvas::mousePressEvent(QMouseEvent* event)
{
    const QPointF p = event->position();
    m_pressWidget = p;
    m_pressImage = widgetToImage(p);
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_drag = Drag::Pan;
        m_pannedWhileSpace = m_spaceHeld;
        m_lastPan = p;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return;
    if (m_mode == Mode::Create) {
        m_drag = Drag::Create;
        m_rubberBand = QRectF(p, p);
        return;
    }
    m_handle = handleAt(p);
    if (m_handle != kNoHandle) {
        m_drag = Drag::Resize;
        return;
    }
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    const QList<qint64> hits = m_index.at(m_pressImage, 3 / m_zoom);
    const bool onSelected =
        !hits.isEmpty() && m_selected.contains(hits[std::min<qsizetype>(m_cycle, hits.size() - 1)]);
    if (hits.isEmpty()) {
        if (!toggle)
            m_selected.clear();
        m_drag = Drag::RubberBand;
        m_rubberBand = QRectF(p, p);
        emitSelection();
        update();
        return;
    }
    // A press on the selection may start a move; if it ends as a click, it picks the next box of
    // the stack under the cursor instead (see finishDrag).
    m_cyclePending = onSelected && !toggle;
    if (!m_cyclePending)
        selectAt(p, toggle);
    m_drag = Drag::Move;
}

void ImageCanvas::updateDrag(QPointF p)
{
    const QPointF delta = widgetToImage(p) - m_pressImage;
    switch (m_drag) {
    case Drag::Move: {
        if ((p - m_pressWidget).manhattanLength() < kDragThreshold && m_preview.isEmpty())
            return;
        // Clamp the shift so that the whole selection stays on the image.
        double dx = delta.x(), dy = delta.y();
        for (qint64 id : m_selected) {
            const Box& b = m_annotations[m_byId[id]].box;
            dx = std::clamp(dx, -b.x1, m_fullSize.width() - b.x2);
            dy = std::clamp(dy, -b.y1, m_fullSize.height() - b.y2);
        }
        for (qint64 id : m_selected) {
            const Box& b = m_annotations[m_byId[id]].box;
            m_preview[id] = {b.x1 + dx, b.y1 + dy, b.x2 + dx, b.y2 + dy};
        }
        break;
    }
    case Drag::Resize: {
        const Annotation* a = single();
        if (!a)
            return;
        Box b = a->box;
        const QPointF at = widgetToImage(p);
        const double x = std::clamp(at.x(), 0.0, double(m_fullSize.width()));
        const double y = std::clamp(at.y(), 0.0, double(m_fullSize.height()));
        if (m_handle == 0 || m_handle == 6 || m_handle == 7)
            b.x1 = std::min(x, b.x2 - kMinBoxSide);
        if (m_handle >= 2 && m_handle <= 4)
            b.x2 = std::max(x, b.x1 + kMinBoxSide);
        if (m_handle <= 2)
            b.y1 = std::min(y, b.y2 - kMinBoxSide);
        if (m_handle >= 4 && m_handle <= 6)
            b.y2 = std::max(y, b.y1 + kMinBoxSide);
        m_preview[a->id] = b;
        break;
    }
    case Drag::RubberBand:
    case Drag::Create:
        m_rubberBand.setBottomRight(p);
        break;
    default:
        return;
    }
    update();
}

void ImageCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF p = event->position();
    if (m_swipe && !m_comparison.isEmpty()) {
        m_swipeX = p.x();
        update();
    }
    if (m_drag == Drag::Pan) {
        m_offset += p - m_lastPan;
        m_lastPan = p;
        m_fitting = false;
        update();
    } else if (m_drag != Drag::None) {
        updateDrag(p);
    } else if (m_mode == Mode::Select) {
        // Only the cursor shape changes on a plain move: no repaint.
        const int handle = handleAt(p);
        setCursor(handle == 0 || handle == 4   ? Qt::SizeFDiagCursor
                  : handle == 2 || handle == 6 ? Qt::SizeBDiagCursor
                  : handle == 1 || handle == 5 ? Qt::SizeVerCursor
                  : handle == 3 || handle == 7 ? Qt::SizeHorCursor
                  : m_spaceHeld                ? Qt::OpenHandCursor
                                               : Qt::ArrowCursor);
    }
    const QPointF imagePos = widgetToImage(p);
    const bool inside = imagePos.x() >= 0 && imagePos.y() >= 0 &&
                        imagePos.x() < m_fullSize.width() && imagePos.y() < m_fullSize.height();
    Q_EMIT cursorMoved(imagePos, inside && !m_image.isNull());
}

void ImageCanvas::finishDrag(QPointF p)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    switch (drag) {
    case Drag::Move:
        if (m_preview.isEmpty() && m_cyclePending)
            selectAt(p, false);
        [[fallthrough]];
    case Drag::Resize:
        if (!m_preview.isEmpty()) {
            const QHash<qint64, Box> edited = m_preview;
            // The preview stays until the document's change comes back through setAnnotations.
            Q_EMIT boxesEdited(edited);
        }
        break;
    case Drag::RubberBand: {
        const QRectF r(widgetToImage(m_rubberBand.topLeft()), widgetToImage(p));
        for (qint64 id : m_index.inside(r.normalized()))
            m_selected.insert(id);
        emitSelection();
        break;
    }
    case Drag::Create: {
        const QPointF a = widgetToImage(m_rubberBand.topLeft()), b = widgetToImage(p);
        const Box box = clampedToImage(
            {std::round(std::min(a.x(), b.x())), std::round(std::min(a.y(), b.y())),
             std::round(std::max(a.x(), b.x())), std::round(std::max(a.y(), b.y()))});
        if (box.width() >= kMinBoxSide && box.height() >= kMinBoxSide)
            Q_EMIT boxDrawn(box);
        break;
    }
    default:
        break;
    }
    update();
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag == Drag::Pan) {
        m_drag = Drag::None;
        setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    if (event->button() == Qt::LeftButton && m_drag != Drag::None)
        finishDrag(event->position());
}

void ImageCanvas::nudge(double dx, double dy)
{
    QHash<qint64, Box> moved;
    for (qint64 id : m_selected) {
        const Box& b = m_annotations[m_byId[id]].box;
        const double sx = std::clamp(dx, -b.x1, m_fullSize.width() - b.x2);
        const double sy = std::clamp(dy, -b.y1, m_fullSize.height() - b.y2);
        if (sx != 0 || sy != 0)
            moved.insert(id, {b.x1 + sx, b.y1 + sy, b.x2 + sx, b.y2 + sy});
    }
    if (!moved.isEmpty())
        Q_EMIT boxesEdited(moved);
}

void ImageCanvas::keyPressEvent(QKeyEvent* event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            m_pannedWhileSpace = false;
            setCursor(Qt::OpenHandCursor);
        }
        return;
    case Qt::Key_Left:
        nudge(-step, 0);
        return;
    case Qt::Key_Right:
        nudge(step, 0);
        return;
    case Qt::Key_Up:
        nudge(0, -step);
        return;
    case Qt::Key_Down:
        nudge(0, step);
        return;
    case Qt::Key_Escape:
        if (m_mode == Mode::Create) {
            setMode(Mode::Select);
        } else {
            m_selected.clear();
            emitSelection();
            update();
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ImageCanvas::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        setCursor(m_mode == Mode::Create ? Qt::CrossCursor : Qt::ArrowCursor);
        // A tap (no pan while held) accepts; holding to pan accepts nothing.
        if (!m_pannedWhileSpace && m_drag == Drag::None)
            Q_EMIT acceptRequested();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

} // namespace shelf
