#pragma once

#include "box_warnings.h"

#include <QAbstractListModel>

namespace shelf {

/// The live warnings of the current image (one layer), one row each, in findWarnings() order.
/// setAnnotations() recomputes them and applies the difference as row removals, insertions and
/// changes, so that a view keeps its current row while the annotator fixes boxes; a wholly new
/// list (another image) resets the model. Thread: the UI thread.
class WarningListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1, ///< qint64
        OtherIdRole,                         ///< qint64; the second box of a near-duplicate, or 0
        KindRole,                            ///< int(WarningKind)
        ValueRole,                           ///< double; BoxWarning::value
    };

    explicit WarningListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The boxes of the current image and layer; cheap enough for every change (1000 boxes well
    /// under a millisecond).
    void setAnnotations(const QList<Annotation>& annotations);
    void setRules(const WarningRules& rules);
    WarningRules rules() const { return m_rules; }

    const QList<BoxWarning>& warnings() const { return m_warnings; }
    WarningCounts counts() const { return m_counts; }
    /// The sentence shown for a warning, through tr().
    static QString describe(const BoxWarning& warning, const WarningRules& rules);

Q_SIGNALS:
    /// After every recomputation, also when nothing changed.
    void countsChanged(const shelf::WarningCounts& counts);

private:
    void apply(const QList<BoxWarning>& fresh);

    WarningRules m_rules;
    QList<Annotation> m_annotations;
    QList<BoxWarning> m_warnings;
    WarningCounts m_counts;
};

} // namespace shelf
