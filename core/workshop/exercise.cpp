#include "core/workshop/exercise.h"

#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <QDir>
#include <QFile>
#include <QUuid>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include <unistd.h>

namespace maillage::workshop {

namespace {

using Tr = ExerciseTr;

template <class T> QList<T> byPosition(QList<T> list)
{
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    return list;
}

/// Ids of `table`'s `column` for the exercise, in the order of `vocabulary`.
template <class T>
QList<qint64> allowed(Store &store, const QString &table, const QString &column,
                      const QList<T> &vocabulary)
{
    QSet<qint64> ids;
    for (const Row &r : store.rows(table, QStringLiteral("exercise_id"), 1))
        ids.insert(r.value(column).toLongLong());
    QList<qint64> out;
    for (const T &v : vocabulary)
        if (ids.contains(v.id))
            out << v.id;
    return out;
}

template <class T>
bool resolve(const QList<T> &vocabulary, const QStringList &codes, QList<qint64> *ids,
             QString *error, const QString &unknownMessage)
{
    ids->clear();
    for (const QString &raw : codes) {
        const QString code = raw.trimmed();
        if (code.isEmpty())
            continue;
        const T *found = nullptr;
        for (const T &v : vocabulary)
            if ((!v.code.isEmpty() && v.code.compare(code, Qt::CaseInsensitive) == 0) ||
                text::fold(v.name) == text::fold(code)) {
                found = &v;
                break;
            }
        if (!found) {
            QStringList known;
            for (const T &v : vocabulary)
                known << (v.code.isEmpty() ? v.name : v.code);
            if (error)
                *error = unknownMessage.arg(code, known.join(QStringLiteral(", ")));
            return false;
        }
        if (!ids->contains(found->id))
            ids->append(found->id);
    }
    return true;
}


} // namespace

std::optional<Exercise> readExercise(Store &store)
{
    if (!store.isOpen())
        return std::nullopt;
    const auto row = store.row(QStringLiteral("exercise"), 1);
    if (!row)
        return std::nullopt;
    Exercise e;
    e.brief = row->value(QStringLiteral("brief")).toString();
    e.createdAt = row->value(QStringLiteral("created_at")).toString();
    e.updatedAt = row->value(QStringLiteral("updated_at")).toString();
    e.categories = allowed(store, QStringLiteral("exercise_category"),
                           QStringLiteral("category_id"),
                           byPosition(CategoryRepository(store).list()));
    e.linkTypes = allowed(store, QStringLiteral("exercise_link_type"),
                          QStringLiteral("link_type_id"),
                          byPosition(LinkTypeRepository(store).list()));
    return e;
}

QString startMapCode(StartMap start)
{
    switch (start) {
    case StartMap::Empty: return QStringLiteral("empty");
    case StartMap::Actors: return QStringLiteral("actors");
    case StartMap::Selected: return QStringLiteral("selected");
    case StartMap::All: return QStringLiteral("all");
    }
    return QString();
}

std::optional<StartMap> startMapFromCode(const QString &code)
{
    for (StartMap s : {StartMap::Empty, StartMap::Actors, StartMap::Selected, StartMap::All})
        if (startMapCode(s) == code.trimmed().toLower())
            return s;
    return std::nullopt;
}

bool resolveCategories(const QList<Category> &categories, const QStringList &codes,
                       QList<qint64> *ids, QString *error)
{
    return resolve(categories, codes, ids, error,
                   Tr::tr("unknown category “%1” (this territory has: %2)"));
}

bool resolveLinkTypes(const QList<LinkType> &types, const QStringList &codes, QList<qint64> *ids,
                      QString *error)
{
    return resolve(types, codes, ids, error,
                   Tr::tr("unknown link type “%1” (this territory has: %2)"));
}

bool createExercise(Store &reference, const QString &out, const ExerciseSpec &spec,
                    QString *error)
{
    auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString outName = QDir::toNativeSeparators(out);
    if (!reference.isOpen())
        return refuse(Tr::tr("no reference territory is open"));
    if (spec.brief.trimmed().isEmpty())
        return refuse(Tr::tr("the brief is empty: write what the trainees have to do"));
    if (spec.categories.isEmpty())
        return refuse(Tr::tr("allow at least one category of actors"));
    if (spec.linkTypes.isEmpty())
        return refuse(Tr::tr("allow at least one link type"));
    QSet<qint64> categoryIds, typeIds, actorIds;
    for (const Category &c : CategoryRepository(reference).list())
        categoryIds.insert(c.id);
    for (const LinkType &t : LinkTypeRepository(reference).list())
        typeIds.insert(t.id);
    for (qint64 id : spec.categories)
        if (!categoryIds.contains(id))
            return refuse(Tr::tr("category #%1 is not in the reference territory").arg(id));
    for (qint64 id : spec.linkTypes)
        if (!typeIds.contains(id))
            return refuse(Tr::tr("link type #%1 is not in the reference territory").arg(id));
    if (spec.start == StartMap::Selected) {
        if (spec.actors.isEmpty())
            return refuse(Tr::tr("the starting map is “selected actors”, but no actor is "
                                 "selected"));
        for (qint64 id : reference.ids(QStringLiteral("actor")).value_or(QList<qint64>()))
            actorIds.insert(id);
        for (qint64 id : spec.actors)
            if (!actorIds.contains(id))
                return refuse(Tr::tr("actor #%1 is not in the reference territory").arg(id));
    }
    if (!out.endsWith(QLatin1String(".maillage"), Qt::CaseInsensitive))
        return refuse(Tr::tr("“%1”: an exercise file name ends with .maillage").arg(outName));
    const QFileInfo target(out);
    if (target.absoluteFilePath() == QFileInfo(reference.path()).absoluteFilePath() ||
        (target.exists() && QFileInfo(reference.path()).exists() &&
         target.canonicalFilePath() == QFileInfo(reference.path()).canonicalFilePath()))
        return refuse(Tr::tr("“%1” is the reference itself: choose another file for the "
                             "exercise")
                          .arg(outName));
    if (target.exists())
        return refuse(Tr::tr("“%1” already exists; choose a new file name").arg(outName));

    // The exercise is made under a hidden name and put in place only when complete: a kill
    // half-way must never leave the whole reference, answers included, under the name that
    // is handed to trainees.
    const QString making = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                           QStringLiteral(".making-") +
                           QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QString why;
    if (!reference.saveCopy(making, &why))
        return refuse(Tr::tr("“%1” could not be written: %2").arg(outName, why));

    // From here on, a failure removes the half-made copy.
    auto failCopy = [&](Store *copy, const QString &reason) {
        if (copy && copy->isOpen()) {
            copy->rollback();
            copy->close();
        }
        for (const char *suffix : {"", "-wal", "-journal"})
            QFile::remove(making + QLatin1String(suffix));
        return refuse(Tr::tr("“%1” could not be made into an exercise: %2").arg(outName, reason));
    };
    Store copy;
    if (!copy.open(making, Store::Access::ReadWrite, &why))
        return failCopy(nullptr, why);
    if (!copy.begin(&why))
        return failCopy(&copy, why);
    // The tables emptied, in order.
    QStringList cleared{
        // The trainer's own workshop material stays with the reference.
        QStringLiteral("interview"),
        QStringLiteral("saved_view"),
        QStringLiteral("snapshot"),
        QStringLiteral("exercise"),
    };
    if (spec.start != StartMap::All)
        // Meetings, problems, actions and indicators name the actors to find.
        cleared << QStringLiteral("indicator") << QStringLiteral("action_item")
                << QStringLiteral("problem") << QStringLiteral("meeting");
    switch (spec.start) {
    case StartMap::Empty:
        cleared << QStringLiteral("link") << QStringLiteral("actor");
        break;
    case StartMap::Actors:
        cleared << QStringLiteral("link");
        break;
    case StartMap::Selected:
    case StartMap::All:
        break;
    }
    for (const QString &table : std::as_const(cleared))
        if (!copy.clearTable(table, &why))
            return failCopy(&copy, why);
    if (spec.start == StartMap::Selected && !copy.deleteAllBut(QStringLiteral("actor"), spec.actors, &why))
        return failCopy(&copy, why);
    const QString now = nowTimestamp();
    if (!copy.insertRow(QStringLiteral("exercise"),
                        {{QStringLiteral("id"), 1},
                         {QStringLiteral("brief"), spec.brief.trimmed()},
                         {QStringLiteral("created_at"), now},
                         {QStringLiteral("updated_at"), now}},
                        &why))
        return failCopy(&copy, why);
    for (qint64 id : spec.categories)
        if (!copy.insertRow(QStringLiteral("exercise_category"),
                            {{QStringLiteral("exercise_id"), 1}, {QStringLiteral("category_id"), id}},
                            &why))
            return failCopy(&copy, why);
    for (qint64 id : spec.linkTypes)
        if (!copy.insertRow(QStringLiteral("exercise_link_type"),
                            {{QStringLiteral("exercise_id"), 1},
                             {QStringLiteral("link_type_id"), id}},
                            &why))
            return failCopy(&copy, why);
    if (!copy.commit(&why))
        return failCopy(&copy, why);
    // secure_delete overwrote the deleted rows; VACUUM also drops the free pages and
    // rebuilds the file so that nothing of the reference beyond the starting map remains.
    if (!copy.vacuum(&why))
        return failCopy(&copy, why);
    copy.close();
    // link(2) puts it in place only if nothing took the name meanwhile; where the file
    // system has no links, rename(2) does it.
    const QByteArray from = QFile::encodeName(making), to = QFile::encodeName(out);
    bool placed = ::link(from.constData(), to.constData()) == 0;
    const bool taken = !placed && errno == EEXIST;
    if (placed)
        QFile::remove(making);
    else if (!taken)
        placed = std::rename(from.constData(), to.constData()) == 0;
    if (!placed) {
        QFile::remove(making);
        return refuse(taken ? Tr::tr("“%1” already exists; choose a new file name").arg(outName)
                            : Tr::tr("“%1” could not be written").arg(outName));
    }
    return true;
}

} // namespace maillage::workshop
