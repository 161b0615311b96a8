#include "warning_list_model.h"

#include <cmath>
#include <tuple>

namespace shelf {

namespace {

/// Rows are identified by what the warning is about, not by its numbers: a box that shrinks from
/// 70 to 60 px keeps its row.
auto key(const BoxWarning& w)
{
    return std::tuple(w.kind, w.annotationId, w.otherId);
}

/// Pixels rounded down to a tenth, so that a 79.96 px side never reads as "80" beside "smaller
/// than 80"; whole numbers without decimals.
QString pixels(double v)
{
    const double tenths = std::floor(v * 10 + 1e-6) / 10;
    return QString::number(tenths, 'f', tenths == std::floor(tenths) ? 0 : 1);
}

} // namespace

WarningListModel::WarningListModel(QObject* parent) : QAbstractListModel(parent) {}

int WarningListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_warnings.size());
}

QVariant WarningListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoxWarning& w = m_warnings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return describe(w, m_rules);
    case Qt::ToolTipRole:
        return w.otherId ? tr("Boxes %1 and %2").arg(w.annotationId).arg(w.otherId)
                         : tr("Box %1").arg(w.annotationId);
    case AnnotationIdRole:
        return w.annotationId;
    case OtherIdRole:
        return w.otherId;
    case KindRole:
        return int(w.kind);
    case ValueRole:
        return w.value;
    default:
        return {};
    }
}

QHash<int, QByteArray> WarningListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names[AnnotationIdRole] = "annotationId";
    names[OtherIdRole] = "otherId";
    names[KindRole] = "kind";
    names[ValueRole] = "value";
    return names;
}

QString WarningListModel::describe(const BoxWarning& w, const WarningRules& rules)
{
    switch (w.kind) {
    case WarningKind::TooSmall:
        return tr("Box smaller than %1 x %1 px (%2 x %3)")
            .arg(pixels(rules.minSide), pixels(w.size.width()), pixels(w.size.height()));
    case WarningKind::NearDuplicate:
        return tr("Near-duplicate of another box (IoU %1)").arg(QString::number(w.value, 'f', 2));
    case WarningKind::Unlabelled:
        return tr("Accepted box without SKU or shape");
    }
    return {};
}

void WarningListModel::setAnnotations(const QList<Annotation>& annotations)
{
    m_annotations = annotations;
    apply(findWarnings(m_annotations, m_rules));
}

void WarningListModel::setRules(const WarningRules& rules)
{
    m_rules = rules;
    // Every text may name the minimum side: reset rather than diff.
    beginResetModel();
    m_warnings = findWarnings(m_annotations, m_rules);
    m_counts = {};
    for (const BoxWarning& w : m_warnings)
        m_counts.add(w.kind);
    endResetModel();
    Q_EMIT countsChanged(m_counts);
}

void WarningListModel::apply(const QList<BoxWarning>& fresh)
{
    m_counts = {};
    for (const BoxWarning& w : fresh)
        m_counts.add(w.kind);

    // Both lists are sorted by key; count the rows they share.
    int shared = 0;
    for (qsizetype i = 0, j = 0; i < m_warnings.size() && j < fresh.size();) {
        if (key(m_warnings[i]) < key(fresh[j]))
            ++i;
        else if (key(fresh[j]) < key(m_warnings[i]))
            ++j;
        else
            ++shared, ++i, ++j;
    }
    if (shared == 0 && !m_warnings.isEmpty() && !fresh.isEmpty()) {
        beginResetModel(); // another image: nothing to keep
        m_warnings = fresh;
        endResetModel();
        Q_EMIT countsChanged(m_counts);
        return;
    }

    // A merge of the two sorted lists: runs of vanished rows are removed, runs of new rows
    // inserted, rows present in both updated in place.
    int row = 0;
    qsizetype k = 0;
    auto oldBefore = [&](int r) {
        return r < m_warnings.size() && (k == fresh.size() || key(m_warnings[r]) < key(fresh[k]));
    };
    while (row < m_warnings.size() || k < fresh.size()) {
        if (oldBefore(row)) {
            int last = row;
            while (oldBefore(last + 1))
                ++last;
            beginRemoveRows({}, row, last);
            m_warnings.remove(row, last - row + 1);
            endRemoveRows();
        } else if (row == m_warnings.size() || key(fresh[k]) < key(m_warnings[row])) {
            qsizetype end = k + 1;
            while (end < fresh.size() &&
                   (row == m_warnings.size() || key(fresh[end]) < key(m_warnings[row])))
                ++end;
            beginInsertRows({}, row, row + int(end - k) - 1);
            for (qsizetype i = k; i < end; ++i)
                m_warnings.insert(row + (i - k), fresh[i]);
            endInsertRows();
            row += int(end - k);
            k = end;
        } else {
            if (!(m_warnings[row] == fresh[k])) {
                m_warnings[row] = fresh[k];
                Q_EMIT dataChanged(index(row), index(row));
            }
            ++row;
            ++k;
        }
    }
    Q_EMIT countsChanged(m_counts);
}

} // namespace shelf
