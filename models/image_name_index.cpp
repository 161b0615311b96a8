#include "image_name_index.h"

namespace shelf {
namespace {

QString fileNameOf(const QString& relativePath)
{
    return relativePath.mid(relativePath.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

ImageNameIndex::ImageNameIndex(const QList<ImageRecord>& images) : m_images(images)
{
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        m_byPath.insert(m_images[i].relativePath, i);
        const QString name = fileNameOf(m_images[i].relativePath);
        m_byFileName.insert(name, m_byFileName.contains(name) ? -1 : i);
    }
}

const ImageRecord* ImageNameIndex::find(const QString& name) const
{
    if (const auto it = m_byPath.constFind(name); it != m_byPath.cend())
        return &m_images[*it];
    if (name.contains(QLatin1Char('/')))
        return nullptr;
    const qsizetype i = m_byFileName.value(name, -1);
    return i >= 0 ? &m_images[i] : nullptr;
}

QString ImageNameIndex::exportName(const ImageRecord& image) const
{
    const QString name = fileNameOf(image.relativePath);
    return m_byFileName.value(name, -1) >= 0 ? name : image.relativePath;
}

} // namespace shelf
