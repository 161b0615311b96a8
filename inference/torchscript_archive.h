#pragma once

#include <QCoreApplication>
#include <QString>

namespace shelf {

/// Checks, before LibTorch opens it, that a file looks like what torch.jit.save writes: a ZIP
/// archive whose entries include `<name>/data.pkl` and `<name>/version`. LibTorch's own error for
/// a random file is cryptic (and it leaks the reader of a ZIP it then refuses), so the common
/// mistakes get a plain sentence here: an empty file, another format, a ZIP of something else.
///
/// Reads only the first bytes and the ZIP's central directory. Thread: any (stateless).
class TorchScriptArchive
{
    Q_DECLARE_TR_FUNCTIONS(shelf::TorchScriptArchive)
public:
    /// Empty when the file may be TorchScript (LibTorch has the last word), else a sentence that
    /// says what was expected and what was found.
    static QString check(const QString& path);
};

} // namespace shelf
