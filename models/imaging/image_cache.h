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
/// Keys are (path, maxSide); maxSide 0 means full size. Thread: the cache lives in the UI thread;
/// decoding runs on the pool and results arrive through `ready`. A request for a key already
/// queued or cached does nothing; clear() forgets queued requests' results.
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

Q_SIGNALS:
    void ready(const QString& path, int maxSide);

private:
    static QString key(const QString& path, int maxSide);

    qint64 m_budget;
    QThreadPool m_pool;
    QCache<QString, ImageDecoder::Result> m_cache; // cost in KiB, so that 12 MP images fit an int
    QHash<QString, QFutureWatcher<ImageDecoder::Result>*> m_pending;
    quint64 m_generation = 0;
};

} // namespace shelf
