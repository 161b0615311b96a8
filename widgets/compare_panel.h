#pragma once

#include "box_matcher.h"
#include "layer_comparison.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace shelf {

class ComparisonTableModel;
class ImageCanvas;
class ProjectDocument;

/// The QA reviewer's compare mode: two layers of the current image drawn over the canvas in two
/// styles (both, blinking, or one side), matched one to one at IoU >= 0.5, with the boxes found
/// in only one layer listed (false positives and negatives when B is the truth); a per-image table
/// over the whole project, computed off the UI thread, sortable so the worst images come first;
/// and the reviewer's actions, each an undo command: take a box into the human layer, reject a
/// box, mark the image reviewed.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePanel(ImageCanvas* canvas, QWidget* parent = nullptr);
    ~ComparePanel() override;

    void setDocument(ProjectDocument* document);
    void setImage(qint64 imageId);
    /// Compare mode on or off; off clears the overlay.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// Chooses the layers (for tests and for the dashboard's defaults).
    void setLayers(const QString& a, const QString& b, bool bIsTruth);

    /// The comparison of the current image, indices into the layers' boxes.
    const BoxMatch& currentMatch() const { return m_match; }
    QListWidget* disagreementList() const { return m_disagreements; }
    QTableView* table() const { return m_table; }
    ComparisonTableModel* tableModel() const { return m_model; }
    /// The last whole-project comparison (empty until one ran).
    const LayerComparison::Result& projectResult() const { return m_result; }

public Q_SLOTS:
    /// Compares every image of the project in the background.
    void compareProject();
    void cancelProject();
    void takeSelectedIntoHuman();
    void rejectSelected();
    void toggleReviewed();
    void setBlinking(bool on);
    /// Switches the view between blinking and both layers at once.
    void toggleBlink();
    void showDashboard();

Q_SIGNALS:
    void imageRequested(qint64 imageId);
    void message(const QString& text);
    /// A whole-project comparison finished (for tests).
    void projectCompared();

private:
    struct Picked
    {
        QString layer;
        Annotation box;
    };
    QWidget* createControls();
    void fillLayerChoices();
    void refresh();
    void updateOverlay();
    void updateList();
    void onLayerChoice();
    void onProjectDone();
    void onDocumentChanged(qint64 imageId);
    void zoomToItem();
    std::optional<Picked> selectedBox() const;
    QString layerA() const;
    QString layerB() const;
    bool bIsTruth() const;

    ImageCanvas* m_canvas;
    ProjectDocument* m_document = nullptr;
    qint64 m_image = 0;
    bool m_active = false;
    QList<Annotation> m_a;
    QList<Annotation> m_b;
    BoxMatch m_match;

    QComboBox* m_layerA;
    QComboBox* m_layerB;
    QCheckBox* m_truth;
    QComboBox* m_view;
    QCheckBox* m_showMatched;
    QCheckBox* m_showOnlyA;
    QCheckBox* m_showOnlyB;
    QLabel* m_summary;
    QListWidget* m_disagreements;
    QPushButton* m_take;
    QPushButton* m_reject;
    QPushButton* m_reviewed;
    QPushButton* m_compareAll;
    QPushButton* m_cancel;
    QPushButton* m_dashboard;
    QProgressBar* m_progress;
    QTableView* m_table;
    ComparisonTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer m_blink;
    bool m_blinkShowsA = true;

    QFutureWatcher<LayerComparison::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    quint64 m_documentGeneration = 0; ///< changes with the document: older runs are dropped
    quint64 m_runGeneration = 0;
    LayerComparison::Result m_result;
    LayerComparison::Options m_resultOptions;
};

} // namespace shelf
