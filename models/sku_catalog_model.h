#pragma once

#include "sku_entry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace shelf {

/// The SKU catalog as a table (id, name, brand, type, shape, size, flavor) for picking a product
/// as you type. Rows: the recently used SKUs first, newest first, then the others by sku id.
/// The filter keeps the rows that contain every word of it, case-insensitively, in any of id,
/// name, brand, size, flavor and the display names of type and shape.
///
/// Each row keeps its searchable text case-folded, so a filter is one substring scan per row:
/// a few milliseconds for 20 000 SKUs. A filter that only narrows the previous one (more typed)
/// scans just the rows left. Changes reset the model. Thread: the UI thread.
class SkuCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn = 0,
        NameColumn,
        BrandColumn,
        TypeColumn,
        ShapeColumn,
        SizeColumn,
        FlavorColumn,
        ColumnCount
    };
    enum Role {
        SkuIdRole = Qt::UserRole + 1,
        NameRole,
        BrandRole,
        TypeRole,  ///< int(ProductType)
        ShapeRole, ///< int(Shape)
        SizeRole,
        FlavorRole,
        RecentRole ///< bool: in the recent list
    };

    explicit SkuCatalogModel(QObject* parent = nullptr);

    /// Replaces the catalog (sku ids unique) and the recent list (newest first; ids not in the
    /// catalog are ignored). Display names are taken in the current language.
    void setCatalog(const QList<SkuEntry>& entries, const QStringList& recentIds = {});
    void setRecent(const QStringList& recentIds);
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }

    /// Entries in the catalog, shown or not.
    int catalogSize() const { return int(m_items.size()); }
    /// The entry shown at `row`; an empty entry when out of range.
    SkuEntry entryAt(int row) const;
    /// The row showing `skuId`, or -1.
    int rowOf(const QString& skuId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Item
    {
        SkuEntry entry;
        QString haystack; ///< the searchable fields, case-folded, one per line
        bool recent = false;
    };

    void reorder(const QStringList& recentIds);
    void applyFilter(bool narrowing);
    bool matches(const Item& item) const;

    std::vector<Item> m_items;   ///< by sku id
    QHash<QString, int> m_index; ///< sku id -> m_items index
    std::vector<int> m_order;    ///< m_items indices: recent ones, then the rest
    std::vector<int> m_rows;     ///< m_order filtered: what the view shows
    QString m_filter;
    QStringList m_words; ///< m_filter, case-folded, split at white space
};

} // namespace shelf
