#pragma once

#include "export_options.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace shelf {

struct DatasetSnapshot;

/// Writes a dataset export: SKU-110K annotations CSV (a file), RP2K crops + CSV, COCO JSON, YOLO
/// or Pascal VOC (folders). See each writer for its format, ExportOptions for the choices.
///
/// Use: DatasetSnapshot::load() on the store's thread, ExportValidator::validate() to show the
/// report, then run() on any thread (a dialog: QtConcurrent::run), requestCancel() from any
/// thread. The progress callback runs on run()'s thread, with (done, total) in images (boxes for
/// SKU-110K); a dialog forwards it with a queued call.
///
/// Atomic: a folder export is written into a hidden temporary folder beside the target
/// (`.<name>.partial-<uuid>`, same file system) and renamed into place at the end; a file export
/// goes through QSaveFile. An existing target is refused unless ExportOptions::force; with it,
/// the old target is moved aside, the new one renamed in, and the old one removed (or put back
/// if the rename fails). An error or a cancel removes the temporary output: nothing is left
/// behind and an existing target is untouched.
///
/// Split: COCO (instances_train.json, instances_test.json), YOLO and VOC split by image; RP2K by
/// box unless ExportOptions::splitBy says Image (DatasetSplit); a set with nothing in it is not
/// written, so a trainShare of 1 writes train only.
class DatasetExporter
{
    Q_DECLARE_TR_FUNCTIONS(shelf::DatasetExporter)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Result
    {
        QString error; ///< for people, naming the file; empty on success or cancel
        bool cancelled = false;
        qint64 images = 0;
        qint64 boxes = 0;
        qint64 trainImages = 0, testImages = 0; ///< images in each set (RP2K: with a crop in it)
        qint64 trainBoxes = 0, testBoxes = 0;
        qint64 skippedBoxes = 0; ///< RP2K: boxes with no pixel inside their image
        int classes = 0;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    /// A temporary folder of an export to the same target that was not touched for this long is
    /// left from a killed export and removed by the next one.
    static constexpr int kStaleTemporarySeconds = 600;

    explicit DatasetExporter(ExportOptions options) : m_options(std::move(options)) {}

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// Thread-safe; run() stops at the next image and removes what it wrote.
    void requestCancel() { m_cancel = true; }
    bool cancelRequested() const { return m_cancel; }

    /// Writes `snapshot` to `target` (a file for SKU-110K, a folder otherwise).
    Result run(const DatasetSnapshot& snapshot, const QString& target);

private:
    Result writeSku110k(const DatasetSnapshot& snapshot, const QString& target);
    QString writeFolder(const DatasetSnapshot& snapshot, const QString& folder, Result& result,
                        class ExportContext& ctx);
    QString replaceTarget(const QString& written, const QString& target);
    static void removeStaleTemporaries(const QString& parent, const QString& name);

    ExportOptions m_options;
    Progress m_progress;
    std::atomic_bool m_cancel{false};
};

} // namespace shelf
