#pragma once

#include "core/workshop/interview.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;

namespace maillage {

class Document;
class LinkCanvas;
class TowerBoard;

/// The guided Net-Map interview, in a window of its own meant for a projector or a shared
/// screen: question and goal, actors, links one type at a time, influence towers, positions
/// on the goal. Every change is an ordinary undoable edit of the territory; the window follows
/// the document (undo, redo, edits made elsewhere) and remembers the step it is on.
class InterviewWindow : public QWidget
{
    Q_OBJECT
public:
    InterviewWindow(Document *doc, qint64 interviewId, QWidget *parent = nullptr);

    qint64 interviewId() const { return m_interview.id; }
    workshop::Interview interview() const { return m_interview; }
    workshop::InterviewStep step() const { return m_interview.step; }
    /// The link type drawn in the Links step (0 when none was chosen).
    qint64 currentLinkType() const;
    /// "Step 3 of 5 — Links: Funding".
    QString progressText() const;

    void next();
    void back();
    /// Goes to a step (and, in the Links step, to a link type) and remembers it.
    void goTo(workshop::InterviewStep step, qint64 linkTypeId = 0);
    /// Leaves the interview: emits finished() and closes.
    void finish();

signals:
    void finished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildQuestionPage();
    QWidget *buildActorsPage();
    QWidget *buildLinksPage();
    QWidget *buildTowersPage();
    QWidget *buildGoalsPage();
    void retranslate();
    void scheduleRefresh();
    void refresh();
    void refreshQuestion();
    void refreshActors();
    void refreshLinks();
    void refreshTowers();
    void refreshGoals();
    void updateNavigation();
    void saveQuestion();
    void nameEdited();
    void nameEntered();
    void chooseCategory(int index);
    void addLink(qint64 source, qint64 target);
    void removeLink(qint64 linkId);
    void showError(const QString &message);
    QList<qint64> drawnLinkTypes() const;

    Document *m_doc;
    workshop::Interview m_interview;
    bool m_refreshPending = false;
    bool m_updating = false;

    // Frame.
    QLabel *m_title = nullptr;
    QLabel *m_progress = nullptr;
    QList<QLabel *> m_stepChips;
    QPushButton *m_undo = nullptr, *m_redo = nullptr, *m_leave = nullptr;
    QPushButton *m_back = nullptr, *m_next = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_pages = nullptr;

    // Question.
    QLabel *m_questionIntro = nullptr, *m_questionLabel = nullptr, *m_goalLabel = nullptr,
           *m_towerLabel = nullptr, *m_typesLabel = nullptr;
    QLineEdit *m_question = nullptr, *m_goal = nullptr;
    QSpinBox *m_towerMax = nullptr;
    QWidget *m_typesBox = nullptr;
    QGridLayout *m_typesLayout = nullptr;
    QHash<qint64, QPushButton *> m_typeButtons;
    QList<qint64> m_typeIds;

    // Actors.
    QLabel *m_nameLabel = nullptr, *m_duplicate = nullptr, *m_categoryPrompt = nullptr,
           *m_actorsTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QWidget *m_categoryBox = nullptr;
    QGridLayout *m_categoryLayout = nullptr;
    QList<QPushButton *> m_categoryButtons;
    QList<qint64> m_categoryIds;
    QListWidget *m_actorList = nullptr;
    QPushButton *m_removeActor = nullptr;
    QString m_pendingName;
    qint64 m_lastCategory = 0;

    // Links.
    LinkCanvas *m_canvas = nullptr;
    QLabel *m_linkTypeTitle = nullptr, *m_linkHelp = nullptr, *m_fromLabel = nullptr,
           *m_toLabel = nullptr, *m_linksTitle = nullptr;
    QComboBox *m_from = nullptr, *m_to = nullptr;
    QPushButton *m_addLink = nullptr, *m_removeLink = nullptr;
    QListWidget *m_linkList = nullptr;

    // Towers.
    QLabel *m_towerHelp = nullptr;
    QScrollArea *m_towerScroll = nullptr;
    TowerBoard *m_towers = nullptr;

    // Goals.
    QLabel *m_goalHelp = nullptr;
    QScrollArea *m_goalScroll = nullptr;
    QWidget *m_goalBoard = nullptr;
    QList<qint64> m_goalActors;
    QHash<qint64, QButtonGroup *> m_goalGroups;
};

/// Workshop › Net-Map Interview…: continues the territory's last interview or starts a new
/// one (asking when there is one to continue); the window, or null when the user cancelled.
InterviewWindow *openInterviewInteractively(Document *doc, QWidget *parent);

} // namespace maillage
