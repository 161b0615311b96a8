#include "dataset_names.h"

#include "image_name_index.h"

namespace shelf {
namespace {

QString suffixOf(const QString& name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.mid(dot) : QString();
}

QString withoutSuffix(const QString& name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}

} // namespace

DatasetNames::DatasetNames(const QList<ImageRecord>& images)
{
    const ImageNameIndex index(images);
    QHash<QString, int> stemUses;
    QList<std::pair<qint64, QString>> flat;
    for (const ImageRecord& image : images) {
        QString name = index.exportName(image);
        name.replace(QLatin1Char('/'), QLatin1String("__"));
        flat.append({image.id, name});
        ++stemUses[withoutSuffix(name)];
        const QString fileName = image.relativePath.mid(image.relativePath.lastIndexOf('/') + 1);
        const QString base = withoutSuffix(fileName);
        m_byBaseName.insert(base, m_byBaseName.contains(base) ? -1 : image.id);
    }
    for (const auto& [id, name] : flat) {
        QString stem = withoutSuffix(name);
        if (stemUses.value(stem) > 1)
            stem += QLatin1Char('_') + QString::number(id);
        m_stems.insert(id, stem);
        m_flatFiles.insert(id, stem + suffixOf(name));
        m_byStem.insert(stem, id);
    }
}

qint64 DatasetNames::findStem(const QString& stem) const
{
    if (const qint64 id = m_byStem.value(stem, 0))
        return id;
    return std::max<qint64>(0, m_byBaseName.value(stem, 0));
}

} // namespace shelf
