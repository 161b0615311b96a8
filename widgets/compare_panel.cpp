#include "compare_panel.h"

#include "add_annotations_command.h"
#include "compare_dashboard.h"
#include "comparison_table_model.h"
#include "image_canvas.h"
#include "image_name_index.h"
#include "project_document.h"
#include "set_image_attributes_command.h"
#include "set_review_state_command.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace shelf {
namespace {

enum View { Both, Blink, Swipe, OnlyLayerA, OnlyLayerB };
enum ItemRole { SideRole = Qt::UserRole + 1, IndexRole };
constexpr int kBlinkMs = 600;

} // namespace

ComparePanel::ComparePanel(ImageCanvas* canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_model(new ComparisonTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComparisonTableModel::SortRole);
    m_blink.setInterval(kBlinkMs);
    connect(&m_blink, &QTimer::timeout, this, [this] {
        m_blinkShowsA = !m_blinkShowsA;
        updateOverlay();
    });
    connect(&m_watcher, &QFutureWatcher<LayerComparison::Result>::finished, this,
            &ComparePanel::onProjectDone);

    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(createControls());
    m_table = new QTableView(split);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT imageRequested(index.data(ComparisonTableModel::ImageIdRole).toLongLong());
    });
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
}

ComparePanel::~ComparePanel()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_watcher.waitForFinished();
}

QWidget* ComparePanel::createControls()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout;
    m_layerA = new QComboBox(box);
    m_layerB = new QComboBox(box);
    m_truth = new QCheckBox(tr("B is the truth (TP / FP / FN)"), box);
    m_view = new QComboBox(box);
    m_view->addItem(tr("Both layers"), Both);
    m_view->addItem(tr("Blink between layers"), Blink);
    m_view->addItem(tr("Swipe: A left, B right of the cursor"), Swipe);
    m_view->addItem(tr("Layer A only"), OnlyLayerA);
    m_view->addItem(tr("Layer B only"), OnlyLayerB);
    form->addRow(tr("Layer A (solid):"), m_layerA);
    form->addRow(tr("Layer B (dashed):"), m_layerB);
    form->addRow(QString(), m_truth);
    form->addRow(tr("Show:"), m_view);
    for (QComboBox* c : {m_layerA, m_layerB})
        connect(c, &QComboBox::currentIndexChanged, this, &ComparePanel::onLayerChoice);
    connect(m_truth, &QCheckBox::toggled, this, &ComparePanel::onLayerChoice);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        setBlinking(m_view->currentData().toInt() == Blink);
        updateOverlay();
    });

    m_showMatched = new QCheckBox(box);
    m_showOnlyA = new QCheckBox(box);
    m_showOnlyB = new QCheckBox(box);
    auto* filters = new QHBoxLayout;
    for (QCheckBox* c : {m_showMatched, m_showOnlyA, m_showOnlyB}) {
        c->setChecked(true);
        filters->addWidget(c);
        connect(c, &QCheckBox::toggled, this, [this] {
            updateOverlay();
            updateList();
        });
    }
    m_summary = new QLabel(box);
    m_summary->setWordWrap(true);
    m_disagreements = new QListWidget(box);
    m_disagreements->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_disagreements, &QListWidget::currentRowChanged, this, &ComparePanel::zoomToItem);
    connect(m_disagreements, &QListWidget::itemClicked, this, &ComparePanel::zoomToItem);

    m_take = new QPushButton(tr("Take into human layer"), box);
    m_reject = new QPushButton(tr("Reject box"), box);
    m_reviewed = new QPushButton(box);
    connect(m_take, &QPushButton::clicked, this, &ComparePanel::takeSelectedIntoHuman);
    connect(m_reject, &QPushButton::clicked, this, &ComparePanel::rejectSelected);
    connect(m_reviewed, &QPushButton::clicked, this, &ComparePanel::toggleReviewed);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_take);
    actions->addWidget(m_reject);
    actions->addWidget(m_reviewed);

    m_compareAll = new QPushButton(tr("Compare all images"), box);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setEnabled(false);
    m_dashboard = new QPushButton(tr("Dashboard…"), box);
    m_dashboard->setEnabled(false);
    m_progress = new QProgressBar(box);
    m_progress->setVisible(false);
    connect(m_compareAll, &QPushButton::clicked, this, &ComparePanel::compareProject);
    connect(m_cancel, &QPushButton::clicked, this, &ComparePanel::cancelProject);
    connect(m_dashboard, &QPushButton::clicked, this, &ComparePanel::showDashboard);
    auto* project = new QHBoxLayout;
    project->addWidget(m_compareAll);
    project->addWidget(m_cancel);
    project->addWidget(m_dashboard);

    connect(&m_watcher, &QFutureWatcher<LayerComparison::Result>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<LayerComparison::Result>::progressValueChanged, m_progress,
            &QProgressBar::setValue);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_disagreements, 1);
    layout->addLayout(actions);
    layout->addLayout(project);
    layout->addWidget(m_progress);
    return box;
}

void ComparePanel::setDocument(ProjectDocument* document)
{
    cancelProject();
    ++m_documentGeneration;
    m_document = document;
    m_image = 0;
    m_result = {};
    m_model->setComparison({}, {}, {}, false);
    m_dashboard->setEnabled(false);
    if (m_document) {
        for (auto signal :
             {&ProjectDocument::annotationsInserted, &ProjectDocument::annotationsRemoved,
              &ProjectDocument::annotationsChanged}) {
            connect(m_document, signal, this,
                    [this](qint64 imageId, const QList<qint64>&) { onDocumentChanged(imageId); });
        }
        connect(m_document, &ProjectDocument::imageChanged, this, [this](qint64 imageId) {
            if (imageId == m_image)
                refresh();
        });
    }
    fillLayerChoices();
    onLayerChoice();
}

void ComparePanel::fillLayerChoices()
{
    QStringList names{layers::nms, layers::em, layers::human, layers::raw};
    if (m_document) {
        for (const QString& name : m_document->store().layerNames()) {
            if (!names.contains(name))
                names << name;
        }
    }
    const QString a = layerA().isEmpty() ? layers::nms : layerA();
    const QString b = layerB().isEmpty() ? layers::em : layerB();
    for (QComboBox* c : {m_layerA, m_layerB}) {
        const QSignalBlocker block(c);
        c->clear();
        c->addItems(names);
    }
    const QSignalBlocker blockA(m_layerA), blockB(m_layerB);
    m_layerA->setCurrentText(a);
    m_layerB->setCurrentText(b);
}

void ComparePanel::setLayers(const QString& a, const QString& b, bool bIsTruth)
{
    const QSignalBlocker blockA(m_layerA), blockB(m_layerB), blockT(m_truth);
    for (QComboBox* c : {m_layerA, m_layerB}) {
        for (const QString& name : {a, b}) {
            if (c->findText(name) < 0)
                c->addItem(name);
        }
    }
    m_layerA->setCurrentText(a);
    m_layerB->setCurrentText(b);
    m_truth->setChecked(bIsTruth);
    onLayerChoice();
}

QString ComparePanel::layerA() const
{
    return m_layerA->currentText();
}
QString ComparePanel::layerB() const
{
    return m_layerB->currentText();
}
bool ComparePanel::bIsTruth() const
{
    return m_truth->isChecked();
}

void ComparePanel::onLayerChoice()
{
    // A new pair of layers makes the project table stale.
    if (m_model->rowCount() > 0 &&
        (m_resultOptions.layerA != layerA() || m_resultOptions.layerB != layerB() ||
         m_resultOptions.bIsTruth != bIsTruth())) {
        m_model->setComparison({}, {}, {}, false);
        m_dashboard->setEnabled(false);
    }
    // An empty table still names its columns after the chosen layers.
    if (m_model->rowCount() == 0)
        m_model->setComparison({}, layerA(), layerB(), bIsTruth());
    refresh();
}

void ComparePanel::setImage(qint64 imageId)
{
    m_image = imageId;
    refresh();
}

void ComparePanel::setActive(bool active)
{
    m_active = active;
    if (!active)
        setBlinking(false);
    else if (m_view->currentData().toInt() == Blink)
        setBlinking(true);
    refresh();
}

void ComparePanel::setBlinking(bool on)
{
    m_blinkShowsA = true;
    if (on && m_active)
        m_blink.start();
    else
        m_blink.stop();
}

void ComparePanel::toggleBlink()
{
    const int next = m_view->currentData().toInt() == Blink ? Both : Blink;
    m_view->setCurrentIndex(m_view->findData(next));
}

void ComparePanel::onDocumentChanged(qint64 imageId)
{
    if (imageId == m_image)
        refresh();
    if (!m_document || m_model->rowOf(imageId) < 0)
        return;
    const ImageRecord image = m_document->image(imageId);
    const ImageNameIndex names(m_document->images());
    m_model->updateRow(LayerComparison::compareImage(
        image, names.exportName(image), m_document->annotations(imageId, m_resultOptions.layerA),
        m_document->annotations(imageId, m_resultOptions.layerB), m_resultOptions.bIsTruth));
}

void ComparePanel::refresh()
{
    const bool ready = m_active && m_document && m_image != 0;
    m_a = ready ? m_document->annotations(m_image, layerA()) : QList<Annotation>{};
    m_b = ready ? m_document->annotations(m_image, layerB()) : QList<Annotation>{};
    m_match = ready ? LayerComparison::match(m_a, m_b, bIsTruth()) : BoxMatch{};
    const bool truth = bIsTruth();
    m_showMatched->setText((truth ? tr("TP: %1") : tr("Matched: %1")).arg(m_match.pairs.size()));
    m_showOnlyA->setText((truth ? tr("FP: %1") : tr("Only A: %1")).arg(m_match.onlyA.size()));
    m_showOnlyB->setText((truth ? tr("FN: %1") : tr("Only B: %1")).arg(m_match.onlyB.size()));
    if (!ready) {
        m_summary->setText(m_active ? tr("No image.") : tr("Compare mode is off."));
    } else {
        const ImageRecord image = m_document->image(m_image);
        const ImageComparison row = LayerComparison::compareImage(image, {}, m_a, m_b, truth);
        QString text = tr("%1: %n box(es)", nullptr, row.countA).arg(layerA()) +
                       QStringLiteral(" · ") +
                       tr("%1: %n box(es)", nullptr, row.countB).arg(layerB());
        if (truth)
            text +=
                QStringLiteral(" · ") +
                tr("AP %1 · AP.75 %2")
                    .arg(row.ap < 0 ? QStringLiteral("–") : QString::number(row.ap, 'f', 3),
                         row.ap75 < 0 ? QStringLiteral("–") : QString::number(row.ap75, 'f', 3));
        if (image.reviewed)
            text += QStringLiteral(" · ") + tr("reviewed");
        m_summary->setText(text);
        m_reviewed->setText(image.reviewed ? tr("Mark not reviewed") : tr("Mark reviewed"));
    }
    m_reviewed->setEnabled(ready);
    if (m_reviewed->text().isEmpty())
        m_reviewed->setText(tr("Mark reviewed"));
    updateOverlay();
    updateList();
}

void ComparePanel::updateOverlay()
{
    if (!m_active || m_image == 0) {
        m_canvas->setComparison({});
        return;
    }
    QList<ComparisonBox> boxes;
    if (m_showMatched->isChecked()) {
        for (const auto& [i, j] : m_match.pairs) {
            boxes.append({m_a[i].box, ComparisonBox::MatchedA});
            boxes.append({m_b[j].box, ComparisonBox::MatchedB});
        }
    }
    if (m_showOnlyA->isChecked()) {
        for (int i : m_match.onlyA)
            boxes.append({m_a[i].box, ComparisonBox::OnlyA});
    }
    if (m_showOnlyB->isChecked()) {
        for (int j : m_match.onlyB)
            boxes.append({m_b[j].box, ComparisonBox::OnlyB});
    }
    const int view = m_view->currentData().toInt();
    const bool both = view == Both || view == Swipe;
    const bool showA = both || view == OnlyLayerA || (view == Blink && m_blinkShowsA);
    const bool showB = both || view == OnlyLayerB || (view == Blink && !m_blinkShowsA);
    m_canvas->setComparisonSides(showA, showB);
    if (m_canvas->comparisonSwipe() != (view == Swipe))
        m_canvas->setComparisonSwipe(view == Swipe);
    m_canvas->setComparison(boxes);
}

void ComparePanel::updateList()
{
    const QSignalBlocker block(m_disagreements);
    m_disagreements->clear();
    const bool truth = bIsTruth();
    const auto add = [this](const QString& kind, const Annotation& a, int side, int index) {
        QString text = kind + QStringLiteral("  ") +
                       tr("%1×%2 at (%3, %4)")
                           .arg(qRound(a.box.width()))
                           .arg(qRound(a.box.height()))
                           .arg(qRound(a.box.x1))
                           .arg(qRound(a.box.y1));
        if (a.confidence >= 0)
            text += QStringLiteral("  ") + tr("score %1").arg(a.confidence, 0, 'f', 2);
        auto* item = new QListWidgetItem(text, m_disagreements);
        item->setData(SideRole, side);
        item->setData(IndexRole, index);
    };
    if (m_showOnlyA->isChecked()) {
        for (int i : m_match.onlyA)
            add(truth ? tr("FP") : tr("Only %1").arg(layerA()), m_a[i], 0, i);
    }
    if (m_showOnlyB->isChecked()) {
        for (int j : m_match.onlyB)
            add(truth ? tr("FN") : tr("Only %1").arg(layerB()), m_b[j], 1, j);
    }
    const bool any = m_disagreements->count() > 0;
    m_take->setEnabled(any);
    m_reject->setEnabled(any);
}

std::optional<ComparePanel::Picked> ComparePanel::selectedBox() const
{
    const QListWidgetItem* item = m_disagreements->currentItem();
    if (!item)
        return std::nullopt;
    const bool sideA = item->data(SideRole).toInt() == 0;
    const QList<Annotation>& boxes = sideA ? m_a : m_b;
    const int index = item->data(IndexRole).toInt();
    if (index < 0 || index >= boxes.size())
        return std::nullopt;
    return Picked{sideA ? layerA() : layerB(), boxes[index]};
}

void ComparePanel::zoomToItem()
{
    if (const auto picked = selectedBox())
        m_canvas->zoomToBox(picked->box.box);
}

void ComparePanel::takeSelectedIntoHuman()
{
    const auto picked = selectedBox();
    if (!m_document || !picked)
        return;
    if (picked->layer == layers::human) {
        Q_EMIT message(tr("That box is in the human layer already."));
        return;
    }
    Annotation copy = picked->box;
    copy.id = 0;
    copy.layer = layers::human;
    copy.state = ReviewState::Accepted;
    auto* command = new AddAnnotationsCommand(m_document, {copy});
    command->setText(tr("Take box from %1").arg(picked->layer));
    m_document->undoStack()->push(command);
    Q_EMIT message(tr("Box taken from %1 into the human layer.").arg(picked->layer));
}

void ComparePanel::rejectSelected()
{
    const auto picked = selectedBox();
    if (!m_document || !picked)
        return;
    m_document->undoStack()->push(
        new SetReviewStateCommand(m_document, {picked->box.id}, ReviewState::Rejected));
    Q_EMIT message(tr("Box of %1 rejected.").arg(picked->layer));
}

void ComparePanel::toggleReviewed()
{
    if (!m_document || m_image == 0)
        return;
    ImageRecord image = m_document->image(m_image);
    image.reviewed = !image.reviewed;
    auto* command = new SetImageAttributesCommand(m_document, image);
    command->setText(image.reviewed ? tr("Mark image reviewed") : tr("Mark image not reviewed"));
    m_document->undoStack()->push(command);
}

void ComparePanel::compareProject()
{
    if (!m_document || m_watcher.isRunning())
        return;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_runGeneration = m_documentGeneration;
    m_resultOptions = {layerA(), layerB(), bIsTruth()};
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_compareAll->setEnabled(false);
    m_cancel->setEnabled(true);
    const QString file = m_document->store().filePath();
    m_watcher.setFuture(QtConcurrent::run([file, options = m_resultOptions, cancel = m_cancelFlag](
                                              QPromise<LayerComparison::Result>& promise) {
        promise.addResult(LayerComparison::run(file, options, *cancel, [&](int done, int all) {
            promise.setProgressRange(0, all);
            promise.setProgressValue(done);
        }));
    }));
}

void ComparePanel::cancelProject()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
}

void ComparePanel::onProjectDone()
{
    m_progress->setVisible(false);
    m_compareAll->setEnabled(true);
    m_cancel->setEnabled(false);
    if (m_watcher.future().resultCount() == 0)
        return;
    if (m_runGeneration != m_documentGeneration)
        return; // a run over a project that is no longer open
    LayerComparison::Result result = m_watcher.result();
    if (result.cancelled) {
        Q_EMIT message(tr("Comparison cancelled."));
        return;
    }
    if (!result.error.isEmpty()) {
        Q_EMIT message(tr("Comparison failed: %1").arg(result.error));
        return;
    }
    m_result = std::move(result);
    m_model->setComparison(m_result.images, m_resultOptions.layerA, m_resultOptions.layerB,
                           m_resultOptions.bIsTruth);
    // Worst first: most disagreements at the top.
    m_table->sortByColumn(ComparisonTableModel::Disagreements, Qt::DescendingOrder);
    m_dashboard->setEnabled(true);
    Q_EMIT message(tr("Compared %n image(s).", nullptr, int(m_result.images.size())));
    Q_EMIT projectCompared();
}

void ComparePanel::showDashboard()
{
    if (m_result.images.isEmpty() && m_result.scoresA.isEmpty())
        return;
    auto* dialog = new CompareDashboard(m_result, m_resultOptions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace shelf
