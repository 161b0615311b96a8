#include "merge_inspector_panel.h"

#include "image_canvas.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shelf {
namespace {

QString score(double v)
{
    return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', 3);
}

} // namespace

MergeInspectorPanel::MergeInspectorPanel(ImageCanvas* canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 5, this)), m_showCandidates(new QCheckBox(this)),
      m_showHeat(new QCheckBox(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setHorizontalHeaderLabels(
        {tr("Confidence"), tr("Hard score"), tr("Soft-IoU"), tr("IoU with merged"), tr("Size")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_inspection.candidates.size())
            m_canvas->zoomToBox(m_inspection.candidates[row].box);
    });
    m_showCandidates->setText(tr("Show candidates"));
    m_showCandidates->setChecked(true);
    m_showHeat->setText(tr("Show heat map"));
    m_showHeat->setChecked(true);
    for (QCheckBox* c : {m_showCandidates, m_showHeat})
        connect(c, &QCheckBox::toggled, this, &MergeInspectorPanel::updateOverlay);
    auto* toggles = new QHBoxLayout;
    toggles->addWidget(m_showCandidates);
    toggles->addWidget(m_showHeat);
    toggles->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(toggles);
    layout->addWidget(m_table, 1);
    connect(m_canvas, &ImageCanvas::selectionChanged, this, &MergeInspectorPanel::onSelection);
    clear(tr("Select one box the detector proposed to see how the EM-Merger made it."));
}

void MergeInspectorPanel::setImage(qint64 imageId)
{
    m_image = imageId;
    clear(tr("Select one box the detector proposed to see how the EM-Merger made it."));
}

void MergeInspectorPanel::setActive(bool active)
{
    m_active = active;
    if (active)
        onSelection(m_canvas->selection());
    else
        clear(tr("Select one box the detector proposed to see how the EM-Merger made it."));
}

void MergeInspectorPanel::clear(const QString& why)
{
    m_inspection = {};
    m_pending = {};
    m_table->setRowCount(0);
    m_summary->setText(why);
    updateOverlay();
}

void MergeInspectorPanel::onSelection(const QList<qint64>& ids)
{
    if (!m_active)
        return;
    if (ids.size() != 1 || m_image == 0) {
        clear(tr("Select one box the detector proposed to see how the EM-Merger made it."));
        return;
    }
    for (const Annotation& a : m_canvas->annotations()) {
        if (a.id == ids.first()) {
            m_pending = a.box;
            m_summary->setText(tr("Recomputing the EM-Merger for this box…"));
            Q_EMIT inspectRequested(m_image, a.box);
            return;
        }
    }
}

void MergeInspectorPanel::showInspection(const MergeInspection& inspection)
{
    if (!m_active || inspection.imageId != m_image || !(inspection.requested == m_pending))
        return;
    m_inspection = inspection;
    m_summary->setText(summaryText());
    m_table->setRowCount(int(inspection.candidates.size()));
    for (int r = 0; r < inspection.candidates.size(); ++r) {
        const Annotation& c = inspection.candidates[r];
        const QStringList cells{score(c.confidence), score(c.hardScore), score(c.softIou),
                                QString::number(iou(c.box, inspection.recomputed), 'f', 3),
                                tr("%1×%2").arg(qRound(c.box.width())).arg(qRound(c.box.height()))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, col, item);
        }
    }
    updateOverlay();
}

QString MergeInspectorPanel::summaryText() const
{
    const MergeInspection& i = m_inspection;
    if (!i.error.isEmpty())
        return i.error;
    QStringList lines;
    lines << tr("Merged box %1×%2 at (%3, %4), confidence %5, from %n raw candidate(s).", nullptr,
                int(i.candidates.size()))
                 .arg(qRound(i.em.box.width()))
                 .arg(qRound(i.em.box.height()))
                 .arg(qRound(i.em.box.x1))
                 .arg(qRound(i.em.box.y1))
                 .arg(score(i.em.confidence));
    if (i.hasBlob) {
        lines << tr("Blob: n = %1 candidates, k = %2 products; %3 after %n iteration(s).", nullptr,
                    i.emIterations)
                     .arg(i.n)
                     .arg(i.k)
                     .arg(i.outcome);
        if (i.fellBack)
            lines << tr("EM fell back to its initialisation for this blob.");
    } else {
        lines << tr("Its centre lies on no heat-map blob: kept by IoMin-NMS, not by EM.");
    }
    if (i.recomputedIou < 0.99)
        lines << tr("Recomputed with the default EM-Merger; the stored box differs (IoU %1): the "
                    "em layer was made with other settings.")
                     .arg(i.recomputedIou, 0, 'f', 2);
    return lines.join(QLatin1Char('\n'));
}

void MergeInspectorPanel::updateOverlay()
{
    const bool show = m_active && m_inspection.error.isEmpty();
    QList<Box> boxes;
    if (show && m_showCandidates->isChecked()) {
        for (const Annotation& c : m_inspection.candidates)
            boxes << c.box;
    }
    const bool heat = show && m_showHeat->isChecked();
    m_canvas->setInspection(boxes, heat ? m_inspection.heatMap : QImage(),
                            heat ? m_inspection.heatRect : QRectF());
}

} // namespace shelf
