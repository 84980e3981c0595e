#include "ui/history/historymodel.h"

#include "core/document/document.h"
#include "ui/settings.h"
#include "ui/shared/sharedstatus.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace maillage {

HistoryModel::HistoryModel(Document *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    QUndoStack *stack = doc->undoStack();
    // A push, an undo, a redo, a merge and a clear all move (or re-announce) the index.
    connect(stack, &QUndoStack::indexChanged, this, &HistoryModel::sync);
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        m_pending += changes;
        // What an edit changed is told just before its step is pushed, in the same turn of
        // the loop; what is left after it (a refused edit telling views the row's current
        // state) belongs to no step.
        if (!std::exchange(m_pendingQueued, true))
            QTimer::singleShot(0, this, [this] {
                m_pending.clear();
                m_pendingQueued = false;
            });
    });
    connect(doc, &Document::editedByOthers, this, &HistoryModel::othersEdited);
    connect(doc, &Document::failed, this, &HistoryModel::refused);
    connect(doc, &Document::opened, this, [this] {
        if (!m_doc->isReconnecting())
            clear();
    });
    connect(doc, &Document::closed, this, &HistoryModel::clear);
    m_lastIndex = stack->index();
    for (int i = 0; i < stack->count(); ++i)
        m_mirror << stack->command(i);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case AuthorColumn: return tr("Who");
    case TextColumn: return tr("What");
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HistoryEntry &e = entry(index.row());
    const bool greyed = e.own && e.undone;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            // Today's edits by their time; older ones (a long session) with their date.
            const QLocale locale;
            return e.time.date() == QDate::currentDate()
                       ? locale.toString(e.time.time(), QLocale::ShortFormat)
                       : locale.toString(e.time, QLocale::ShortFormat);
        }
        case AuthorColumn: return e.author;
        case TextColumn: return e.text;
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time, QLocale::LongFormat);
        if (!e.own)
            return tr("%1 made this edit on the server: you cannot undo someone else’s edit.")
                .arg(e.author);
        switch (e.gone) {
        case HistoryEntry::Gone::Replaced:
            return tr("Undone, then replaced by a later edit: it can no longer be redone.");
        case HistoryEntry::Gone::Refused:
            return e.undone ? tr("Someone else changed these rows since: this step can no longer "
                                 "be redone and left the undo history.")
                            : tr("Someone else changed these rows since: this step can no longer "
                                 "be undone and left the undo history.");
        case HistoryEntry::Gone::No: break;
        }
        return e.undone ? tr("Undone: Redo brings it back.")
                        : tr("Your edit: select it to undo back to here.");
    }
    case Qt::FontRole:
        if (greyed) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (greyed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::AccessibleDescriptionRole:
        return greyed ? tr("undone") : QVariant();
    }
    return {};
}

int HistoryModel::stackPosition(int row) const
{
    const HistoryEntry &e = entry(row);
    if (!e.own || !e.command || e.gone != HistoryEntry::Gone::No)
        return -1;
    return int(m_mirror.lastIndexOf(e.command));
}

HistoryEntry *HistoryModel::entryOf(const QUndoCommand *command)
{
    const auto it = m_serialOf.constFind(command);
    if (it == m_serialOf.cend() || m_entries.isEmpty())
        return nullptr;
    const qsizetype at = qsizetype(*it - m_entries.first().serial);
    return at >= 0 && at < m_entries.size() ? &m_entries[at] : nullptr;
}

int HistoryModel::rowOf(const HistoryEntry &entry) const
{
    return int(m_entries.size() - 1 - qsizetype(entry.serial - m_entries.first().serial));
}

QString HistoryModel::systemUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid())) {
        // The GECOS field's first part is the full name ("Anne Martin,,,").
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        if (pw->pw_name && *pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login;
}

QString HistoryModel::ownAuthor() const
{
    if (const auto address = m_doc->store().sharedAddress()) {
        // The role the server names in the others' windows (libpq's defaults when the address
        // leaves the user out).
        if (!address->user.isEmpty())
            return address->user;
        const QString pgUser = qEnvironmentVariable("PGUSER");
        if (!pgUser.isEmpty())
            return pgUser;
#ifdef Q_OS_UNIX
        if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
#endif
        return qEnvironmentVariable("USER");
    }
    const QString chosen = Settings().userName().trimmed();
    return chosen.isEmpty() ? systemUserName() : chosen;
}

void HistoryModel::collectIds(const ChangeSet &changes, HistoryEntry &entry)
{
    // An import names tens of thousands of rows: each once, in linear time.
    for (QList<qint64> *ids : {&entry.actors, &entry.links}) {
        const Table table = ids == &entry.actors ? Table::Actor : Table::Link;
        QSet<qint64> seen(ids->cbegin(), ids->cend());
        for (const Change &c : changes)
            if (c.table == table)
                for (qint64 id : c.ids)
                    if (!seen.contains(id)) {
                        seen.insert(id);
                        ids->append(id);
                    }
    }
}

void HistoryModel::append(HistoryEntry entry)
{
    // Newest first: a new entry is row 0.
    entry.serial = m_nextSerial++;
    if (entry.command)
        m_serialOf.insert(entry.command, entry.serial);
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.append(std::move(entry));
    endInsertRows();
    if (m_entries.size() > kMaxEntries) {
        const int extra = int(m_entries.size()) - kMaxEntries;
        beginRemoveRows(QModelIndex(), kMaxEntries, kMaxEntries + extra - 1);
        for (int i = 0; i < extra; ++i)
            if (m_entries.at(i).command)
                m_serialOf.remove(m_entries.at(i).command);
        m_entries.remove(0, extra);
        endRemoveRows();
    }
}

void HistoryModel::sync()
{
    const QUndoStack *stack = m_doc->undoStack();
    const int index = stack->index();
    const int count = stack->count();
    // Below both the last and the new index, nothing changed (see m_mirror); one more for a
    // merge that made the top step obsolete.
    int from = std::clamp(std::min(m_lastIndex, index) - 1, 0, int(m_mirror.size()));
    while (from < m_mirror.size() && from < count && m_mirror.at(from) == stack->command(from))
        ++from;
    QList<const QUndoCommand *> tail;
    for (int i = from; i < count; ++i)
        tail << stack->command(i);
    int firstRow = rowCount(), lastRow = -1;
    auto touched = [&](const HistoryEntry &e) {
        const int row = rowOf(e);
        firstRow = std::min(firstRow, row);
        lastRow = std::max(lastRow, row);
    };
    // Steps gone without a refusal: the undone ones a new edit discarded, or a clear.
    bool structural = from < m_mirror.size() || !tail.isEmpty();
    for (qsizetype i = from; i < m_mirror.size(); ++i) {
        const QUndoCommand *c = m_mirror.at(i);
        if (tail.contains(c))
            continue;
        if (HistoryEntry *e = entryOf(c)) {
            e->command = nullptr;
            if (e->gone == HistoryEntry::Gone::No)
                e->gone = HistoryEntry::Gone::Replaced;
            touched(*e);
        }
        m_serialOf.remove(c);
    }
    const QList<const QUndoCommand *> old = m_mirror.mid(from);
    m_mirror.resize(from);
    m_mirror += tail;
    // Steps undone or redone since, and the ones above them whose text may have changed.
    const int low = std::min({m_lastIndex, index, from});
    const int high = std::min(count, structural ? count : std::max(m_lastIndex, index));
    for (int i = std::max(0, low - 1); i < high; ++i) {
        HistoryEntry *e = entryOf(m_mirror.at(i));
        if (!e)
            continue;
        const bool undone = i >= index;
        const QString text = e->command->text();
        if (undone != e->undone || text != e->text) {
            e->undone = undone;
            e->text = text;
            touched(*e);
        }
    }
    if (!structural && index == m_lastIndex && index > 0 && !m_pending.isEmpty()) {
        // A merge into the top step (a drag, typing in a field): as recent as its last part.
        if (HistoryEntry *e = entryOf(m_mirror.at(index - 1))) {
            e->time = QDateTime::currentDateTime();
            collectIds(m_pending, *e);
            touched(*e);
        }
        m_pending.clear();
    }
    if (lastRow >= 0)
        emit dataChanged(this->index(firstRow, 0), this->index(lastRow, ColumnCount - 1));
    m_lastIndex = index;
    for (int i = from; i < count; ++i) {
        const QUndoCommand *c = m_mirror.at(i);
        if (old.contains(c))
            continue;
        HistoryEntry e;
        e.time = QDateTime::currentDateTime();
        e.author = ownAuthor();
        e.text = c->text();
        e.command = c;
        e.undone = i >= index;
        collectIds(m_pending, e);
        m_pending.clear();
        append(std::move(e));
    }
    // What an undo or a redo changed is its step's already.
    m_pending.clear();
}

void HistoryModel::refused()
{
    // replayStep() marks the command obsolete before it says why; QUndoStack deletes it next
    // (after a redo without a signal): it leaves the mirror now.
    const QUndoStack *stack = m_doc->undoStack();
    const int index = stack->index();
    for (int i : {index - 1, index}) {
        if (i < 0 || i >= stack->count() || !stack->command(i)->isObsolete())
            continue;
        const QUndoCommand *doomed = stack->command(i);
        if (HistoryEntry *e = entryOf(doomed)) {
            e->command = nullptr;
            e->gone = HistoryEntry::Gone::Refused;
            const int row = rowOf(*e);
            emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
        }
        m_serialOf.remove(doomed);
        if (i < m_mirror.size() && m_mirror.at(i) == doomed)
            m_mirror.removeAt(i);
        else
            m_mirror.removeOne(doomed);
        if (m_lastIndex > i)
            --m_lastIndex;
    }
}

void HistoryModel::othersEdited(const QString &author, const ChangeSet &changes)
{
    // changed() told the same changes just before: they are no step of ours.
    m_pending.clear();
    HistoryEntry e;
    e.time = QDateTime::currentDateTime();
    e.author = author;
    e.text = describeOthersEdit(*m_doc, author, changes);
    e.own = false;
    collectIds(changes, e);
    append(std::move(e));
}

void HistoryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_pending.clear();
    m_serialOf.clear();
    const QUndoStack *stack = m_doc->undoStack();
    m_mirror.clear();
    for (int i = 0; i < stack->count(); ++i)
        m_mirror << stack->command(i);
    m_lastIndex = stack->index();
    endResetModel();
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace maillage
