#include "image_cache.h"

#include <QFileInfo>
#include <QtConcurrent>

#include <cstring>

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
    for (const auto& watchers : std::as_const(m_pendingBands)) {
        for (auto* watcher : watchers)
            watcher->disconnect(this);
    }
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
    if (m_cache.contains(k) || m_pending.contains(k) || m_pendingBands.contains(k))
        return;
    // JPEG decodes a band without decoding what lies below it; other formats would decode the
    // whole image once per band, so they come in one piece.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (maxSide == 0 && (suffix == u"jpg" || suffix == u"jpeg")) {
        requestBands(path, k);
        return;
    }
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

void ImageCache::requestBands(const QString& path, const QString& k)
{
    QList<QFutureWatcher<ImageDecoder::Band>*>& watchers = m_pendingBands[k];
    m_assemblies.insert(k, Assembly{});
    for (int b = 0; b < kBands; ++b) {
        auto* watcher = new QFutureWatcher<ImageDecoder::Band>(this);
        watchers << watcher;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, k, path] {
            m_pendingBands[k].removeOne(watcher);
            watcher->deleteLater();
            onBand(path, k, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(
            &m_pool, [path, b] { return ImageDecoder::decodeBand(path, b, kBands); }));
    }
}

void ImageCache::onBand(const QString& path, const QString& k, const ImageDecoder::Band& band)
{
    Assembly& a = m_assemblies[k];
    if (!band.result.error.isEmpty())
        a.failed = true;
    if (!a.failed && !band.result.image.isNull()) {
        QImage tile = band.result.image;
        if (!a.image.isNull() && tile.format() != a.image.format())
            tile = tile.convertToFormat(a.image.format());
        // Shown first, put in place after: the viewer waits for no copy.
        Q_EMIT tileReady(path, tile, band.rect);
        if (a.image.isNull()) // every row is written by exactly one band: no fill needed
            a.image = QImage(band.result.fullSize, band.result.image.format());
        // Copied row by row into place: bands never overlap, so no blending is needed.
        for (int y = 0; y < band.rect.height(); ++y) {
            const uchar* from = tile.constScanLine(y);
            uchar* to = a.image.scanLine(band.rect.top() + y) + band.rect.left() * 4;
            std::memcpy(to, from, std::size_t(band.rect.width()) * 4);
        }
    }
    if (--a.remaining > 0)
        return;
    const Assembly done = m_assemblies.take(k);
    m_pendingBands.remove(k);
    if (done.failed || done.image.isNull())
        return;
    auto* result = new ImageDecoder::Result{done.image, done.image.size(), {}};
    const qsizetype cost = qsizetype(done.image.sizeInBytes() / 1024) + 1;
    if (cost <= m_cache.maxCost())
        m_cache.insert(k, result, cost);
    else
        delete result;
    Q_EMIT ready(path, 0);
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
    for (const auto& watchers : std::as_const(m_pendingBands)) {
        for (auto* watcher : watchers) {
            watcher->disconnect(this);
            watcher->deleteLater();
        }
    }
    m_pendingBands.clear();
    m_assemblies.clear();
    m_cache.clear();
}

} // namespace shelf
