#include "sku_recent_list.h"

#include "log.h"
#include "project_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <spdlog/spdlog.h>

namespace shelf {

SkuRecentList::SkuRecentList(ProjectStore& store) : m_store(store)
{
    reload();
}

void SkuRecentList::reload()
{
    m_ids = fromJson(m_store.setting(kSettingKey));
}

void SkuRecentList::recordUse(const QString& skuId)
{
    if (skuId.isEmpty())
        return;
    QStringList ids = m_ids;
    ids.removeAll(skuId);
    ids.prepend(skuId);
    if (ids.size() > kCapacity)
        ids.resize(kCapacity);
    m_store.setSetting(kSettingKey, toJson(ids));
    m_ids = std::move(ids); // only once stored, so a failed write changes nothing
}

QStringList SkuRecentList::fromJson(const QString& json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray()) {
        moduleLogger("core")->warn("setting {} is not a JSON array; starting a new list",
                                   kSettingKey.toStdString());
        return {};
    }
    QStringList ids;
    QSet<QString> seen;
    for (const QJsonValue& v : doc.array()) {
        const QString id = v.toString();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        ids << id;
        if (ids.size() == kCapacity)
            break;
    }
    return ids;
}

QString SkuRecentList::toJson(const QStringList& ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

} // namespace shelf
