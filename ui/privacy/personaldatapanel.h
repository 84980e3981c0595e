#pragma once

#include "core/document/change.h"
#include "core/privacy/retention.h"

#include <QDate>
#include <QSet>
#include <QDialog>
#include <QWidget>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace maillage {
class Document;

namespace privacyui {

/// The confirmation asked before a bulk action on persons: a headline, the details of what
/// will happen (rich text), a warning in red, and a confirm button that is not the default.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmationDialog(const QString &title, const QString &headline, const QString &detailsHtml,
                       const QString &warning, const QString &confirmText,
                       QWidget *parent = nullptr);
    QTextBrowser *details() const { return m_details; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QTextBrowser *m_details;
    QPushButton *m_confirm;
};

} // namespace privacyui

/// The personal data of the open territory (GDPR): every person with their legal basis,
/// consent, last contact and retention date, those that need attention first (past their
/// retention date, without a legal basis, without a retention date) and coloured; bulk
/// actions on the selected persons — extend their retention, pseudonymise, erase — each
/// confirmed first with what it will do; the export of everything held about one person
/// (right of access, PDF or JSON); and the territory's default retention period.
///
/// Put it in a dock or a dialog: it follows the document's signals and retranslates itself
/// on LanguageChange.
class PersonalDataPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PersonalDataPanel(Document *doc, QWidget *parent = nullptr);

    /// The date retention is judged against (today unless set).
    QDate asOf() const { return m_asOf.isValid() ? m_asOf : QDate::currentDate(); }
    void setAsOf(const QDate &date);

    /// The persons as listed (those needing attention first).
    const QList<privacy::PersonStatus> &persons() const { return m_persons; }
    QList<qint64> selectedPersons() const;
    void selectPersons(const QList<qint64> &ids);

    /// Asks for confirmation, then moves the retention date of the selected persons `months`
    /// later (one undoable edit). `months` <= 0 takes the panel's spin box. Returns true if
    /// done.
    bool extendSelected(int months = 0);
    /// Shows what pseudonymising the selected persons will change, asks for confirmation,
    /// then does it (not undoable; clears the undo history). Returns true if done.
    bool pseudonymiseSelected();
    /// Shows what erasing the selected persons will remove and change, asks for confirmation,
    /// then erases them for good (not undoable; clears the undo history). Returns true if done.
    bool eraseSelected();
    /// Asks where to save, then writes everything held about the selected person.
    void exportSelected();
    /// Writes everything held about one person to `path`: PDF if it ends in .pdf, JSON if in
    /// .json. Returns false with a message otherwise or on a write error.
    bool exportPerson(qint64 actorId, const QString &path, QString *error = nullptr);

    QTableView *table() const { return m_table; }
    QSpinBox *defaultRetention() const { return m_defaultRetention; }
    QSpinBox *extendMonths() const { return m_months; }
    QLabel *summary() const { return m_summary; }
    /// The line that says what the last action did (or why it failed).
    QLabel *message() const { return m_message; }

    /// Colours for a person's status (background of their row).
    static QColor expiredColour();
    static QColor attentionColour();

signals:
    /// A person was double-clicked: show them in the editor.
    void actorActivated(qint64 actorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void refresh();
    void fillModel();
    void fitColumns();
    void updateActions();
    void onDocumentChanged(const ChangeSet &changes);
    void commitDefaultRetention(int months);
    void setMessage(const QString &text, bool error = false);
    bool confirm(const QString &title, const QString &headline, const QString &detailsHtml,
                 const QString &warning, const QString &confirmText);
    QString selectionName(const QList<qint64> &ids) const;

    Document *m_doc;
    QDate m_asOf;
    QList<privacy::PersonStatus> m_persons;
    QSet<qint64> m_personIds;  ///< the ids of m_persons

    QGroupBox *m_defaultsBox, *m_actionsBox;
    QLabel *m_defaultLabel, *m_defaultAfter, *m_intro;
    QSpinBox *m_defaultRetention;
    QLabel *m_summary;
    QLineEdit *m_search;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_selection;
    QPushButton *m_extend, *m_pseudonymise, *m_erase, *m_export;
    QSpinBox *m_months;
    QLabel *m_monthsLabel;
    QLabel *m_message;
};

} // namespace maillage
