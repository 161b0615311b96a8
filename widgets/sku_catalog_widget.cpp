#include "sku_catalog_widget.h"

#include "log.h"
#include "project_document.h"
#include "sku_catalog_model.h"
#include "sku_recent_list.h"
#include "store_error.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace shelf {

SkuCatalogWidget::SkuCatalogWidget(QWidget* parent)
    : QWidget(parent), m_model(new SkuCatalogModel(this)), m_search(new QLineEdit),
      m_view(new QTableView), m_import(new QPushButton(tr("Import catalog..."))),
      m_status(new QLabel)
{
    m_search->setObjectName(QStringLiteral("skuSearch"));
    m_search->setPlaceholderText(tr("Search SKUs: id, name, brand, type, shape, size, flavor"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("skuView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep a 20 000-row table as cheap as a short one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    m_import->setObjectName(QStringLiteral("skuImport"));
    m_status->setObjectName(QStringLiteral("skuStatus"));
    m_status->setWordWrap(true);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        setCurrentRow(0);
        updateStatus();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { chooseRow(index.row()); });
    connect(m_import, &QPushButton::clicked, this, &SkuCatalogWidget::importCatalog);
    setDocument(nullptr);
}

void SkuCatalogWidget::setDocument(ProjectDocument* document)
{
    m_document = document;
    m_message.clear();
    m_search->setEnabled(document);
    m_import->setEnabled(document);
    refresh();
}

void SkuCatalogWidget::refresh()
{
    QList<SkuEntry> skus;
    QStringList recent;
    if (m_document) {
        try {
            skus = m_document->store().skus();
            recent = SkuRecentList(m_document->store()).ids();
        } catch (const StoreError& e) {
            m_message = e.message();
        }
    }
    m_model->setCatalog(skus, recent);
    setCurrentRow(0);
    updateStatus();
}

SkuCatalogImport::Report SkuCatalogWidget::importFile(const QString& file)
{
    if (!m_document) {
        SkuCatalogImport::Report none;
        none.error = CsvDiagnostic{file, 0, 0, tr("no project is open")};
        return none;
    }
    const SkuCatalogImport::Report report = SkuCatalogImport::importFile(m_document->store(), file);
    refresh();
    m_message = report.summary();
    updateStatus();
    return report;
}

void SkuCatalogWidget::importCatalog()
{
    if (!m_document)
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Import SKU catalog"),
                                                      m_document->store().baseDir().path(),
                                                      tr("SKU catalog (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    const SkuCatalogImport::Report report = importFile(file);
    if (!report.ok())
        QMessageBox::warning(this, tr("Import SKU catalog"), report.summary());
}

bool SkuCatalogWidget::chooseRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const SkuEntry entry = m_model->entryAt(row);
    if (m_document) {
        try {
            SkuRecentList recent(m_document->store());
            recent.recordUse(entry.skuId);
            m_model->setRecent(recent.ids());
        } catch (const StoreError& e) {
            // The choice still counts; only its place in the recent list is lost.
            moduleLogger("ui")->warn("cannot store the recent SKU list: {}",
                                     e.message().toStdString());
            m_message = e.message();
            updateStatus();
        }
    }
    setCurrentRow(m_model->rowOf(entry.skuId));
    m_search->selectAll();
    Q_EMIT skuChosen(entry);
    return true;
}

void SkuCatalogWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool SkuCatalogWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_search && watched != m_view))
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        // Typing a filter that leaves the wanted SKU on top, then Enter, is the quick path.
        chooseRow(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0);
        return true;
    }
    // The search field keeps the keyboard while the arrows walk the table (which moves by
    // itself when it has the focus).
    if (watched != m_search)
        return QWidget::eventFilter(watched, event);
    const int rowHeight = std::max(1, m_view->verticalHeader()->defaultSectionSize());
    const int page = std::max(1, m_view->viewport()->height() / rowHeight - 1);
    switch (key) {
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-page);
        return true;
    case Qt::Key_PageDown:
        moveCurrent(page);
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void SkuCatalogWidget::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    setCurrentRow(std::clamp(current < 0 ? 0 : current + delta, 0, rows - 1));
}

void SkuCatalogWidget::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void SkuCatalogWidget::updateStatus()
{
    QString text = tr("%1 of %n SKU(s)", nullptr, m_model->catalogSize()).arg(m_model->rowCount());
    if (!m_message.isEmpty())
        text += QLatin1Char('\n') + m_message;
    m_status->setText(text);
}

} // namespace shelf
