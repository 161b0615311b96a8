#include "prediction_writer.h"

#include "add_annotations_command.h"
#include "project_document.h"
#include "remove_annotations_command.h"
#include "set_image_attributes_command.h"

namespace shelf {
namespace {

Annotation toAnnotation(qint64 imageId, const QString& layer, const Detection& d,
                        const QStringList& classes)
{
    Annotation a;
    a.imageId = imageId;
    a.layer = layer;
    a.box = d.box;
    a.state = ReviewState::Proposed;
    a.origin = Origin::Model;
    a.hardScore = d.hardScore;
    a.softIou = d.softIou;
    a.confidence = d.confidence;
    // A one-class detector ("object") says nothing of the shape; an RP2K-shape model does.
    if (d.label >= 0 && d.label < classes.size())
        a.shape = shapeFromKey(classes[d.label]).value_or(Shape::None);
    return a;
}

} // namespace

QList<Annotation> PredictionWriter::annotations(qint64 imageId, const ImagePrediction& prediction,
                                                const QString& layer)
{
    QList<Annotation> out;
    if (layer == layers::raw) {
        out.reserve(qsizetype(prediction.raw.size()));
        for (const Detection& d : prediction.raw)
            out << toAnnotation(imageId, layer, d, prediction.classes);
        return out;
    }
    const std::optional<MergedLayer>& merged =
        layer == layers::nms ? prediction.nms
                             : (layer == layers::em ? prediction.em : std::optional<MergedLayer>());
    if (!merged)
        return out;
    out.reserve(qsizetype(merged->boxes.size()));
    for (const MergedDetection& m : merged->boxes)
        out << toAnnotation(imageId, layer, m.detection, prediction.classes);
    return out;
}

std::unique_ptr<QUndoCommand> PredictionWriter::makeCommand(ProjectDocument* document,
                                                            qint64 imageId,
                                                            const ImagePrediction& prediction,
                                                            QString* error)
{
    const auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<QUndoCommand>();
    };
    const ImageRecord image = document->image(imageId);
    if (image.id == 0)
        return refuse(tr("Image %1 is not in the project.").arg(imageId));
    if (!prediction.ok())
        return refuse(prediction.error.isEmpty()
                          ? tr("%1: the prediction was cancelled.").arg(image.relativePath)
                          : prediction.error);
    if (prediction.size != QSize(image.width, image.height))
        return refuse(tr("%1: the image is %2 x %3 pixels on disk but %4 x %5 in the project; "
                         "relink or re-add it before pre-annotating.")
                          .arg(image.relativePath)
                          .arg(prediction.size.width())
                          .arg(prediction.size.height())
                          .arg(image.width)
                          .arg(image.height));

    QStringList replaced{layers::raw};
    if (prediction.nms)
        replaced << layers::nms;
    if (prediction.em)
        replaced << layers::em;
    QList<qint64> oldIds;
    QList<Annotation> added;
    for (const QString& layer : replaced) {
        for (const Annotation& a : document->annotations(imageId, layer))
            oldIds << a.id;
        added << annotations(imageId, prediction, layer);
    }

    auto command = std::make_unique<QUndoCommand>(
        tr("Pre-annotate %1 (%n box(es))", nullptr, int(added.size())).arg(image.relativePath));
    // Children run in order on redo and in reverse on undo.
    if (!oldIds.isEmpty())
        new RemoveAnnotationsCommand(document, oldIds, command.get());
    if (!added.isEmpty())
        new AddAnnotationsCommand(document, added, command.get());
    if (image.status == ImageStatus::New) {
        ImageRecord changed = image;
        changed.status = ImageStatus::PreAnnotated;
        new SetImageAttributesCommand(document, changed, command.get());
    }
    return command;
}

bool PredictionWriter::write(ProjectDocument& document, qint64 imageId,
                             const ImagePrediction& prediction, QString* error)
{
    std::unique_ptr<QUndoCommand> command = makeCommand(&document, imageId, prediction, error);
    if (!command)
        return false;
    document.undoStack()->push(command.release());
    return true;
}

} // namespace shelf
