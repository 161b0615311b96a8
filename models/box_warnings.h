#pragma once

#include "annotation.h"

#include <QHash>
#include <QList>
#include <QSizeF>

namespace shelf {

class ProjectStore;

/// What a live warning is about. The order is the order of the warning list.
enum class WarningKind { TooSmall = 0, NearDuplicate, Unlabelled };
inline constexpr int kWarningKindCount = 3;

/// One problem with one box (or, for NearDuplicate, one pair of boxes).
struct BoxWarning
{
    WarningKind kind = WarningKind::TooSmall;
    qint64 annotationId = 0; ///< the box; for a pair, the one with the smaller id
    qint64 otherId = 0;      ///< NearDuplicate: the other box (larger id); 0 otherwise
    double value = 0;        ///< NearDuplicate: their IoU; TooSmall: the shorter side in px
    QSizeF size;             ///< the box's width and height in image pixels

    bool operator==(const BoxWarning&) const = default;
};

/// The thresholds of the checks.
///
/// A box is *labelled* when it has an SKU id (not blank) or a shape: either one identifies what
/// the annotator decided, and RP2K crops are usable for training with a shape alone, so only an
/// accepted box with neither is reported. Proposed boxes are not expected to carry labels yet.
struct WarningRules
{
    /// RP2K wants every product at least 80 x 80 px; a box warns when either side is shorter.
    double minSide = 80;
    /// Two boxes of the same image and layer with IoU >= this are near-duplicates. In (0, 1];
    /// values outside are clamped to that range.
    double duplicateIou = 0.7;
    bool checkSize = true;
    bool checkDuplicates = true;
    bool checkLabels = true;
};

/// Warnings per kind.
struct WarningCounts
{
    int tooSmall = 0;
    int nearDuplicate = 0; ///< pairs
    int unlabelled = 0;

    int total() const { return tooSmall + nearDuplicate + unlabelled; }
    int of(WarningKind kind) const;
    void add(WarningKind kind, int n = 1);
    WarningCounts& operator+=(const WarningCounts& other);
    bool operator==(const WarningCounts&) const = default;
};

/// The warnings of a set of boxes, normally one image's boxes of one layer. Rejected boxes never
/// warn and are never a duplicate of anything; proposed boxes warn about size and duplicates;
/// accepted boxes about all three. Boxes of different images or layers are never duplicates of
/// each other. Each duplicate pair is reported once. Order: by kind, then annotationId, then
/// otherId. Duplicates are found by a sort-and-sweep on x1 (O(n log n + pairs within 0.3 box
/// widths in x)): 1000 boxes take well under a millisecond. Pure; any thread.
QList<BoxWarning> findWarnings(const QList<Annotation>& annotations,
                               const WarningRules& rules = {});

/// The counts of findWarnings(annotations, rules).
WarningCounts countWarnings(const QList<Annotation>& annotations, const WarningRules& rules = {});

/// Counts per image id of boxes from any number of images (one layer, or several: layers are kept
/// apart). Images without warnings are absent.
QHash<qint64, WarningCounts> countWarningsPerImage(const QList<Annotation>& annotations,
                                                   const WarningRules& rules = {});

/// The project-wide counts of one layer, per image id, for the image list. Streams the layer from
/// the store, keeping only geometry, state and a labelled flag per box (about 60 bytes). Thread:
/// the store's. Throws StoreError as the store does.
QHash<qint64, WarningCounts> countWarnings(const ProjectStore& store, const QString& layer,
                                           const WarningRules& rules = {});

} // namespace shelf
