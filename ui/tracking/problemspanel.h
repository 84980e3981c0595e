#pragma once

#include "core/document/change.h"

#include <QListWidget>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTreeWidget;

namespace maillage {
class Document;
class NotesEdit;
class OptionalDateEdit;
namespace tracking {
class IdPicker;
class RelationEditor;
}

/// Every field of one problem, each finished change one undoable edit; and the actors it
/// concerns, each with a role (affected, raised it, can act).
class ProblemEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemEditor(Document *doc, QWidget *parent = nullptr);
    void setProblem(qint64 id);
    qint64 problemId() const { return m_id; }
    QLineEdit *titleEdit() const { return m_title; }
    tracking::RelationEditor *actorsEditor() const { return m_actors; }

signals:
    void actorActivated(qint64 actorId);

private:
    void load();
    void fillChoices();
    void commit(const QString &column, const QVariant &value);
    void onChanged(const ChangeSet &changes);

    Document *m_doc;
    qint64 m_id = 0;
    QLineEdit *m_title;
    QLabel *m_warning;
    NotesEdit *m_description;
    QComboBox *m_theme, *m_scale, *m_status;
    QSpinBox *m_severity;
    OptionalDateEdit *m_raisedOn;
    tracking::IdPicker *m_meeting;
    tracking::RelationEditor *m_actors;
};

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
    /// Shows the problems with these ids (the filtered ones), read from the store.
    void setProblems(const QList<qint64> &ids);
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

/// The territory's problems: filters (theme, scale, severity), a table and a board by
/// status, and the editor of the selected problem.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(Document *doc, QWidget *parent = nullptr);
    void selectProblem(qint64 id);
    /// Shows only the problems of this theme (0: every theme).
    void filterTheme(qint64 themeId);
    qint64 currentProblem() const { return m_current; }
    void setOrientation(Qt::Orientation orientation);
    QTreeWidget *table() const { return m_table; }
    ProblemBoard *board() const { return m_board; }
    ProblemEditor *editor() const { return m_editor; }
    QTabWidget *views() const { return m_views; }
    QPushButton *newButton() const { return m_new; }
    /// Adds a problem with this title and selects it; returns its id or 0.
    qint64 addProblem(const QString &title);

signals:
    void problemSelected(qint64 id);
    void actorActivated(qint64 actorId);

private:
    void refresh();
    void scheduleRefresh();
    void setCurrent(qint64 id);
    void deleteCurrent();
    void onChanged(const ChangeSet &changes);

    Document *m_doc;
    qint64 m_current = 0;
    bool m_refreshQueued = false;
    QSplitter *m_splitter;
    QComboBox *m_themeFilter, *m_scaleFilter, *m_severityFilter;
    QLabel *m_count;
    QTabWidget *m_views;
    QTreeWidget *m_table;
    ProblemBoard *m_board;
    ProblemEditor *m_editor;
    QPushButton *m_new, *m_delete;
};

} // namespace maillage
