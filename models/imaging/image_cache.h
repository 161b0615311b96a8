#pragma once

#include "image_decoder.h"

#include <QCache>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

namespace shelf {

/// Decoded images kept in memory up to a byte budget, and decoded ahead of need on a small thread
/// pool of its own (so that preloading never starves other background work). Used for the next
/// and previous shelf photos (full size) and for image-list thumbnails (reduced).
///
/// Keys are (path, maxSide); maxSide 0 means full size. A full-size JPEG decodes as kBands
/// horizontal bands on the pool, and each band is announced (tileReady) as it arrives, so that a
/// viewer can show full detail band by band before the whole image is in (`ready`). Thread: the
/// cache lives in the UI thread; decoding runs on the pool and results arrive through signals. A
/// request for a key already queued or cached does nothing; clear() forgets queued requests'
/// results.
class ImageCache : public QObject
{
    Q_OBJECT
public:
    /// `budgetBytes`: how much decoded pixel data to keep; `threads`: decoding threads.
    explicit ImageCache(qint64 budgetBytes, int threads = 1, QObject* parent = nullptr);
    ~ImageCache() override;

    /// The cached image, or a null one.
    ImageDecoder::Result cached(const QString& path, int maxSide = 0) const;
    /// Starts decoding in the background unless cached or already queued.
    void request(const QString& path, int maxSide = 0);
    void clear();
    qint64 budgetBytes() const { return m_budget; }
    qint64 usedBytes() const;

    /// Bands a full-size decode is split into.
    static constexpr int kBands = 4;

Q_SIGNALS:
    void ready(const QString& path, int maxSide);
    /// One band of the full-size image of `path`: `tile` covers `rect` of the displayed image.
    void tileReady(const QString& path, const QImage& tile, const QRect& rect);

private:
    static QString key(const QString& path, int maxSide);
    void requestBands(const QString& path, const QString& key);
    void onBand(const QString& path, const QString& key, const ImageDecoder::Band& band);

    /// A full-size image being put together from its bands.
    struct Assembly
    {
        QImage image;
        int remaining = kBands;
        bool failed = false;
    };

    qint64 m_budget;
    QThreadPool m_pool;
    QCache<QString, ImageDecoder::Result> m_cache; // cost in KiB, so that 12 MP images fit an int
    QHash<QString, QFutureWatcher<ImageDecoder::Result>*> m_pending;
    QHash<QString, QList<QFutureWatcher<ImageDecoder::Band>*>> m_pendingBands;
    QHash<QString, Assembly> m_assemblies;
    quint64 m_generation = 0;
};

} // namespace shelf
