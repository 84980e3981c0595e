#pragma once

#include "core/document/change.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace maillage {
class Document;
class IndicatorEditor;
class NotesEdit;
class OptionalDateEdit;
namespace tracking {
class IdPicker;
class RelationEditor;
}

/// One action: title, status, dates, lead actor, partners, problems addressed, description,
/// and its indicators (each edited in an IndicatorEditor).
class ActionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditor(Document *doc, QWidget *parent = nullptr);
    void setAction(qint64 id);
    qint64 actionId() const { return m_id; }
    void selectIndicator(qint64 indicatorId);
    /// Adds an indicator to this action and selects it; returns its id or 0.
    qint64 addIndicator(const QString &name);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *statusBox() const { return m_status; }
    tracking::IdPicker *leadPicker() const { return m_lead; }
    tracking::RelationEditor *partnersEditor() const { return m_partners; }
    tracking::RelationEditor *problemsEditor() const { return m_problems; }
    QTreeWidget *indicatorList() const { return m_indicators; }
    QPushButton *newIndicatorButton() const { return m_newIndicator; }
    IndicatorEditor *indicatorEditor() const { return m_indicator; }

signals:
    void actorActivated(qint64 actorId);
    void problemActivated(qint64 problemId);

private:
    void load();
    void fillChoices();
    void loadIndicators();
    void commit(const QString &column, const QVariant &value);
    void onChanged(const ChangeSet &changes);
    void addRelation(const QString &table, const QString &column, qint64 id);
    void removeRelation(const QString &table, const QString &column, const QList<qint64> &ids);

    Document *m_doc;
    qint64 m_id = 0;
    QLineEdit *m_title;
    QLabel *m_warning;
    QComboBox *m_status;
    OptionalDateEdit *m_start, *m_end;
    tracking::IdPicker *m_lead;
    NotesEdit *m_description;
    tracking::RelationEditor *m_partners, *m_problems;
    QTreeWidget *m_indicators;
    QPushButton *m_newIndicator, *m_deleteIndicator;
    IndicatorEditor *m_indicator;
};

/// The actions answering the territory's problems: a list and the editor of the selected one.
class ActionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsPanel(Document *doc, QWidget *parent = nullptr);
    void selectAction(qint64 id);
    qint64 currentAction() const { return m_current; }
    /// Adds an action with this title and selects it; returns its id or 0.
    qint64 createAction(const QString &title);
    void setOrientation(Qt::Orientation orientation);
    QTreeWidget *list() const { return m_list; }
    ActionEditor *editor() const { return m_editor; }

signals:
    void actionSelected(qint64 id);
    void actorActivated(qint64 actorId);
    void problemActivated(qint64 problemId);

private:
    void refresh();
    void setCurrent(qint64 id);
    void onChanged(const ChangeSet &changes);

    Document *m_doc;
    qint64 m_current = 0;
    bool m_refreshQueued = false;
    QSet<qint64> m_leadActors;  ///< the actors the list names (an action's lead)
    QSplitter *m_splitter;
    QComboBox *m_statusFilter;
    QLabel *m_count;
    QTreeWidget *m_list;
    ActionEditor *m_editor;
    QPushButton *m_new, *m_delete;
};

} // namespace maillage
