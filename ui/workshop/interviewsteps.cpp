// The interview window's steps: what each one shows and does (the question, the actors
// named, the links drawn, the control towers, the goals) and opening an interview.

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
using namespace interviewparts;

#define K(x) QStringLiteral(x)

// ------------------------------------------------------------------------------ Question

void InterviewWindow::refreshQuestion()
{
    m_updating = true;
    if (!m_question->hasFocus())
        m_question->setText(m_interview.question);
    if (!m_goal->hasFocus())
        m_goal->setText(m_interview.goal);
    m_towerMax->setValue(m_interview.towerMax);
    const QList<LinkType> types = m_doc->linkTypes();
    QList<qint64> ids;
    for (const LinkType &t : types)
        ids << t.id;
    if (ids != m_typeIds) {
        qDeleteAll(m_typeButtons);
        m_typeButtons.clear();
        m_typeIds = ids;
        int i = 0;
        for (const LinkType &t : types) {
            auto *b = makeButton(m_typesBox, K("interviewLinkType_%1").arg(t.id));
            b->setCheckable(true);
            b->setText(t.name);
            b->setStyleSheet(K("QPushButton { border-left: 14px solid %1; }").arg(t.color));
            b->setAccessibleName(tr("Draw links of type %1").arg(t.name));
            connect(b, &QPushButton::toggled, this, [this] { saveQuestion(); });
            m_typesLayout->addWidget(b, i / 3, i % 3);
            m_typeButtons.insert(t.id, b);
            ++i;
        }
    }
    for (auto it = m_typeButtons.begin(); it != m_typeButtons.end(); ++it)
        it.value()->setChecked(m_interview.linkTypeIds.contains(it.key()));
    m_updating = false;
}

void InterviewWindow::saveQuestion()
{
    if (m_updating || !m_interview.id)
        return;
    Interview iv = m_interview;
    iv.question = m_question->text();
    iv.goal = m_goal->text();
    iv.towerMax = m_towerMax->value();
    // Keep the order the group chose, then add newly ticked types in vocabulary order.
    QList<qint64> types;
    for (qint64 id : m_interview.linkTypeIds)
        if (m_typeButtons.value(id) && m_typeButtons.value(id)->isChecked())
            types << id;
    for (const LinkType &t : m_doc->linkTypes())
        if (m_typeButtons.value(t.id) && m_typeButtons.value(t.id)->isChecked() &&
            !types.contains(t.id))
            types << t.id;
    iv.linkTypeIds = types;
    QString error;
    if (!workshop::InterviewEdits(*m_doc).update(iv, &error))
        showError(error);
}

// -------------------------------------------------------------------------------- Actors

void InterviewWindow::refreshActors()
{
    const QList<Category> categories = m_doc->categories();
    QList<qint64> ids;
    for (const Category &c : categories)
        ids << c.id;
    if (ids != m_categoryIds) {
        qDeleteAll(m_categoryButtons);
        m_categoryButtons.clear();
        m_categoryIds = ids;
        for (int i = 0; i < categories.size(); ++i) {
            const Category &c = categories.at(i);
            auto *b = makeButton(m_categoryBox, K("interviewCategory_%1").arg(i + 1));
            b->setText(i < 9 ? K("%1   %2").arg(i + 1).arg(c.name) : c.name);
            b->setStyleSheet(K("QPushButton { border-left: 16px solid %1; text-align: left; }")
                                 .arg(c.color));
            b->setAccessibleName(c.name);
            b->installEventFilter(this);
            connect(b, &QPushButton::clicked, this, [this, i] { chooseCategory(i); });
            m_categoryLayout->addWidget(b, i / 2, i % 2);
            m_categoryButtons << b;
        }
    }
    if (!m_lastCategory && !ids.isEmpty())
        m_lastCategory = ids.first();

    const QList<Actor> actors = orderedActors(*m_doc);
    QSet<qint64> selected;
    for (QListWidgetItem *item : m_actorList->selectedItems())
        selected.insert(item->data(Qt::UserRole).toLongLong());
    const QSignalBlocker block(m_actorList);
    m_actorList->clear();
    for (const Actor &a : actors) {
        QString categoryName;
        for (const Category &c : categories)
            if (c.id == a.categoryId)
                categoryName = c.name;
        auto *item = new QListWidgetItem(a.name, m_actorList);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(categoryName);
        QPixmap dot(18, 18);
        dot.fill(colourOf(categories, a.categoryId));
        item->setIcon(QIcon(dot));
        item->setSelected(selected.contains(a.id));
    }
    m_removeActor->setEnabled(!m_actorList->selectedItems().isEmpty());
    m_actorsTitle->setText(tr("Actors on the map: %1").arg(actors.size()));
    if (m_pendingName.isEmpty())
        m_categoryPrompt->setText(tr("Category of the next actor (number keys 1–9):"));
    else
        m_categoryPrompt->setText(tr("Category of « %1 »? Press its number or click it; "
                                     "Escape to cancel.")
                                      .arg(m_pendingName));
    for (int i = 0; i < m_categoryButtons.size(); ++i) {
        QPushButton *b = m_categoryButtons.at(i);
        b->setCheckable(true);
        b->setChecked(m_categoryIds.value(i) == m_lastCategory);
    }
    nameEdited();
}

void InterviewWindow::nameEdited()
{
    const QString name = m_pendingName.isEmpty() ? m_name->text().trimmed() : m_pendingName;
    QStringList similar;
    if (!name.isEmpty())
        for (const Actor &a : m_doc->actors())
            if (text::nearDuplicate(a.name, name))
                similar << QStringLiteral("« %1 »").arg(a.name);
    m_duplicate->setText(similar.isEmpty()
                             ? QString()
                             : tr("Already on the map? %1").arg(similar.join(QStringLiteral(", "))));
}

void InterviewWindow::nameEntered()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    m_pendingName = name;
    refreshActors();
    // The big buttons take the focus: a number key, a click or Enter on the last category.
    const int last = int(m_categoryIds.indexOf(m_lastCategory));
    if (QPushButton *b = m_categoryButtons.value(std::max(0, last)))
        b->setFocus();
}

void InterviewWindow::chooseCategory(int index)
{
    if (index < 0 || index >= m_categoryIds.size())
        return;
    m_lastCategory = m_categoryIds.at(index);
    QString name = m_pendingName;
    if (name.isEmpty())
        name = m_name->text().trimmed();
    if (name.isEmpty()) {
        refreshActors();
        m_name->setFocus();
        return;
    }
    m_pendingName.clear();
    QString error;
    if (!workshop::InterviewEdits(*m_doc).addActor(name, m_lastCategory, &error)) {
        showError(error);
        return;
    }
    m_error->clear();
    m_name->clear();
    m_duplicate->clear();
    refreshActors();
    m_name->setFocus();
}

// --------------------------------------------------------------------------------- Links

void InterviewWindow::refreshLinks()
{
    const qint64 type = currentLinkType();
    const QList<LinkType> types = m_doc->linkTypes();
    LinkType current;
    for (const LinkType &t : types)
        if (t.id == type)
            current = t;
    const QList<qint64> drawn = drawnLinkTypes();
    if (!type) {
        m_linkTypeTitle->setText(tr("No link type chosen: go back to the first step and "
                                    "choose the kinds of links to draw."));
    } else {
        m_linkTypeTitle->setText(tr("%1 (%2 of %3)")
                                     .arg(current.name)
                                     .arg(drawn.indexOf(type) + 1)
                                     .arg(drawn.size()));
    }
    m_addLink->setEnabled(type != 0);
    const QList<Category> categories = m_doc->categories();
    const QList<Actor> actors = orderedActors(*m_doc);
    QHash<qint64, QString> names;
    QList<LinkCanvas::Node> nodes;
    for (const Actor &a : actors) {
        nodes << LinkCanvas::Node{a.id, a.name, colourOf(categories, a.categoryId)};
        names.insert(a.id, a.name);
    }
    QList<LinkCanvas::Edge> edges;
    const qint64 currentLink = m_linkList->currentItem()
                                   ? m_linkList->currentItem()->data(Qt::UserRole).toLongLong()
                                   : 0;
    const QSignalBlocker block(m_linkList);
    m_linkList->clear();
    for (const Link &l : m_doc->links()) {
        const bool isCurrent = type && l.typeId == type;
        edges << LinkCanvas::Edge{l.id, l.sourceId, l.targetId, isCurrent, current.directed};
        if (isCurrent) {
            auto *item = new QListWidgetItem(
                K("%1 %2 %3").arg(names.value(l.sourceId),
                                  current.directed ? K("→") : K("—"), names.value(l.targetId)),
                m_linkList);
            item->setData(Qt::UserRole, l.id);
            if (l.id == currentLink)
                m_linkList->setCurrentItem(item);
        }
    }
    m_linksTitle->setText(tr("Links of this kind: %1").arg(m_linkList->count()));
    m_removeLink->setEnabled(m_linkList->count() > 0);
    m_canvas->setData(nodes, edges, QColor(current.color));
    for (QComboBox *box : {m_from, m_to}) {
        const qint64 chosen = box->currentData().toLongLong();
        const QSignalBlocker b(box);
        box->clear();
        for (const Actor &a : actors)
            box->addItem(a.name, a.id);
        const int i = box->findData(chosen);
        box->setCurrentIndex(i >= 0 ? i : (box == m_to && box->count() > 1 ? 1 : 0));
    }
}

void InterviewWindow::addLink(qint64 source, qint64 target)
{
    const qint64 type = currentLinkType();
    if (!type)
        return;
    if (!source || !target || source == target) {
        showError(tr("Choose two different actors."));
        return;
    }
    LinkType current;
    for (const LinkType &t : m_doc->linkTypes())
        if (t.id == type)
            current = t;
    // The same two actors are linked once per type (either way round when undirected).
    for (const Link &l : m_doc->links())
        if (l.typeId == type &&
            ((l.sourceId == source && l.targetId == target) ||
             (!current.directed && l.sourceId == target && l.targetId == source))) {
            showError(tr("These two actors are already linked this way."));
            return;
        }
    Link link;
    link.sourceId = source;
    link.targetId = target;
    link.typeId = type;
    QString error;
    if (!m_doc->addLink(link, &error))
        showError(error);
    else
        m_error->clear();
    refreshLinks();
}

void InterviewWindow::removeLink(qint64 linkId)
{
    QString error;
    if (linkId && !m_doc->removeLinks({linkId}, &error))
        showError(error);
    refreshLinks();
}

// -------------------------------------------------------------------------------- Towers

void InterviewWindow::refreshTowers()
{
    const QList<Category> categories = m_doc->categories();
    const QHash<qint64, int> stored = workshop::interviewTowers(m_doc->store(), m_interview.id);
    QList<TowerBoard::Tower> towers;
    for (const Actor &a : orderedActors(*m_doc)) {
        // An actor with no tower yet shows the one its influence stands for.
        const int height = stored.contains(a.id)
                               ? stored.value(a.id)
                               : int(std::lround(a.influence * m_interview.towerMax / 5.0));
        towers << TowerBoard::Tower{a.id, a.name, colourOf(categories, a.categoryId), height};
    }
    m_towers->setData(towers, m_interview.towerMax);
}

// --------------------------------------------------------------------------------- Goals

void InterviewWindow::refreshGoals()
{
    const QString goal = m_interview.goal.isEmpty() ? m_interview.question : m_interview.goal;
    m_goalHelp->setText(goal.isEmpty() ? tr("Is each actor for the goal, neutral or against it?")
                                       : tr("Goal: « %1 » — is each actor for it, neutral or "
                                            "against it?")
                                             .arg(goal));
    const QList<Actor> actors = orderedActors(*m_doc);
    QList<qint64> ids;
    for (const Actor &a : actors)
        ids << a.id;
    if (ids != m_goalActors || !m_goalBoard) {
        // The actors changed: rebuild the rows (focus goes back to the same actor).
        qint64 focused = 0;
        if (QWidget *w = QApplication::focusWidget(); w && w->property("goalActor").isValid())
            focused = w->property("goalActor").toLongLong();
        m_goalActors = ids;
        m_goalGroups.clear();
        m_goalBoard = new QWidget;
        auto *grid = new QGridLayout(m_goalBoard);
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(6);
        for (int r = 0; r < actors.size(); ++r) {
            const Actor &a = actors.at(r);
            auto *name = new QLabel(a.name, m_goalBoard);
            name->setMinimumWidth(260);
            grid->addWidget(name, r, 0);
            auto *group = new QButtonGroup(m_goalBoard);
            const struct
            {
                int position;
                const char *code;
                QString text;
            } choices[] = {{1, "for", tr("For")}, {0, "neutral", tr("Neutral")},
                           {-1, "against", tr("Against")}};
            int c = 0;
            for (const auto &choice : choices) {
                auto *b = makeButton(m_goalBoard,
                                     K("goal_%1_%2").arg(a.id).arg(QString::fromLatin1(choice.code)));
                b->setText(choice.text);
                b->setCheckable(true);
                b->setMinimumWidth(150);
                b->setProperty("goal", QString::fromLatin1(choice.code));
                b->setProperty("goalRow", r);
                b->setProperty("goalCol", c);
                b->setProperty("goalActor", a.id);
                b->setAccessibleName(K("%1: %2").arg(a.name, choice.text));
                b->installEventFilter(this);
                group->addButton(b, choice.position);
                grid->addWidget(b, r, 1 + c);
                ++c;
            }
            const qint64 id = a.id;
            connect(group, &QButtonGroup::idClicked, this, [this, id](int position) {
                QString error;
                if (!workshop::InterviewEdits(*m_doc).setPosition(id, position, &error))
                    showError(error);
            });
            m_goalGroups.insert(a.id, group);
        }
        grid->setColumnStretch(4, 1);
        grid->setRowStretch(int(actors.size()), 1);
        m_goalScroll->setWidget(m_goalBoard);
        if (focused)
            if (QButtonGroup *g = m_goalGroups.value(focused))
                if (QAbstractButton *b = g->checkedButton())
                    b->setFocus();
    }
    for (const Actor &a : actors)
        if (QButtonGroup *g = m_goalGroups.value(a.id))
            if (QAbstractButton *b = g->button(workshop::positionOfAttitude(a.attitude)))
                b->setChecked(true);
}

// ---------------------------------------------------------------------------------- Open

InterviewWindow *openInterviewInteractively(Document *doc, QWidget *parent)
{
    if (!doc || !doc->isOpen())
        return nullptr;
    qint64 id = 0;
    if (const auto last = workshop::latestInterview(doc->store())) {
        QMessageBox box(QMessageBox::Question, InterviewWindow::tr("Net-Map interview"),
                        last->question.isEmpty()
                            ? InterviewWindow::tr("Continue the last interview or start a new one?")
                            : InterviewWindow::tr("Continue the interview « %1 » or start a new "
                                                  "one?")
                                  .arg(last->question),
                        QMessageBox::Cancel, parent);
        QPushButton *resume =
            box.addButton(InterviewWindow::tr("&Continue"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(InterviewWindow::tr("&New Interview"),
                                           QMessageBox::ActionRole);
        box.setDefaultButton(resume);
        box.exec();
        if (box.clickedButton() == resume)
            id = last->id;
        else if (box.clickedButton() != fresh)
            return nullptr;
    }
    if (!id) {
        if (doc->isReadOnly()) {
            QMessageBox::warning(parent, InterviewWindow::tr("Net-Map interview"),
                                 InterviewWindow::tr("This file is read-only: an interview "
                                                     "cannot be recorded in it."));
            return nullptr;
        }
        Interview iv;
        iv.heldOn = QDate::currentDate();
        // By default the group draws the first three link types of the vocabulary (partnership,
        // funding, authority in a new territory); they change that on the first step.
        for (const LinkType &t : doc->linkTypes())
            if (iv.linkTypeIds.size() < 3)
                iv.linkTypeIds << t.id;
        QString error;
        const auto created = workshop::InterviewEdits(*doc).create(iv, &error);
        if (!created) {
            QMessageBox::warning(parent, InterviewWindow::tr("Net-Map interview"), error);
            return nullptr;
        }
        id = *created;
    }
    auto *w = new InterviewWindow(doc, id, parent);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->resize(1280, 720);
    w->show();
    return w;
}

} // namespace maillage
