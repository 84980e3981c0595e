#pragma once

#include "core/domain/types.h"
#include "ui/tracking/recordform.h"
#include "ui/tracking/recordpanel.h"

#include <QHash>
#include <QSet>

class QComboBox;

namespace maillage {
class IndicatorEditor;
class NotesEdit;
class OptionalDateEdit;
namespace tracking {
class IdPicker;
}

/// One action: title, status, dates, lead actor, partners, problems addressed, description,
/// and its indicators (each edited in an IndicatorEditor).
class ActionEditor : public RecordForm
{
    Q_OBJECT
public:
    explicit ActionEditor(Document *doc, QWidget *parent = nullptr);
    void setAction(qint64 id) { setRecord(id); }
    qint64 actionId() const { return recordId(); }
    void selectIndicator(qint64 indicatorId);
    /// Adds an indicator to this action and selects it; returns its id or 0.
    qint64 addIndicator(const QString &name);

    QComboBox *statusBox() const { return m_status; }
    tracking::IdPicker *leadPicker() const { return m_lead; }
    tracking::RelationEditor *partnersEditor() const { return m_partners; }
    tracking::RelationEditor *problemsEditor() const { return m_problems; }
    QTreeWidget *indicatorList() const { return m_indicators; }
    QPushButton *newIndicatorButton() const { return m_newIndicator; }
    IndicatorEditor *indicatorEditor() const { return m_indicator; }

protected:
    std::optional<QString> read() override;
    void showRecord() override;
    void clearFields() override;
    void fillChoices() override;
    void shown() override { loadIndicators(); }
    void follow(const ChangeSet &changes) override;
    QString editText() const override;

private:
    void loadIndicators();

    ActionItem m_action;
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
class ActionsPanel : public RecordPanel
{
    Q_OBJECT
public:
    explicit ActionsPanel(Document *doc, QWidget *parent = nullptr);
    void selectAction(qint64 id) { selectRecord(id); }
    qint64 currentAction() const { return currentRecord(); }
    /// Adds an action with this title and selects it; returns its id or 0.
    qint64 createAction(const QString &title) { return createRecord(title); }
    ActionEditor *editor() const { return m_editor; }

signals:
    void actionSelected(qint64 id);

protected:
    QList<Listed> readRecords() override;
    void fillItem(tracking::SortItem *item, int index) override;
    QString addText() const override;
    QString deleteText() const override;
    QString countText(int count) const override;
    bool refreshesOn(const ChangeSet &changes) const override;
    void clearFilters() override;

private:
    QList<ActionItem> m_actions;  ///< as last read
    QHash<qint64, QString> m_names;
    QSet<qint64> m_leadActors;  ///< the actors the list names (an action's lead)
    QComboBox *m_statusFilter;
    ActionEditor *m_editor;
};

} // namespace maillage
