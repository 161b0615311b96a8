#pragma once

#include "layer_comparison.h"

#include <QDialog>

class QChartView;
class QLabel;

namespace shelf {

/// The dataset view of a layer comparison: the SKU-110K metrics of layer A against B when B is
/// the truth, precision-recall curves at IoU 0.50 and 0.75, and the score histograms of both
/// layers (Qt Charts); exports the per-image table as CSV and both charts as PNG.
class CompareDashboard : public QDialog
{
    Q_OBJECT
public:
    CompareDashboard(const LayerComparison::Result& result, const LayerComparison::Options& options,
                     QWidget* parent = nullptr);

    /// Writes comparison.csv, precision_recall.png and score_histogram.png into `folder`, each
    /// through a temporary file renamed into place. Returns an error naming the file, or empty.
    QString exportTo(const QString& folder) const;

    QChartView* precisionRecallView() const { return m_pr; }
    QChartView* histogramView() const { return m_histogram; }
    QString summaryText() const;

    /// Bins of the score histograms over [0, 1].
    static constexpr int kBins = 20;
    /// Counts of `scores` in kBins equal bins of [0, 1]; 1.0 falls into the last bin.
    static QList<int> histogram(const QList<double>& scores);

private:
    void exportInteractively();

    LayerComparison::Result m_result;
    LayerComparison::Options m_options;
    QLabel* m_summary;
    QChartView* m_pr;
    QChartView* m_histogram;
};

} // namespace shelf
