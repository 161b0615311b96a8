#pragma once

#include "layer_comparison.h"

#include <QAbstractTableModel>

namespace shelf {

/// The per-image table of a layer comparison: counts, matches, disagreements and, when B is the
/// truth, AP and AP.75. Sorting (through a QSortFilterProxyModel) uses SortRole, which holds the
/// plain numbers, so "worst first" is a click on the column; undefined AP sorts before 0.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Image, CountA, CountB, Matched, OnlyA, OnlyB, Disagreements, Ap, Ap75, Columns };
    enum Role { SortRole = Qt::UserRole + 1, ImageIdRole };

    explicit ComparisonTableModel(QObject* parent = nullptr);

    /// Shows a new comparison; `layerA`/`layerB` name the columns, `bIsTruth` renames them to
    /// false positives / false negatives.
    void setComparison(const QList<ImageComparison>& rows, const QString& layerA,
                       const QString& layerB, bool bIsTruth);
    /// Replaces the row of one image (after an edit); nothing when the image is not shown.
    void updateRow(const ImageComparison& row);
    const QList<ImageComparison>& rows() const { return m_rows; }
    int rowOf(qint64 imageId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImageComparison> m_rows;
    QString m_layerA;
    QString m_layerB;
    bool m_bIsTruth = false;
};

} // namespace shelf
