#pragma once

#include "box_warnings.h"

#include <QWidget>

#include <array>
#include <optional>
#include <tuple>

class QCheckBox;
class QLabel;
class QListView;
class QModelIndex;
class QSortFilterProxyModel;

namespace shelf {

class WarningListModel;

/// The live warnings of the current image: a line of counts per kind, a checkbox per kind to show
/// or hide it, and the list. Clicking a row or pressing Enter on it, and nextWarning() /
/// previousWarning() (the window binds F8 / Shift+F8), emit boxRequested() for the row's box; the
/// window selects and zooms to it. The walk wraps around and, after the current warning is fixed
/// and disappears, goes on from where it was. Owns its model. Thread: the UI thread.
class WarningsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WarningsPanel(QWidget* parent = nullptr);

    /// The boxes of the current image and layer, after every change (see WarningListModel).
    void setAnnotations(const QList<Annotation>& annotations);
    WarningListModel* model() const { return m_model; }

    void setKindShown(WarningKind kind, bool shown);
    bool isKindShown(WarningKind kind) const;
    /// The box of the current row, or 0.
    qint64 currentAnnotationId() const;

public Q_SLOTS:
    void nextWarning();
    void previousWarning();

Q_SIGNALS:
    void boxRequested(qint64 annotationId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// A row's identity: kind, annotation id, other id (the model's sort order).
    using Key = std::tuple<int, qint64, qint64>;
    static Key keyOf(const QModelIndex& index);
    void step(int delta);
    void request(const QModelIndex& index);
    void updateSummary();

    WarningListModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_summary;
    QListView* m_view;
    std::array<QCheckBox*, kWarningKindCount> m_show;
    /// The warning the annotator was last at. The walk goes on from it even after it is fixed and
    /// its row is gone; the view's own current row then moves to a neighbour, which is ignored.
    std::optional<Key> m_last;
    bool m_updating = false; ///< rows are being removed or filtered out
};

} // namespace shelf
