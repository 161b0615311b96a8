#include "bundled_resources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace shelf {

QString BundledResources::find(const QString& relative)
{
    const QStringList roots = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/shelflabel"),
        QStringLiteral(SHELF_RESOURCE_DIR),
    };
    for (const QString& root : roots) {
        const QString path = QDir::cleanPath(root + QLatin1Char('/') + relative);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QString BundledResources::defaultModel()
{
    const QString fromEnvironment = qEnvironmentVariable("SHELF_MODEL");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return find(QStringLiteral("models/shelflabel-default.pt"));
}

QString BundledResources::samplesFolder()
{
    return find(QStringLiteral("samples"));
}

} // namespace shelf
