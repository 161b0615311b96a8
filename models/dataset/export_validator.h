#pragma once

#include "export_options.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shelf {

struct DatasetSnapshot;

/// One finding of the validation before an export.
struct ValidationIssue
{
    enum class Kind { TooSmall = 0, Outside, NearDuplicate, Unlabelled, NotDone };
    Kind kind = Kind::TooSmall;
    qint64 imageId = 0;
    QString image;           ///< the image's export name
    qint64 annotationId = 0; ///< 0 for NotDone
    qint64 otherId = 0;      ///< NearDuplicate: the second box
    QString message;         ///< for people, translated

    bool operator==(const ValidationIssue&) const = default;
};

/// What the user sees before an export is written: counts per kind, and the first issues.
struct ValidationReport
{
    int tooSmall = 0;       ///< boxes with a side under 80 px (WarningRules::minSide)
    int outside = 0;        ///< boxes reaching outside the image
    int nearDuplicates = 0; ///< pairs with IoU >= 0.7 (WarningRules::duplicateIou)
    int unlabelled = 0;     ///< boxes without the chosen class (see ExportValidator)
    int imagesNotDone = 0;  ///< exported images not marked done
    ExportOptions::ClassBy classBy = ExportOptions::ClassBy::Object; ///< what unlabelled means
    int images = 0;
    qint64 boxes = 0;
    QList<ValidationIssue> issues; ///< the first kMaxIssues, by image then kind
    static constexpr int kMaxIssues = 1000;

    int total() const { return tooSmall + outside + nearDuplicates + unlabelled + imagesNotDone; }
    bool clean() const { return total() == 0; }
    /// One translated line per kind that occurred, for a dialog or the CLI.
    QStringList summary() const;
};

/// The checks run before an export: the workspace's box warnings (findWarnings: too small,
/// near-duplicates), boxes outside the image, boxes without the class chosen by
/// ExportOptions::classBy (exported as "unlabelled"; for Object: boxes with neither a shape nor
/// an SKU id, exported as "object" but unlabelled for a catalogue), and images not marked done.
/// Separate from writing so that a dialog can show the report and let the user go on or go back.
/// Pure; any thread.
class ExportValidator
{
    Q_DECLARE_TR_FUNCTIONS(shelf::ExportValidator)
public:
    static ValidationReport validate(const DatasetSnapshot& snapshot, const ExportOptions& options);
};

} // namespace shelf
