#pragma once

#include "core/domain/types.h"

#include <QHash>
#include <QList>
#include <QListWidget>
#include <QWidget>

class QLabel;

namespace maillage {
class Document;

/// One column of the board: problem cards that can be dragged to another column.
class BoardColumn : public QListWidget
{
    Q_OBJECT
public:
    BoardColumn(const QString &status, QWidget *parent = nullptr);
    QString status() const { return m_status; }
    static QString mimeType();

signals:
    void problemDropped(qint64 problemId, const QString &status);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString m_status;
};

/// The problems as cards in columns by status; dropping a card on another column changes
/// its status (one undo step).
class ProblemBoard : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemBoard(Document *doc, QWidget *parent = nullptr);
    /// Shows those of `problems` whose ids are in `ids` (the filtered ones), with the names of
    /// `themes` (id → name): what the problems panel has just read, not read again.
    void setProblems(const QList<Problem> &problems, const QHash<qint64, QString> &themes,
                     const QList<qint64> &ids);
    /// What a drop does: sets the status of `problemId` to `status`, as one undoable edit.
    bool moveProblem(qint64 problemId, const QString &status);
    void select(qint64 problemId);
    BoardColumn *column(const QString &status) const;

signals:
    void problemSelected(qint64 problemId);

private:
    Document *m_doc;
    QList<BoardColumn *> m_columns;
    QList<QLabel *> m_headers;
};

} // namespace maillage
