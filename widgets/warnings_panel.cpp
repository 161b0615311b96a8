#include "warnings_panel.h"

#include "warning_list_model.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace shelf {

namespace {

/// Keeps the rows of the kinds that are shown.
class KindFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool isShown(WarningKind kind) const { return m_shown[int(kind)]; }
    void setShown(WarningKind kind, bool shown)
    {
        if (m_shown[int(kind)] == shown)
            return;
        m_shown[int(kind)] = shown;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const int kind =
            sourceModel()->index(row, 0, parent).data(WarningListModel::KindRole).toInt();
        return kind >= 0 && kind < kWarningKindCount && m_shown[kind];
    }

private:
    std::array<bool, kWarningKindCount> m_shown{true, true, true};
};

KindFilter* kindFilter(QSortFilterProxyModel* proxy)
{
    return static_cast<KindFilter*>(proxy);
}

} // namespace

WarningsPanel::WarningsPanel(QWidget* parent)
    : QWidget(parent), m_model(new WarningListModel(this)), m_filter(new KindFilter(this)),
      m_summary(new QLabel), m_view(new QListView)
{
    // Connected before the proxy, so that the flag is up while the proxy and the view move the
    // current row off vanishing rows, and lowered after them.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_updating = true; });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_updating = true;
        m_last.reset(); // another image
    });
    m_filter->setSourceModel(m_model);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_updating = false; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_updating = false; });
    m_view->setModel(m_filter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!m_updating && current.isValid())
                    m_last = keyOf(current);
            });
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("warningList"));
    m_summary->setObjectName(QStringLiteral("warningSummary"));
    m_summary->setWordWrap(true);

    const std::array<QString, kWarningKindCount> labels = {tr("Too small"), tr("Near-duplicates"),
                                                           tr("Unlabelled")};
    const std::array<const char*, kWarningKindCount> names = {"showTooSmall", "showNearDuplicate",
                                                              "showUnlabelled"};
    auto* kinds = new QHBoxLayout;
    for (int k = 0; k < kWarningKindCount; ++k) {
        m_show[k] = new QCheckBox(labels[k]);
        m_show[k]->setObjectName(QLatin1String(names[k]));
        m_show[k]->setChecked(true);
        connect(m_show[k], &QCheckBox::toggled, this, [this, k](bool on) {
            m_updating = true;
            kindFilter(m_filter)->setShown(WarningKind(k), on);
            m_updating = false;
        });
        kinds->addWidget(m_show[k]);
    }
    kinds->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(kinds);
    layout->addWidget(m_view, 1);

    // A click requests its box (also a click on the current row: the annotator may have scrolled
    // away); Enter is handled in eventFilter(). `activated` is not used, since styles differ on
    // whether a single click or a double click activates, and a box must be requested once.
    connect(m_view, &QListView::clicked, this, &WarningsPanel::request);
    connect(m_model, &WarningListModel::countsChanged, this, &WarningsPanel::updateSummary);
    updateSummary();
}

void WarningsPanel::setAnnotations(const QList<Annotation>& annotations)
{
    m_model->setAnnotations(annotations);
}

void WarningsPanel::setKindShown(WarningKind kind, bool shown)
{
    m_show[int(kind)]->setChecked(shown);
}

bool WarningsPanel::isKindShown(WarningKind kind) const
{
    return kindFilter(m_filter)->isShown(kind);
}

qint64 WarningsPanel::currentAnnotationId() const
{
    return m_view->currentIndex().data(WarningListModel::AnnotationIdRole).toLongLong();
}

void WarningsPanel::nextWarning()
{
    step(1);
}

void WarningsPanel::previousWarning()
{
    step(-1);
}

WarningsPanel::Key WarningsPanel::keyOf(const QModelIndex& index)
{
    return {index.data(WarningListModel::KindRole).toInt(),
            index.data(WarningListModel::AnnotationIdRole).toLongLong(),
            index.data(WarningListModel::OtherIdRole).toLongLong()};
}

void WarningsPanel::step(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    int row = delta > 0 ? 0 : rows - 1;
    if (m_last) {
        // Rows are in key order: find the last warning's place, whether or not it is still there.
        int place = 0;
        while (place < rows && keyOf(m_filter->index(place, 0)) < *m_last)
            ++place;
        const bool present = place < rows && keyOf(m_filter->index(place, 0)) == *m_last;
        row = delta > 0 ? (present ? place + 1 : place) : place - 1;
        row = (row % rows + rows) % rows;
    }
    const QModelIndex index = m_filter->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    request(index);
}

void WarningsPanel::request(const QModelIndex& index)
{
    const qint64 id = index.data(WarningListModel::AnnotationIdRole).toLongLong();
    if (id == 0)
        return;
    m_last = keyOf(index); // also when the row was current already (no currentChanged)
    Q_EMIT boxRequested(id);
}

bool WarningsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            request(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WarningsPanel::updateSummary()
{
    const WarningCounts counts = m_model->counts();
    if (counts.total() == 0) {
        m_summary->setText(tr("No warnings"));
        return;
    }
    m_summary->setText(tr("%1  ·  %2  ·  %3")
                           .arg(tr("%n too small", nullptr, counts.tooSmall),
                                tr("%n near-duplicate(s)", nullptr, counts.nearDuplicate),
                                tr("%n unlabelled", nullptr, counts.unlabelled)));
}

} // namespace shelf
