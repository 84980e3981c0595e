#pragma once

#include "core/domain/types.h"
#include "ui/tracking/problemboard.h"
#include "ui/tracking/recordform.h"
#include "ui/tracking/recordpanel.h"

class QComboBox;
class QSpinBox;
class QTabWidget;

namespace maillage {
class NotesEdit;
class OptionalDateEdit;
namespace tracking {
class IdPicker;
}

/// Every field of one problem, each finished change one undoable edit; and the actors it
/// concerns, each with a role (affected, raised it, can act).
class ProblemEditor : public RecordForm
{
    Q_OBJECT
public:
    explicit ProblemEditor(Document *doc, QWidget *parent = nullptr);
    void setProblem(qint64 id) { setRecord(id); }
    qint64 problemId() const { return recordId(); }
    tracking::RelationEditor *actorsEditor() const { return m_actors; }

protected:
    std::optional<QString> read() override;
    void showRecord() override;
    void clearFields() override;
    void fillChoices() override;
    QString editText() const override;

private:
    Problem m_problem;
    NotesEdit *m_description;
    QComboBox *m_theme, *m_scale, *m_status;
    QSpinBox *m_severity;
    OptionalDateEdit *m_raisedOn;
    tracking::IdPicker *m_meeting;
    tracking::RelationEditor *m_actors;
};

/// The territory's problems: filters (theme, scale, severity), a table and a board by
/// status, and the editor of the selected problem.
class ProblemsPanel : public RecordPanel
{
    Q_OBJECT
public:
    explicit ProblemsPanel(Document *doc, QWidget *parent = nullptr);
    void selectProblem(qint64 id) { selectRecord(id); }
    /// Shows only the problems of this theme (0: every theme).
    void filterTheme(qint64 themeId);
    qint64 currentProblem() const { return currentRecord(); }
    QTreeWidget *table() const { return list(); }
    ProblemBoard *board() const { return m_board; }
    ProblemEditor *editor() const { return m_editor; }
    QTabWidget *views() const { return m_views; }
    /// Adds a problem with this title and selects it; returns its id or 0.
    qint64 addProblem(const QString &title) { return createRecord(title); }

signals:
    void problemSelected(qint64 id);

protected:
    QList<Listed> readRecords() override;
    void fillItem(tracking::SortItem *item, int index) override;
    Row newValues(const QString &title) const override;
    QString addText() const override;
    QString deleteText() const override;
    QString countText(int count) const override;
    void clearFilters() override;
    void listed(const QList<qint64> &ids) override;
    void selected(qint64 id) override;

private:
    QList<Problem> m_problems;  ///< as last read
    QHash<qint64, QString> m_themes;
    QComboBox *m_themeFilter, *m_scaleFilter, *m_severityFilter;
    QTabWidget *m_views = nullptr;
    ProblemBoard *m_board = nullptr;
    ProblemEditor *m_editor;
};

} // namespace maillage
