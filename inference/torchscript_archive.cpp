#include "torchscript_archive.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace shelf {
namespace {

quint32 le32(const QByteArray& b, qsizetype at)
{
    const auto u = [&b](qsizetype i) { return quint32(quint8(b[i])); };
    return u(at) | u(at + 1) << 8 | u(at + 2) << 16 | u(at + 3) << 24;
}

quint16 le16(const QByteArray& b, qsizetype at)
{
    return quint16(quint8(b[at]) | quint8(b[at + 1]) << 8);
}

/// Entry names of the ZIP's central directory; empty when it cannot be read (a ZIP64 archive, for
/// one), in which case LibTorch decides.
QStringList entryNames(QFile& file)
{
    // The end-of-central-directory record: 22 bytes plus a comment of at most 65535.
    const qint64 size = file.size();
    const qint64 tail = std::min<qint64>(size, 22 + 65535);
    file.seek(size - tail);
    const QByteArray end = file.read(tail);
    const qsizetype eocd = end.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > end.size())
        return {};
    const quint16 count = le16(end, eocd + 10);
    const quint32 dirSize = le32(end, eocd + 12);
    const quint32 dirOffset = le32(end, eocd + 16);
    if (dirOffset == 0xFFFFFFFF || qint64(dirOffset) + dirSize > size || dirSize > (64u << 20))
        return {};
    file.seek(dirOffset);
    const QByteArray dir = file.read(dirSize);
    QStringList names;
    qsizetype at = 0;
    for (int i = 0; i < count && at + 46 <= dir.size(); ++i) {
        if (le32(dir, at) != 0x02014b50)
            return {};
        const quint16 nameLength = le16(dir, at + 28);
        const quint16 extraLength = le16(dir, at + 30);
        const quint16 commentLength = le16(dir, at + 32);
        names << QString::fromUtf8(dir.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}

} // namespace

QString TorchScriptArchive::check(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("the model file does not exist");
    if (!info.isFile())
        return tr("expected a TorchScript model file, found a folder or a device");
    if (info.size() == 0)
        return tr("the file is empty (0 bytes); expected a TorchScript model saved by "
                  "torch.jit.save");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot open the file (%1)").arg(file.errorString());
    const QByteArray head = file.read(4);
    if (head != QByteArray("PK\x03\x04", 4))
        return tr("not a TorchScript model: expected a ZIP archive written by torch.jit.save "
                  "(starting with the bytes 50 4B 03 04), found the bytes %1")
            .arg(QString::fromLatin1(head.toHex(' ').toUpper()));
    const QStringList names = entryNames(file);
    if (names.isEmpty())
        return {};
    const auto has = [&names](const QString& suffix) {
        return std::any_of(names.begin(), names.end(),
                           [&suffix](const QString& n) { return n.endsWith(suffix); });
    };
    if (!has(QStringLiteral("/data.pkl")) || !has(QStringLiteral("/version"))) {
        QStringList shown = names.mid(0, 5);
        if (names.size() > 5)
            shown << QStringLiteral("...");
        return tr("not a TorchScript model: expected a ZIP archive with the entries data.pkl and "
                  "version that torch.jit.save writes, found a ZIP archive of %1")
            .arg(shown.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace shelf
