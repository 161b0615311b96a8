#include "comparison_table_model.h"

namespace shelf {

ComparisonTableModel::ComparisonTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComparisonTableModel::setComparison(const QList<ImageComparison>& rows, const QString& layerA,
                                         const QString& layerB, bool bIsTruth)
{
    beginResetModel();
    m_rows = rows;
    m_layerA = layerA;
    m_layerB = layerB;
    m_bIsTruth = bIsTruth;
    endResetModel();
}

void ComparisonTableModel::updateRow(const ImageComparison& row)
{
    const int r = rowOf(row.imageId);
    if (r < 0)
        return;
    m_rows[r] = row;
    Q_EMIT dataChanged(index(r, 0), index(r, Columns - 1));
}

int ComparisonTableModel::rowOf(qint64 imageId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].imageId == imageId)
            return r;
    }
    return -1;
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImageComparison& r = m_rows[index.row()];
    if (role == ImageIdRole)
        return r.imageId;
    const auto number = [&](double v) -> QVariant {
        if (role == SortRole)
            return v;
        return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', 3);
    };
    if (role != Qt::DisplayRole && role != SortRole) {
        if (role == Qt::TextAlignmentRole && index.column() != Image)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (Column(index.column())) {
    case Image:
        return r.image;
    case CountA:
        return r.countA;
    case CountB:
        return r.countB;
    case Matched:
        return r.matched;
    case OnlyA:
        return r.onlyA;
    case OnlyB:
        return r.onlyB;
    case Disagreements:
        return r.disagreements();
    case Ap:
        return number(r.ap);
    case Ap75:
        return number(r.ap75);
    case Columns:
        break;
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Image:
        return tr("Image");
    case CountA:
        return m_layerA;
    case CountB:
        return m_layerB;
    case Matched:
        return m_bIsTruth ? tr("TP") : tr("Matched");
    case OnlyA:
        return m_bIsTruth ? tr("FP") : tr("Only %1").arg(m_layerA);
    case OnlyB:
        return m_bIsTruth ? tr("FN") : tr("Only %1").arg(m_layerB);
    case Disagreements:
        return tr("Disagreements");
    case Ap:
        return tr("AP");
    case Ap75:
        return tr("AP.75");
    case Columns:
        break;
    }
    return {};
}

} // namespace shelf
