#include "project_document.h"

#include "log.h"
#include "store_error.h"

#include <QMap>

namespace shelf {

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_images(m_store->images())
{}

ProjectDocument::~ProjectDocument()
{
    // Commands hold a pointer to this document; clear them before the store goes.
    m_undoStack.clear();
}

ImageRecord ProjectDocument::image(qint64 id) const
{
    for (const ImageRecord& r : m_images) {
        if (r.id == id)
            return r;
    }
    return {};
}

QList<Annotation> ProjectDocument::annotations(qint64 imageId, const QString& layer) const
{
    return m_store->annotations(imageId, layer);
}

QList<Annotation> ProjectDocument::annotationsByIds(const QList<qint64>& ids) const
{
    return m_store->annotationsByIds(ids);
}

template <typename Fn> bool ProjectDocument::guarded(Fn&& fn)
{
    try {
        fn();
        m_lastError.clear();
        return true;
    } catch (const StoreError& e) {
        m_lastError = e.message();
        moduleLogger("core")->error("edit not applied: {}", e.what());
        Q_EMIT storeFailed(e.message());
        return false;
    }
}

void ProjectDocument::emitPerImage(const QList<Annotation>& annotations,
                                   void (ProjectDocument::*signal)(qint64, const QList<qint64>&))
{
    QMap<qint64, QList<qint64>> byImage;
    for (const Annotation& a : annotations)
        byImage[a.imageId] << a.id;
    for (auto it = byImage.cbegin(); it != byImage.cend(); ++it)
        Q_EMIT(this->*signal)(it.key(), it.value());
}

void ProjectDocument::applyInsert(QList<Annotation>& annotations)
{
    if (guarded([&] { m_store->insertAnnotations(annotations); }))
        emitPerImage(annotations, &ProjectDocument::annotationsInserted);
}

void ProjectDocument::applyRemove(const QList<Annotation>& annotations)
{
    QList<qint64> ids;
    ids.reserve(annotations.size());
    for (const Annotation& a : annotations)
        ids << a.id;
    if (guarded([&] { m_store->removeAnnotations(ids); }))
        emitPerImage(annotations, &ProjectDocument::annotationsRemoved);
}

void ProjectDocument::applyUpdate(const QList<Annotation>& annotations)
{
    if (guarded([&] { m_store->updateAnnotations(annotations); }))
        emitPerImage(annotations, &ProjectDocument::annotationsChanged);
}

void ProjectDocument::applyImageUpdate(const ImageRecord& image)
{
    if (!guarded([&] { m_store->updateImage(image); }))
        return;
    for (ImageRecord& r : m_images) {
        if (r.id == image.id)
            r = image;
    }
    Q_EMIT imageChanged(image.id);
}

} // namespace shelf
