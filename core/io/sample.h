#pragma once

#include <QByteArray>
#include <QString>

namespace maillage {

class Store;

/// Fills an empty territory (just created) from Maillage's key-based JSON description, in
/// one transaction: actors, links, tags, meetings, problems, actions and indicators refer to
/// each other by "key" and to default categories, link types and themes by code. This is
/// the format of the bundled sample and of trainers' hand-written exercises.
bool loadKeyedJson(Store &store, const QByteArray &json, const QString &sourceName,
                   QString *error);

/// Writes the bundled sample territory "Mirecourt (démo)" to `path` (which must not exist).
/// `language` "en": the sample in English, whole ("Mirecourt (demo)"); otherwise in French,
/// as written.
bool writeSample(const QString &path, QString *error, const QString &language = QString());

} // namespace maillage
