#pragma once

#include "sku_catalog_import.h"
#include "sku_entry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace shelf {

class ProjectDocument;
class SkuCatalogModel;

/// The SKU catalog panel: a search field over a table of the project's SKUs (recently used
/// first), and an "Import catalog..." button. Typing filters; Up/Down (Page Up/Down) in the search
/// field move the current row; Enter or a double-click chooses it: the SKU goes to the front of
/// the project's recent list and skuChosen() is emitted. Applying the labels to boxes is the
/// receiver's business. Thread: UI. The document is not owned and must outlive its use here.
class SkuCatalogWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SkuCatalogWidget(QWidget* parent = nullptr);

    /// Shows the catalog of `document` (null: nothing, controls disabled).
    void setDocument(ProjectDocument* document);
    SkuCatalogModel* model() const { return m_model; }
    /// Reads the catalog and the recent list from the project again.
    void refresh();

    /// Imports a catalog CSV into the project (all or nothing) and refreshes; no dialog. The
    /// report's summary() is what importCatalog() shows.
    SkuCatalogImport::Report importFile(const QString& file);
    /// Chooses the SKU shown at `row` of model(); false when there is none.
    bool chooseRow(int row);

public Q_SLOTS:
    /// Asks for a CSV file, imports it, and reports an error (file:line:column) in a message box.
    void importCatalog();
    /// Puts the keyboard in the search field with its text selected, ready to type over.
    void focusSearch();

Q_SIGNALS:
    void skuChosen(const shelf::SkuEntry& entry);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void moveCurrent(int delta);
    void setCurrentRow(int row);
    void updateStatus();

    ProjectDocument* m_document = nullptr;
    SkuCatalogModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_import;
    QLabel* m_status;
    QString m_message; ///< the last import's or failure's line, shown under the table
};

} // namespace shelf
