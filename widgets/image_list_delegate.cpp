#include "image_list_delegate.h"

#include "image_cache.h"
#include "image_list_model.h"
#include "labels.h"

#include <QApplication>
#include <QFileInfo>
#include <QPainter>

namespace shelf {

ImageListDelegate::ImageListDelegate(ImageCache* cache, QObject* parent)
    : QStyledItemDelegate(parent), m_cache(cache)
{}

QSize ImageListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {option.rect.width() > 0 ? option.rect.width() : 240, kThumbSide * 3 / 4 + 8};
}

void ImageListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    const QRect thumbRect(r.left(), r.top(), kThumbSide * 3 / 4, r.height());
    const QString path =
        QDir::cleanPath(m_base.absoluteFilePath(index.data(ImageListModel::PathRole).toString()));
    const QImage thumb = m_cache->cached(path, kThumbSide).image;
    if (thumb.isNull()) {
        m_cache->request(path, kThumbSide); // the view repaints when it is ready
        painter->fillRect(thumbRect, option.palette.color(QPalette::Mid));
    } else {
        const QSize fitted = thumb.size().scaled(thumbRect.size(), Qt::KeepAspectRatio);
        const QRect target(thumbRect.center() - QPoint(fitted.width() / 2, fitted.height() / 2),
                           fitted);
        painter->drawImage(target, thumb);
    }
    const QRect text = r.adjusted(thumbRect.width() + 8, 0, 0, 0);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics fm(option.font);
    const QString name = QFileInfo(index.data(ImageListModel::PathRole).toString()).fileName();
    painter->drawText(text.left(), text.top() + fm.ascent(),
                      fm.elidedText(name, Qt::ElideMiddle, text.width()));
    const QString status =
        imageStatusDisplayName(ImageStatus(index.data(ImageListModel::StatusRole).toInt()));
    const QString boxes =
        tr("%n box(es)", nullptr, index.data(ImageListModel::BoxCountRole).toInt());
    painter->drawText(
        text.left(), text.top() + fm.height() + fm.ascent(),
        fm.elidedText(status + QStringLiteral(" · ") + boxes, Qt::ElideRight, text.width()));
}

} // namespace shelf
