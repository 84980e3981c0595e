#include "ui/workshop/interviewwindow.h"
#include "ui/workshop/interviewwindow_parts.h"

#include "core/document/document.h"
#include "ui/workshop/interviewboards.h"
#include "ui/mapactions.h"
#include "core/util/text.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage {

using workshop::Interview;
using workshop::InterviewStep;

namespace {
#define K(x) QStringLiteral(x)

// Projector-friendly: large type, 48 px and more for everything one touches.
const QString kStyle = QStringLiteral(R"(
QWidget#interviewWindow { background: #f4f2ec; }
QWidget#interviewHeader { background: #23395b; }
QLabel { font-size: 15pt; }
QWidget#interviewTowers, QWidget#interviewLinkCanvas { font-size: 14pt; }
QWidget#interviewHeader QLabel { color: white; }
QLabel#interviewProgress { font-size: 20pt; font-weight: 600; }
QLabel[role="chip"] { color: #c9d3e3; padding: 2px 10px; border-radius: 12px; font-size: 12pt; }
QLabel[role="chip"][current="true"] { background: #f4b942; color: #1b1b1b; font-weight: 600; }
QLabel[role="chip"][done="true"] { color: white; }
QLabel[role="heading"] { font-size: 17pt; font-weight: 600; color: #23395b; }
QLabel[role="help"] { color: #333; font-size: 14pt; }
QLabel#interviewError { color: #9b1c1c; font-weight: 600; }
QLabel#duplicateWarning { color: #8a4b00; font-weight: 600; }
QLineEdit, QSpinBox, QComboBox { min-height: 48px; padding: 2px 10px; font-size: 16pt;
    border: 2px solid #9aa5b8; border-radius: 8px; background: white; }
QLineEdit:focus, QSpinBox:focus, QComboBox:focus { border-color: #2f6fde; }
QSpinBox::up-button, QSpinBox::down-button { width: 40px; }
QPushButton { min-height: 48px; min-width: 48px; padding: 4px 18px; border-radius: 8px;
    border: 2px solid #9aa5b8; background: white; font-size: 15pt; }
QPushButton:hover { border-color: #2f6fde; }
QPushButton:focus { border: 3px solid #2f6fde; }
QPushButton:checked { background: #2f6fde; color: white; border-color: #1d4fa8; }
QPushButton:disabled { color: #9a9a9a; border-color: #d0d0d0; }
QPushButton[role="primary"] { background: #2f6fde; color: white; border-color: #1d4fa8;
    font-weight: 600; }
QPushButton[role="header"] { background: #35507a; color: white; border-color: #6f86ad;
    font-size: 13pt; min-height: 44px; }
QPushButton[role="header"]:disabled { color: #8597b5; }
QPushButton[goal="for"]:checked { background: #1e7b45; border-color: #155d33; }
QPushButton[goal="neutral"]:checked { background: #6b6b6b; border-color: #4a4a4a; }
QPushButton[goal="against"]:checked { background: #b3261e; border-color: #7f1b15; }
QListWidget { font-size: 15pt; border: 2px solid #c3c9d3; border-radius: 8px; background: white; }
QListWidget::item { min-height: 40px; padding: 2px 6px; }
QScrollArea { border: none; background: transparent; }
)");

QLabel *makeLabel(QWidget *parent, const char *role = nullptr)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    if (role)
        l->setProperty("role", QString::fromLatin1(role));
    return l;
}

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace

namespace interviewparts {

QPushButton *makeButton(QWidget *parent, const QString &objectName, const char *role)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    if (role)
        b->setProperty("role", QString::fromLatin1(role));
    return b;
}

QColor colourOf(const QList<Category> &categories, qint64 id)
{
    for (const Category &c : categories)
        if (c.id == id)
            return QColor(c.color);
    return QColor(0x80, 0x80, 0x80);
}

/// Actors in a stable, readable order: by category (as the vocabulary orders them), then name.
QList<Actor> orderedActors(const Document &doc)
{
    QHash<qint64, int> rank;
    const QList<Category> categories = doc.categories();
    for (int i = 0; i < categories.size(); ++i)
        rank.insert(categories.at(i).id, i);
    QList<Actor> actors = doc.actors();
    std::stable_sort(actors.begin(), actors.end(), [&](const Actor &a, const Actor &b) {
        const int ra = rank.value(a.categoryId, 1000), rb = rank.value(b.categoryId, 1000);
        if (ra != rb)
            return ra < rb;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return actors;
}

} // namespace interviewparts

using namespace interviewparts;

InterviewWindow::InterviewWindow(Document *doc, qint64 interviewId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_doc(doc)
{
    setObjectName(K("interviewWindow"));
    setAttribute(Qt::WA_StyledBackground);
    QFont f = font();
    f.setPointSizeF(15);
    setFont(f);
    setStyleSheet(kStyle);
    if (auto iv = workshop::loadInterview(doc->store(), interviewId))
        m_interview = *iv;
    buildUi();
    retranslate();

    auto shortcut = [this](const char *name, QList<QKeySequence> keys, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut("interviewNextAction", {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_PageDown)},
             [this] { next(); });
    shortcut("interviewBackAction", {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)},
             [this] { back(); });
    shortcut("interviewUndoAction", {QKeySequence::Undo}, [this] { m_doc->undoStack()->undo(); });
    shortcut("interviewRedoAction", {QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)},
             [this] { m_doc->undoStack()->redo(); });
    shortcut("interviewFullScreenAction", {QKeySequence(Qt::Key_F11)}, [this] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
    });

    connect(m_doc, &Document::changed, this, &InterviewWindow::scheduleRefresh);
    connect(m_doc, &Document::aboutToClose, this, &QWidget::close);
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &InterviewWindow::updateNavigation);
    refresh();
    goTo(m_interview.step, m_interview.currentLinkTypeId);
}

void InterviewWindow::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    auto *header = new QWidget(this);
    header->setObjectName(K("interviewHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto *hl = new QGridLayout(header);
    hl->setContentsMargins(20, 10, 20, 10);
    m_title = new QLabel(header);
    m_progress = new QLabel(header);
    m_progress->setObjectName(K("interviewProgress"));
    auto *chips = new QHBoxLayout;
    chips->setSpacing(6);
    for (int i = 0; i < workshop::kInterviewSteps; ++i) {
        auto *chip = makeLabel(header, "chip");
        chip->setWordWrap(false);
        m_stepChips << chip;
        chips->addWidget(chip);
    }
    chips->addStretch();
    m_undo = makeButton(header, K("interviewUndo"), "header");
    m_redo = makeButton(header, K("interviewRedo"), "header");
    m_leave = makeButton(header, K("interviewLeave"), "header");
    connect(m_undo, &QPushButton::clicked, m_doc->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, m_doc->undoStack(), &QUndoStack::redo);
    connect(m_leave, &QPushButton::clicked, this, &InterviewWindow::finish);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    buttons->addSpacing(12);
    buttons->addWidget(m_leave);
    hl->addWidget(m_progress, 0, 0);
    hl->addLayout(buttons, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    hl->addLayout(chips, 1, 0);
    hl->setColumnStretch(0, 1);
    root->addWidget(header);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildQuestionPage());
    m_pages->addWidget(buildActorsPage());
    m_pages->addWidget(buildLinksPage());
    m_pages->addWidget(buildTowersPage());
    m_pages->addWidget(buildGoalsPage());
    root->addWidget(m_pages, 1);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(20, 8, 20, 14);
    m_back = makeButton(this, K("interviewBack"));
    m_next = makeButton(this, K("interviewNext"), "primary");
    m_back->setMinimumWidth(180);
    m_next->setMinimumWidth(220);
    m_error = new QLabel(this);
    m_error->setObjectName(K("interviewError"));
    m_error->setWordWrap(true);
    connect(m_back, &QPushButton::clicked, this, &InterviewWindow::back);
    connect(m_next, &QPushButton::clicked, this, &InterviewWindow::next);
    footer->addWidget(m_back);
    footer->addWidget(m_error, 1, Qt::AlignCenter);
    footer->addWidget(m_next);
    root->addLayout(footer);
}

QWidget *InterviewWindow::buildQuestionPage()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(60, 20, 60, 10);
    outer->setSpacing(8);
    m_questionIntro = makeLabel(page, "help");
    outer->addWidget(m_questionIntro);
    m_questionLabel = makeLabel(page, "heading");
    m_question = new QLineEdit(page);
    m_question->setObjectName(K("interviewQuestion"));
    m_questionLabel->setBuddy(m_question);
    outer->addWidget(m_questionLabel);
    outer->addWidget(m_question);
    m_goalLabel = makeLabel(page, "heading");
    m_goal = new QLineEdit(page);
    m_goal->setObjectName(K("interviewGoal"));
    m_goalLabel->setBuddy(m_goal);
    outer->addWidget(m_goalLabel);
    outer->addWidget(m_goal);
    auto *towerRow = new QHBoxLayout;
    m_towerLabel = makeLabel(page, "heading");
    m_towerLabel->setWordWrap(false);
    m_towerMax = new QSpinBox(page);
    m_towerMax->setObjectName(K("interviewTowerMax"));
    m_towerMax->setRange(1, 20);
    m_towerMax->setMinimumWidth(130);
    m_towerLabel->setBuddy(m_towerMax);
    towerRow->addWidget(m_towerLabel);
    towerRow->addWidget(m_towerMax);
    towerRow->addStretch();
    outer->addSpacing(6);
    outer->addLayout(towerRow);
    m_typesLabel = makeLabel(page, "heading");
    outer->addSpacing(6);
    outer->addWidget(m_typesLabel);
    m_typesBox = new QWidget(page);
    m_typesLayout = new QGridLayout(m_typesBox);
    m_typesLayout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_typesBox);
    outer->addStretch();

    connect(m_question, &QLineEdit::editingFinished, this, &InterviewWindow::saveQuestion);
    connect(m_goal, &QLineEdit::editingFinished, this, &InterviewWindow::saveQuestion);
    connect(m_towerMax, &QSpinBox::valueChanged, this, &InterviewWindow::saveQuestion);
    return page;
}

QWidget *InterviewWindow::buildActorsPage()
{
    auto *page = new QWidget;
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(40, 16, 40, 6);
    row->setSpacing(30);
    auto *left = new QVBoxLayout;
    m_nameLabel = makeLabel(page, "heading");
    m_name = new QLineEdit(page);
    m_name->setObjectName(K("interviewActorName"));
    m_nameLabel->setBuddy(m_name);
    m_duplicate = makeLabel(page);
    m_duplicate->setObjectName(K("duplicateWarning"));
    m_categoryPrompt = makeLabel(page, "heading");
    m_categoryBox = new QWidget(page);
    m_categoryBox->setObjectName(K("interviewCategories"));
    m_categoryLayout = new QGridLayout(m_categoryBox);
    m_categoryLayout->setContentsMargins(0, 0, 0, 0);
    m_categoryLayout->setSpacing(8);
    m_categoryBox->installEventFilter(this);
    left->addWidget(m_nameLabel);
    left->addWidget(m_name);
    left->addWidget(m_duplicate);
    left->addSpacing(6);
    left->addWidget(m_categoryPrompt);
    left->addWidget(m_categoryBox);
    left->addStretch();
    row->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    m_actorsTitle = makeLabel(page, "heading");
    m_actorList = new QListWidget(page);
    m_actorList->setObjectName(K("interviewActorList"));
    m_actorList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_actorList->installEventFilter(this);
    m_removeActor = makeButton(page, K("interviewRemoveActor"));
    right->addWidget(m_actorsTitle);
    right->addWidget(m_actorList, 1);
    right->addWidget(m_removeActor, 0, Qt::AlignRight);
    row->addLayout(right, 2);

    connect(m_name, &QLineEdit::textEdited, this, &InterviewWindow::nameEdited);
    connect(m_name, &QLineEdit::returnPressed, this, &InterviewWindow::nameEntered);
    m_name->installEventFilter(this);
    connect(m_actorList, &QListWidget::itemSelectionChanged, this, [this] {
        m_removeActor->setEnabled(!m_actorList->selectedItems().isEmpty());
    });
    connect(m_removeActor, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (QListWidgetItem *item : m_actorList->selectedItems())
            ids << item->data(Qt::UserRole).toLongLong();
        QString error;
        if (!ids.isEmpty() && !m_doc->removeActors(ids, &error))
            showError(error);
    });
    return page;
}

QWidget *InterviewWindow::buildLinksPage()
{
    auto *page = new QWidget;
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(16, 10, 24, 6);
    row->setSpacing(16);
    m_canvas = new LinkCanvas(page);
    m_canvas->setObjectName(K("interviewLinkCanvas"));
    row->addWidget(m_canvas, 1);
    auto *side = new QVBoxLayout;
    side->setSpacing(6);
    auto *sideBox = new QWidget(page);
    sideBox->setFixedWidth(400);
    sideBox->setLayout(side);
    m_linkTypeTitle = makeLabel(sideBox, "heading");
    m_linkTypeTitle->setObjectName(K("interviewLinkType"));
    m_linkHelp = makeLabel(sideBox, "help");
    m_linkHelp->setStyleSheet(K("font-size: 12pt;"));
    m_fromLabel = makeLabel(sideBox);
    m_from = new QComboBox(sideBox);
    m_from->setObjectName(K("interviewLinkFrom"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = makeLabel(sideBox);
    m_to = new QComboBox(sideBox);
    m_to->setObjectName(K("interviewLinkTo"));
    m_toLabel->setBuddy(m_to);
    m_addLink = makeButton(sideBox, K("interviewAddLink"), "primary");
    m_linksTitle = makeLabel(sideBox);
    m_linkList = new QListWidget(sideBox);
    m_linkList->setObjectName(K("interviewLinkList"));
    m_linkList->installEventFilter(this);
    m_linkList->setMinimumHeight(120);
    m_removeLink = makeButton(sideBox, K("interviewRemoveLink"));
    side->addWidget(m_linkTypeTitle);
    side->addWidget(m_linkHelp);
    side->addWidget(m_fromLabel);
    side->addWidget(m_from);
    side->addWidget(m_toLabel);
    side->addWidget(m_to);
    side->addWidget(m_addLink);
    side->addSpacing(4);
    side->addWidget(m_linksTitle);
    side->addWidget(m_linkList, 1);
    side->addWidget(m_removeLink);
    row->addWidget(sideBox);

    connect(m_canvas, &LinkCanvas::linkRequested, this, &InterviewWindow::addLink);
    connect(m_canvas, &LinkCanvas::removeRequested, this, &InterviewWindow::removeLink);
    auto addFromLists = [this] {
        addLink(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
    };
    connect(m_addLink, &QPushButton::clicked, this, addFromLists);
    for (QComboBox *box : {m_from, m_to})
        box->installEventFilter(this);
    connect(m_removeLink, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_linkList->currentItem())
            removeLink(item->data(Qt::UserRole).toLongLong());
    });
    return page;
}

QWidget *InterviewWindow::buildTowersPage()
{
    auto *page = new QWidget;
    auto *col = new QVBoxLayout(page);
    col->setContentsMargins(30, 10, 30, 4);
    m_towerHelp = makeLabel(page, "help");
    col->addWidget(m_towerHelp);
    m_towerScroll = new QScrollArea(page);
    m_towerScroll->setWidgetResizable(true);
    m_towers = new TowerBoard;
    m_towers->setObjectName(K("interviewTowers"));
    m_towerScroll->setWidget(m_towers);
    col->addWidget(m_towerScroll, 1);
    connect(m_towers, &TowerBoard::heightRequested, this, [this](qint64 actor, int height) {
        QString error;
        if (!workshop::InterviewEdits(*m_doc).setTower(m_interview, actor, height, &error))
            showError(error);
        // At once rather than on the next turn of the event loop: a quick second key press
        // must start from the new height.
        refreshTowers();
    });
    connect(m_towers, &TowerBoard::focusMoved, this, [this](const QRect &r) {
        m_towerScroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 10,
                                     r.height() / 2 + 10);
    });
    return page;
}

QWidget *InterviewWindow::buildGoalsPage()
{
    auto *page = new QWidget;
    auto *col = new QVBoxLayout(page);
    col->setContentsMargins(30, 10, 30, 4);
    m_goalHelp = makeLabel(page, "heading");
    m_goalHelp->setObjectName(K("interviewGoalHelp"));
    col->addWidget(m_goalHelp);
    m_goalScroll = new QScrollArea(page);
    m_goalScroll->setWidgetResizable(true);
    col->addWidget(m_goalScroll, 1);
    return page;
}

void InterviewWindow::retranslate()
{
    setWindowTitle(tr("Net-Map interview — Maillage"));
    const QStringList chips{tr("1 Question"), tr("2 Actors"), tr("3 Links"), tr("4 Influence"),
                            tr("5 Goal")};
    for (int i = 0; i < m_stepChips.size(); ++i)
        m_stepChips.at(i)->setText(chips.value(i));
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    m_redo->setText(tr("Redo"));
    m_redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    m_leave->setText(tr("Show the map"));
    m_leave->setToolTip(tr("Leave the interview and show the map; you can continue it later "
                           "from Workshop › Net-Map Interview"));
    m_back->setToolTip(tr("Previous step (Alt+Left, Page Up)"));
    m_next->setToolTip(tr("Next step (Alt+Right, Page Down)"));

    m_questionIntro->setText(
        tr("Net-Map: the group answers one question together. Write the question and the goal "
           "where everybody can read them, choose how tall the influence towers can grow and "
           "which kinds of links you will draw."));
    m_questionLabel->setText(tr("&Question"));
    m_question->setPlaceholderText(tr("e.g. Who can help open a solidarity grocery?"));
    m_question->setAccessibleName(tr("Question"));
    m_goalLabel->setText(tr("&Goal"));
    m_goal->setPlaceholderText(tr("e.g. A solidarity grocery open by next winter"));
    m_goal->setAccessibleName(tr("Goal"));
    m_towerLabel->setText(tr("&Tallest influence tower (counters):"));
    m_towerMax->setAccessibleName(tr("Tallest influence tower"));
    m_typesLabel->setText(tr("Links to draw, one kind at a time:"));

    m_nameLabel->setText(tr("&Name of an actor, then Enter"));
    m_name->setPlaceholderText(tr("Type a name and press Enter"));
    m_name->setAccessibleName(tr("Name of the new actor"));
    m_removeActor->setText(tr("Remove"));
    m_removeActor->setToolTip(tr("Remove the selected actors (Delete)"));

    m_linkHelp->setText(tr("Click an actor, then another, or drag from one to the other. "
                           "Click a link to remove it."));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setAccessibleName(tr("First actor of the link"));
    m_to->setAccessibleName(tr("Second actor of the link"));
    m_addLink->setText(tr("&Add link"));
    m_addLink->setToolTip(tr("Link the two chosen actors (Enter)"));
    m_removeLink->setText(tr("Remove link"));
    m_removeLink->setToolTip(tr("Remove the selected link (Delete)"));
    m_canvas->setAccessibleName(tr("Map of the actors: click two actors to link them"));

    m_towerHelp->setText(tr("How much influence does each actor have on the goal? Click a "
                            "level of its tower, or use Left/Right to choose an actor and "
                            "Up/Down or a number key to set its height."));
    m_towers->setAccessibleName(tr("Influence towers"));
    refresh();
}

void InterviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InterviewWindow::closeEvent(QCloseEvent *event)
{
    if (m_interview.id && m_doc->isOpen())
        workshop::InterviewEdits(*m_doc).saveProgress(m_interview);
    QWidget::closeEvent(event);
}

bool InterviewWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    // Lists and combo boxes would take Page Up/Down for themselves: in the interview they
    // always mean the previous and next step.
    if (plain && (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp)) {
        key->key() == Qt::Key_PageDown ? next() : back();
        return true;
    }
    // While a name waits for its category, number keys choose it, Escape gives up.
    if (!m_pendingName.isEmpty() && plain &&
        (watched == m_name || watched == m_categoryBox ||
         m_categoryButtons.contains(qobject_cast<QPushButton *>(watched)))) {
        if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            chooseCategory(key->key() - Qt::Key_1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_pendingName.clear();
            refreshActors();
            m_name->setFocus();
            return true;
        }
    }
    if (watched == m_actorList && key->matches(QKeySequence::Delete)) {
        m_removeActor->click();
        return true;
    }
    if (watched == m_linkList && key->matches(QKeySequence::Delete)) {
        m_removeLink->click();
        return true;
    }
    if ((watched == m_from || watched == m_to) &&
        (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        m_addLink->click();
        return true;
    }
    // Goals: arrows move between the three buttons of a row and between rows.
    if (auto *b = qobject_cast<QPushButton *>(watched); b && b->property("goal").isValid()) {
        const int row = b->property("goalRow").toInt();
        const int colIndex = b->property("goalCol").toInt();
        int r = row, c = colIndex;
        switch (key->key()) {
        case Qt::Key_Left: c = std::max(0, c - 1); break;
        case Qt::Key_Right: c = std::min(2, c + 1); break;
        case Qt::Key_Up: r = std::max(0, r - 1); break;
        case Qt::Key_Down: r = std::min(int(m_goalActors.size()) - 1, r + 1); break;
        default: return QWidget::eventFilter(watched, event);
        }
        if (QButtonGroup *g = m_goalGroups.value(m_goalActors.value(r))) {
            if (QAbstractButton *target = g->button(1 - c)) {
                target->setFocus(Qt::TabFocusReason);
                m_goalScroll->ensureWidgetVisible(target);
            }
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void InterviewWindow::scheduleRefresh()
{
    // At once, not on the next turn of the event loop: the next click or key press must see
    // what the last edit did. Edits made while refreshing (none should be) are not followed.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    refresh();
    m_refreshPending = false;
}

void InterviewWindow::refresh()
{
    if (!m_doc->isOpen())
        return;
    const auto iv = workshop::loadInterview(m_doc->store(), m_interview.id);
    if (!iv) {
        // Undone past the start of the interview: nothing is left to show.
        m_interview.id = 0;
        QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    const InterviewStep step = m_interview.step;
    const qint64 current = m_interview.currentLinkTypeId;
    m_interview = *iv;
    m_interview.step = step;
    m_interview.currentLinkTypeId = current;
    refreshQuestion();
    refreshActors();
    refreshLinks();
    refreshTowers();
    refreshGoals();
    updateNavigation();
}

QList<qint64> InterviewWindow::drawnLinkTypes() const
{
    QList<qint64> out;
    const QList<LinkType> types = m_doc->linkTypes();
    for (qint64 id : m_interview.linkTypeIds)
        for (const LinkType &t : types)
            if (t.id == id)
                out << id;
    return out;
}

qint64 InterviewWindow::currentLinkType() const
{
    const QList<qint64> types = drawnLinkTypes();
    if (types.contains(m_interview.currentLinkTypeId))
        return m_interview.currentLinkTypeId;
    return types.value(0);
}

QString InterviewWindow::progressText() const
{
    const int n = int(m_interview.step) + 1;
    QString name;
    switch (m_interview.step) {
    case InterviewStep::Question: name = tr("Question and goal"); break;
    case InterviewStep::Actors: name = tr("Actors"); break;
    case InterviewStep::Links: {
        const qint64 type = currentLinkType();
        name = tr("Links");
        for (const LinkType &t : m_doc->linkTypes())
            if (t.id == type)
                name = tr("Links: %1").arg(t.name);
        break;
    }
    case InterviewStep::Towers: name = tr("Influence towers"); break;
    case InterviewStep::Goals: name = tr("Position on the goal"); break;
    }
    return tr("Step %1 of %2 — %3").arg(n).arg(workshop::kInterviewSteps).arg(name);
}

void InterviewWindow::updateNavigation()
{
    if (!m_progress)
        return;
    m_progress->setText(progressText());
    for (int i = 0; i < m_stepChips.size(); ++i) {
        QLabel *chip = m_stepChips.at(i);
        chip->setProperty("current", i == int(m_interview.step));
        chip->setProperty("done", i < int(m_interview.step));
        repolish(chip);
    }
    const bool last = m_interview.step == InterviewStep::Goals;
    m_back->setEnabled(m_interview.step != InterviewStep::Question);
    m_back->setText(tr("‹ Back"));
    m_next->setText(last ? tr("Finish ✓") : tr("Next ›"));
    m_undo->setEnabled(m_doc->undoStack()->canUndo());
    m_redo->setEnabled(m_doc->undoStack()->canRedo());
    m_undo->setToolTip(m_doc->undoStack()->canUndo()
                           ? tr("Undo “%1” (Ctrl+Z)").arg(m_doc->undoStack()->undoText())
                           : tr("Nothing to undo"));
}

void InterviewWindow::goTo(InterviewStep step, qint64 linkTypeId)
{
    m_error->clear();
    if (m_pages->currentIndex() == int(InterviewStep::Question))
        saveQuestion();
    m_interview.step = step;
    if (step == InterviewStep::Links) {
        const QList<qint64> types = drawnLinkTypes();
        m_interview.currentLinkTypeId =
            types.contains(linkTypeId) ? linkTypeId : types.value(0);
        m_canvas->clearPending();
    }
    m_pages->setCurrentIndex(int(step));
    if (m_interview.id)
        workshop::InterviewEdits(*m_doc).saveProgress(m_interview);
    refreshLinks();
    updateNavigation();
    switch (step) {
    case InterviewStep::Question: m_question->setFocus(); break;
    case InterviewStep::Actors: m_name->setFocus(); break;
    case InterviewStep::Links: m_from->setFocus(); break;
    case InterviewStep::Towers: m_towers->setFocus(); break;
    case InterviewStep::Goals:
        if (QButtonGroup *g = m_goalGroups.value(m_goalActors.value(0)))
            if (QAbstractButton *b = g->checkedButton() ? g->checkedButton() : g->button(0))
                b->setFocus();
        break;
    }
}

void InterviewWindow::next()
{
    const QList<qint64> types = drawnLinkTypes();
    switch (m_interview.step) {
    case InterviewStep::Question: goTo(InterviewStep::Actors); break;
    case InterviewStep::Actors: goTo(InterviewStep::Links); break;
    case InterviewStep::Links: {
        const int i = int(types.indexOf(currentLinkType()));
        if (i >= 0 && i + 1 < types.size())
            goTo(InterviewStep::Links, types.at(i + 1));
        else
            goTo(InterviewStep::Towers);
        break;
    }
    case InterviewStep::Towers: goTo(InterviewStep::Goals); break;
    case InterviewStep::Goals: finish(); break;
    }
}

void InterviewWindow::back()
{
    const QList<qint64> types = drawnLinkTypes();
    switch (m_interview.step) {
    case InterviewStep::Question: break;
    case InterviewStep::Actors: goTo(InterviewStep::Question); break;
    case InterviewStep::Links: {
        const int i = int(types.indexOf(currentLinkType()));
        if (i > 0)
            goTo(InterviewStep::Links, types.at(i - 1));
        else
            goTo(InterviewStep::Actors);
        break;
    }
    case InterviewStep::Towers: goTo(InterviewStep::Links, types.value(types.size() - 1)); break;
    case InterviewStep::Goals: goTo(InterviewStep::Towers); break;
    }
}

void InterviewWindow::finish()
{
    if (m_pages->currentIndex() == int(InterviewStep::Question))
        saveQuestion();
    if (m_interview.id)
        workshop::InterviewEdits(*m_doc).saveProgress(m_interview);
    // An interview adds actors with no place on the map yet: lay the map out for them.
    bool unplaced = false;
    for (const Actor &a : m_doc->actors())
        unplaced |= !a.hasPosition();
    if (unplaced && !m_doc->isReadOnly())
        runLayoutInteractively(m_doc, layout::Algorithm::Force, 0, parentWidget());
    emit finished();
    close();
}

void InterviewWindow::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace maillage
