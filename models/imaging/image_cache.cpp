#include "image_cache.h"

#include <QtConcurrent>

namespace shelf {

ImageCache::ImageCache(qint64 budgetBytes, int threads, QObject* parent)
    : QObject(parent), m_budget(budgetBytes)
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_cache.setMaxCost(qsizetype(std::max<qint64>(1, budgetBytes / 1024)));
}

ImageCache::~ImageCache()
{
    // Queued decodes are dropped (their futures never finish, so nobody may wait on them);
    // running ones end before the pool goes, and their watchers never call back.
    for (auto* watcher : std::as_const(m_pending))
        watcher->disconnect(this);
    m_pool.clear();
    m_pool.waitForDone();
}

QString ImageCache::key(const QString& path, int maxSide)
{
    return QString::number(maxSide) + QLatin1Char('|') + path;
}

ImageDecoder::Result ImageCache::cached(const QString& path, int maxSide) const
{
    const ImageDecoder::Result* hit = m_cache.object(key(path, maxSide));
    return hit ? *hit : ImageDecoder::Result{};
}

qint64 ImageCache::usedBytes() const
{
    return qint64(m_cache.totalCost()) * 1024;
}

void ImageCache::request(const QString& path, int maxSide)
{
    const QString k = key(path, maxSide);
    if (m_cache.contains(k) || m_pending.contains(k))
        return;
    auto* watcher = new QFutureWatcher<ImageDecoder::Result>(this);
    m_pending.insert(k, watcher);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, k, path, maxSide, generation] {
                m_pending.remove(k);
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                const ImageDecoder::Result result = watcher->result();
                if (result.image.isNull())
                    return;
                const qsizetype cost = qsizetype(result.image.sizeInBytes() / 1024) + 1;
                if (cost <= m_cache.maxCost())
                    m_cache.insert(k, new ImageDecoder::Result(result), cost);
                Q_EMIT ready(path, maxSide);
            });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, maxSide] {
        return maxSide > 0 ? ImageDecoder::decodePreview(path, maxSide)
                           : ImageDecoder::decode(path);
    }));
}

void ImageCache::clear()
{
    ++m_generation;
    m_pool.clear();
    // Dropped requests must be asked for again, so they stop counting as pending.
    for (auto* watcher : std::as_const(m_pending)) {
        watcher->disconnect(this);
        watcher->deleteLater();
    }
    m_pending.clear();
    m_cache.clear();
}

} // namespace shelf
