#include "sku_catalog_model.h"

#include <QRegularExpression>

#include <algorithm>

namespace shelf {
namespace {

QString labelText(Shape s)
{
    return s == Shape::None ? QString() : shapeDisplayName(s);
}

QString labelText(ProductType t)
{
    return t == ProductType::None ? QString() : productTypeDisplayName(t);
}

// "No shape" is left out so that typing "no" does not match every unshaped SKU.
QString haystackOf(const SkuEntry& e)
{
    const QChar sep = QLatin1Char('\n'); // filter words never hold it: no match across fields
    return (e.skuId + sep + e.name + sep + e.brand + sep + e.size + sep + e.flavor + sep +
            labelText(e.type) + sep + labelText(e.shape))
        .toCaseFolded();
}

} // namespace

SkuCatalogModel::SkuCatalogModel(QObject* parent) : QAbstractTableModel(parent) {}

void SkuCatalogModel::setCatalog(const QList<SkuEntry>& entries, const QStringList& recentIds)
{
    beginResetModel();
    m_items.clear();
    m_items.reserve(entries.size());
    for (const SkuEntry& e : entries)
        m_items.push_back(Item{e, haystackOf(e), false});
    std::sort(m_items.begin(), m_items.end(),
              [](const Item& a, const Item& b) { return a.entry.skuId < b.entry.skuId; });
    m_index.clear();
    m_index.reserve(qsizetype(m_items.size()));
    for (int i = 0; i < int(m_items.size()); ++i)
        m_index.insert(m_items[i].entry.skuId, i);
    reorder(recentIds);
    applyFilter(false);
    endResetModel();
}

void SkuCatalogModel::setRecent(const QStringList& recentIds)
{
    beginResetModel();
    reorder(recentIds);
    applyFilter(false);
    endResetModel();
}

void SkuCatalogModel::setFilter(const QString& text)
{
    if (text == m_filter)
        return;
    const QStringList words =
        text.toCaseFolded().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    // Narrowing: each old word still lies inside some new word, so no hidden row can match.
    const bool narrowing = std::all_of(m_words.begin(), m_words.end(), [&](const QString& old) {
        return std::any_of(words.begin(), words.end(),
                           [&](const QString& w) { return w.contains(old); });
    });
    beginResetModel();
    m_filter = text;
    m_words = words;
    applyFilter(narrowing);
    endResetModel();
}

void SkuCatalogModel::reorder(const QStringList& recentIds)
{
    for (Item& item : m_items)
        item.recent = false;
    m_order.clear();
    m_order.reserve(m_items.size());
    for (const QString& id : recentIds) {
        const auto it = m_index.constFind(id);
        if (it == m_index.constEnd() || m_items[*it].recent)
            continue;
        m_items[*it].recent = true;
        m_order.push_back(*it);
    }
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (!m_items[i].recent)
            m_order.push_back(i);
    }
}

void SkuCatalogModel::applyFilter(bool narrowing)
{
    if (m_words.isEmpty()) {
        m_rows = m_order;
        return;
    }
    const std::vector<int>& from = narrowing ? m_rows : m_order;
    std::vector<int> rows;
    rows.reserve(from.size());
    for (int i : from) {
        if (matches(m_items[i]))
            rows.push_back(i);
    }
    m_rows = std::move(rows);
}

bool SkuCatalogModel::matches(const Item& item) const
{
    for (const QString& word : m_words) {
        if (!item.haystack.contains(word))
            return false;
    }
    return true;
}

SkuEntry SkuCatalogModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_items[m_rows[row]].entry : SkuEntry{};
}

int SkuCatalogModel::rowOf(const QString& skuId) const
{
    const auto it = m_index.constFind(skuId);
    if (it == m_index.constEnd())
        return -1;
    const auto row = std::find(m_rows.begin(), m_rows.end(), *it);
    return row == m_rows.end() ? -1 : int(row - m_rows.begin());
}

int SkuCatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkuCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkuCatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items[m_rows[index.row()]];
    const SkuEntry& e = item.entry;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case IdColumn:
            return e.skuId;
        case NameColumn:
            return e.name;
        case BrandColumn:
            return e.brand;
        case TypeColumn:
            return labelText(e.type);
        case ShapeColumn:
            return labelText(e.shape);
        case SizeColumn:
            return e.size;
        case FlavorColumn:
            return e.flavor;
        case ColumnCount:
            break;
        }
        return {};
    }
    switch (role) {
    case SkuIdRole:
        return e.skuId;
    case NameRole:
        return e.name;
    case BrandRole:
        return e.brand;
    case TypeRole:
        return int(e.type);
    case ShapeRole:
        return int(e.shape);
    case SizeRole:
        return e.size;
    case FlavorRole:
        return e.flavor;
    case RecentRole:
        return item.recent;
    default:
        return {};
    }
}

QVariant SkuCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("SKU id");
    case NameColumn:
        return tr("Product name");
    case BrandColumn:
        return tr("Brand");
    case TypeColumn:
        return tr("Product type");
    case ShapeColumn:
        return tr("Shape");
    case SizeColumn:
        return tr("Size");
    case FlavorColumn:
        return tr("Flavor / scent");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> SkuCatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SkuIdRole, "skuId");
    names.insert(NameRole, "name");
    names.insert(BrandRole, "brand");
    names.insert(TypeRole, "productType");
    names.insert(ShapeRole, "shape");
    names.insert(SizeRole, "size");
    names.insert(FlavorRole, "flavor");
    names.insert(RecentRole, "recent");
    return names;
}

} // namespace shelf
