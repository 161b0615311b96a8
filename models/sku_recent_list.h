#pragma once

#include <QString>
#include <QStringList>

namespace shelf {

class ProjectStore;

/// The SKUs an annotator chose last, newest first, kept in the project (setting "sku_recent", a
/// JSON array of sku ids) so that the catalog shows them first on any machine that opens it.
/// Holds at most kCapacity ids. Thread: the store's. Reads and writes throw StoreError.
class SkuRecentList
{
public:
    static constexpr int kCapacity = 50;
    static inline const QString kSettingKey = QStringLiteral("sku_recent");

    /// Reads the list from `store`, which must outlive this object.
    explicit SkuRecentList(ProjectStore& store);

    /// Newest first.
    const QStringList& ids() const { return m_ids; }
    /// Moves `skuId` to the front (adding it if new), drops the oldest past kCapacity, and
    /// stores the list at once.
    void recordUse(const QString& skuId);
    /// Reads the list again (another object may have written it).
    void reload();

    /// The stored form. fromJson() tolerates a damaged value: anything that is not an array of
    /// non-empty strings is skipped, repeats keep their first (newest) place, and the list is
    /// cut to kCapacity.
    static QStringList fromJson(const QString& json);
    static QString toJson(const QStringList& ids);

private:
    ProjectStore& m_store;
    QStringList m_ids;
};

} // namespace shelf
