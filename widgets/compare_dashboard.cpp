#include "compare_dashboard.h"

#include "csv_writer.h"
#include "theme.h"

#include <QBuffer>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QValueAxis>

namespace shelf {
namespace {

QString formatMetric(double v)
{
    return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', 3);
}

QLineSeries* curve(const PrCurve& pr, const QString& name)
{
    auto* series = new QLineSeries;
    series->setName(name);
    for (int i = 0; i < pr.recall.size() && i < pr.precision.size(); ++i) {
        if (pr.precision[i] >= 0)
            series->append(pr.recall[i], pr.precision[i]);
    }
    return series;
}

QString saveAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return CompareDashboard::tr("%1: %2").arg(QDir::toNativeSeparators(path),
                                                  file.errorString());
    return {};
}

} // namespace

CompareDashboard::CompareDashboard(const LayerComparison::Result& result,
                                   const LayerComparison::Options& options, QWidget* parent)
    : QDialog(parent), m_result(result), m_options(options)
{
    setWindowTitle(tr("Comparison of %1 and %2").arg(options.layerA, options.layerB));
    m_summary = new QLabel(summaryText(), this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* pr = new QChart;
    pr->setTitle(options.bIsTruth
                     ? tr("Precision–recall of %1 against %2").arg(options.layerA, options.layerB)
                     : tr("Precision–recall needs a truth layer: tick \"B is the truth\""));
    if (options.bIsTruth) {
        pr->addSeries(curve(result.metrics.pr50, tr("IoU 0.50")));
        pr->addSeries(curve(result.metrics.pr75, tr("IoU 0.75")));
    }
    auto* recall = new QValueAxis;
    recall->setRange(0, 1);
    recall->setTitleText(tr("Recall"));
    auto* precision = new QValueAxis;
    precision->setRange(0, 1);
    precision->setTitleText(tr("Precision"));
    pr->addAxis(recall, Qt::AlignBottom);
    pr->addAxis(precision, Qt::AlignLeft);
    for (QAbstractSeries* s : pr->series()) {
        s->attachAxis(recall);
        s->attachAxis(precision);
    }
    m_pr = new QChartView(pr, this);
    m_pr->setRenderHint(QPainter::Antialiasing);
    m_pr->setMinimumSize(420, 320);

    auto* hist = new QChart;
    hist->setTitle(tr("Scores of the boxes compared"));
    auto* scoreAxis = new QValueAxis;
    scoreAxis->setRange(0, 1);
    scoreAxis->setTitleText(tr("Score"));
    auto* countAxis = new QValueAxis;
    countAxis->setTitleText(tr("Boxes per bin of %1").arg(1.0 / kBins));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    hist->addAxis(scoreAxis, Qt::AlignBottom);
    hist->addAxis(countAxis, Qt::AlignLeft);
    int highest = 1;
    // Step outlines rather than bars: two layers overlap readably.
    const auto addLayer = [&](const QString& name, const QList<double>& scores) {
        if (scores.isEmpty())
            return;
        auto* series = new QLineSeries;
        series->setName(name);
        const QList<int> counts = histogram(scores);
        for (int i = 0; i < kBins; ++i) {
            series->append(double(i) / kBins, counts[i]);
            series->append(double(i + 1) / kBins, counts[i]);
            highest = std::max(highest, counts[i]);
        }
        hist->addSeries(series);
        series->attachAxis(scoreAxis);
        series->attachAxis(countAxis);
    };
    addLayer(options.layerA, result.scoresA);
    addLayer(options.layerB, result.scoresB);
    countAxis->setRange(0, highest);
    m_histogram = new QChartView(hist, this);
    m_histogram->setMinimumSize(420, 320);

    // Charts keep their own light look unless told: follow the application's theme.
    if (Theme::isDark(palette())) {
        pr->setTheme(QChart::ChartThemeDark);
        hist->setTheme(QChart::ChartThemeDark);
    }
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_pr);
    charts->addWidget(m_histogram);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton =
        buttons->addButton(tr("Export CSV and charts…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &CompareDashboard::exportInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(charts, 1);
    layout->addWidget(buttons);
}

QList<int> CompareDashboard::histogram(const QList<double>& scores)
{
    QList<int> counts(kBins, 0);
    for (double s : scores) {
        const int bin = std::clamp(int(s * kBins), 0, kBins - 1);
        ++counts[bin];
    }
    return counts;
}

QString CompareDashboard::summaryText() const
{
    const DatasetMetrics& m = m_result.metrics;
    int agree = 0, onlyA = 0, onlyB = 0;
    for (const ImageComparison& r : m_result.images) {
        agree += r.matched;
        onlyA += r.onlyA;
        onlyB += r.onlyB;
    }
    QString text = tr("%n image(s) · ", nullptr, int(m_result.images.size())) +
                   tr("%1 matched pairs, %2 only in %3, %4 only in %5")
                       .arg(agree)
                       .arg(onlyA)
                       .arg(m_options.layerA)
                       .arg(onlyB)
                       .arg(m_options.layerB);
    if (m_options.bIsTruth)
        text += QLatin1Char('\n') + tr("%1 against %2: AP %3 · AP.50 %4 · AP.75 %5 · AR300 %6 · "
                                       "MAE %7 · RMSE %8")
                                        .arg(m_options.layerA, m_options.layerB, formatMetric(m.ap),
                                             formatMetric(m.ap50), formatMetric(m.ap75),
                                             formatMetric(m.ar300), QString::number(m.mae, 'f', 2),
                                             QString::number(m.rmse, 'f', 2));
    return text;
}

QString CompareDashboard::exportTo(const QString& folder) const
{
    const QDir dir(folder);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&csv);
        // Image names come from users' files: keep a spreadsheet from running them.
        writer.setNeutralizeFormulas(true);
        for (const char* h :
             {"image", "count_a", "count_b", "matched", "only_a", "only_b", "ap", "ap75"})
            writer.addField(h);
        writer.endRow();
        for (const ImageComparison& r : m_result.images) {
            writer.addField(r.image).addField(r.countA).addField(r.countB).addField(r.matched);
            writer.addField(r.onlyA).addField(r.onlyB);
            // Undefined AP (no truth on the image) is an empty cell, not a number.
            for (double v : {r.ap, r.ap75}) {
                if (v < 0)
                    writer.addField(QStringView());
                else
                    writer.addField(v);
            }
            writer.endRow();
        }
        writer.flush();
    }
    QString error = saveAtomically(dir.filePath(QStringLiteral("comparison.csv")), csv.data());
    const auto png = [](QChartView* view) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        view->grab().save(&buffer, "PNG");
        return bytes;
    };
    if (error.isEmpty())
        error = saveAtomically(dir.filePath(QStringLiteral("precision_recall.png")), png(m_pr));
    if (error.isEmpty())
        error =
            saveAtomically(dir.filePath(QStringLiteral("score_histogram.png")), png(m_histogram));
    return error;
}

void CompareDashboard::exportInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export comparison to"));
    if (folder.isEmpty())
        return;
    const QString error = exportTo(folder);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace shelf
