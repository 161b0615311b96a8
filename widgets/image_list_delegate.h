#pragma once

#include <QDir>
#include <QStyledItemDelegate>

namespace shelf {

class ImageCache;

/// Draws one row of the image list: a thumbnail (decoded off the UI thread through `cache`, a
/// grey placeholder until it arrives), the file name, and the status and box count line.
class ImageListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kThumbSide = 96;

    ImageListDelegate(ImageCache* cache, QObject* parent = nullptr);
    void setBaseDir(const QDir& dir) { m_base = dir; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    ImageCache* m_cache;
    QDir m_base;
};

} // namespace shelf
