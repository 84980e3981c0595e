#include "ui/history/historypanel.h"

#include "core/document/document.h"
#include "ui/history/historymodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace maillage {

HistoryPanel::HistoryPanel(Document *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_model(new HistoryModel(doc, this))
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_goTo = new QPushButton(this);
    m_goTo->setObjectName(QStringLiteral("historyGoToButton"));
    bar->addWidget(m_message, 1);
    bar->addStretch();  // the button at the right, also when there is no message
    bar->addWidget(m_goTo);
    layout->addLayout(bar);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(HistoryModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(HistoryModel::AuthorColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::updateButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryPanel::updateButton);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_refusal.clear();
        updateButton();
    });
    connect(doc, &Document::connectionChanged, this, &HistoryPanel::updateButton);
    connect(doc, &Document::opened, this, &HistoryPanel::updateButton);
    connect(m_goTo, &QPushButton::clicked, this, [this] { goTo(currentRow()); });
    // The same offer on the step itself, from its context menu.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        QMenu menu(this);
        QAction *go = menu.addAction(m_goTo->text(), this, [this, row = index.row()] { goTo(row); });
        go->setEnabled(m_goTo->isEnabled());
        go->setToolTip(m_goTo->toolTip());
        menu.setToolTipsVisible(true);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Enter, and a double-click (which the styles turn into activated()).
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    retranslate();
}

int HistoryPanel::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex())
               ? current.row()
               : -1;
}

void HistoryPanel::retranslate()
{
    m_model->retranslate();
    updateButton();
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPanel::updateButton()
{
    const int row = currentRow();
    const int position = row >= 0 ? m_model->stackPosition(row) : -1;
    const int index = m_doc->undoStack()->index();
    const bool canWrite = !m_doc->isReadOnly();
    if (position >= 0 && position >= index) {
        m_goTo->setText(tr("Redo Up to Here (%n steps)", nullptr, position - index + 1));
        m_goTo->setToolTip(tr("Redo the undone steps up to this one"));
    } else if (position >= 0) {
        m_goTo->setText(tr("Undo Back to Here (%n steps)", nullptr, index - position));
        m_goTo->setToolTip(tr("Undo this step and every later one of yours"));
    } else {
        m_goTo->setText(tr("Undo Back to Here"));
        m_goTo->setToolTip(row >= 0 && !m_model->entry(row).own
                               ? tr("Someone else’s edit: only its author can undo it.")
                               : tr("Select one of your steps to undo back to it or redo up to it"));
    }
    m_goTo->setEnabled(position >= 0 && canWrite);
    QString message = m_refusal;
    if (message.isEmpty() && m_model->rowCount() == 0)
        message = m_doc->store().isShared()
                      ? tr("Your edits and the others’ appear here as they are made, newest first.")
                      : tr("Your edits appear here as you make them, newest first.");
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool HistoryPanel::goTo(int row)
{
    m_refusal.clear();
    const int start = row >= 0 && row < m_model->rowCount() ? m_model->stackPosition(row) : -1;
    if (start < 0 || m_doc->isReadOnly()) {
        updateButton();
        return false;
    }
    // The step is followed by its command: others' edits may add rows meanwhile (a refusal's
    // message box runs the event loop).
    const QUndoCommand *target = m_model->entry(row).command;
    QUndoStack *stack = m_doc->undoStack();
    auto positionOf = [stack, target] {
        for (int i = stack->count() - 1; i >= 0; --i)
            if (stack->command(i) == target)
                return i;
        return -1;
    };
    const bool undo = start < stack->index();
    QString why;
    const auto failure = connect(m_doc, &Document::failed, this,
                                 [&why](const QString &message) { why = message; });
    // One step at a time (not QUndoStack::setIndex, which would go on past a refusal).
    int position = start;
    while (why.isEmpty() && position >= 0 &&
           (undo ? position < stack->index() : position >= stack->index())) {
        const int index = stack->index(), count = stack->count();
        undo ? stack->undo() : stack->redo();
        position = positionOf();
        if (stack->index() == index && stack->count() == count)
            break;  // nothing moved (cannot happen with the document's commands; never loop)
    }
    disconnect(failure);
    if (!why.isEmpty())
        m_refusal = tr("Stopped: %1").arg(why.section(QLatin1Char('\n'), 0, 0));
    updateButton();
    return why.isEmpty() && position >= 0;
}

void HistoryPanel::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const HistoryEntry &e = m_model->entry(row);
    // The named actors that still exist, and the ends of the named links that do: one read
    // each way, also for an import's tens of thousands.
    QList<qint64> actors, links;
    if (!e.actors.isEmpty()) {
        const auto found = Projections(m_doc->store()).stampedPositions(e.actors);
        for (qint64 id : e.actors)
            if (found && found->contains(id))
                actors << id;
    }
    if (!e.links.isEmpty()) {
        QSet<qint64> have(actors.cbegin(), actors.cend());
        auto named = [&](const Link &l) {
            links << l.id;
            for (qint64 end : {l.sourceId, l.targetId})
                if (!have.contains(end)) {
                    have.insert(end);
                    actors << end;
                }
        };
        if (e.links.size() <= 64) {
            for (qint64 id : e.links)
                if (const auto l = m_doc->link(id))
                    named(*l);
        } else {
            const QSet<qint64> wanted(e.links.cbegin(), e.links.cend());
            for (const Link &l : m_doc->links())
                if (wanted.contains(l.id))
                    named(l);
        }
    }
    if (!actors.isEmpty())
        emit showOnMap(actors, links);
}
} // namespace maillage
