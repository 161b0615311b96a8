#pragma once

#include "annotation.h"
#include "prediction.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <memory>

namespace shelf {

class ProjectDocument;

/// Puts a prediction into the project the way a human edit goes in: through document commands,
/// as one undo step per image.
///
/// The step replaces, for that image, the model layers the prediction carries ("raw" always,
/// "nms" and "em" when they were computed): the old boxes of those layers are removed, the new
/// ones added as Proposed, Origin::Model, with their scores and, when the model's classes are
/// RP2K shapes, the shape. The human layer and any other layer are never touched. An image still
/// New becomes PreAnnotated. Geometry is original-image pixels, as stored.
///
/// Thread: the document's thread (the UI thread).
class PredictionWriter
{
    Q_DECLARE_TR_FUNCTIONS(shelf::PredictionWriter)
public:
    /// The boxes of one layer ("raw", "nms" or "em") ready to add; empty for a layer the
    /// prediction does not carry.
    static QList<Annotation> annotations(qint64 imageId, const ImagePrediction& prediction,
                                         const QString& layer);

    /// The undo step for one image, not yet pushed; null (and `error` set) when the prediction
    /// does not fit the image: unknown image, failed prediction, or a size that differs from the
    /// stored one (the file changed since it was added).
    static std::unique_ptr<QUndoCommand> makeCommand(ProjectDocument* document, qint64 imageId,
                                                     const ImagePrediction& prediction,
                                                     QString* error = nullptr);

    /// Makes the step and pushes it on the document's undo stack; false (and `error`) when
    /// refused.
    static bool write(ProjectDocument& document, qint64 imageId, const ImagePrediction& prediction,
                      QString* error = nullptr);
};

} // namespace shelf
