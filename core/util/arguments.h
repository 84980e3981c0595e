#pragma once

#include <QStringList>

namespace maillage::util {

/// The program's arguments as strings, each naming the same file as the bytes the system
/// passed. Qt decodes file names as UTF-8 on Unix, so a file whose name is not valid UTF-8
/// ("bad-\xff.maillage", written on a system in another encoding) could not be reached
/// through any string: such an argument, when it names an existing file, becomes the path of
/// a symbolic link to that file, made in a private folder that lives until the program ends
/// (SQLite follows the link, so the file's log and journal stay beside the real file). Other
/// arguments are decoded as Qt does.
QStringList fileSafeArguments(int argc, char **argv);

} // namespace maillage::util
