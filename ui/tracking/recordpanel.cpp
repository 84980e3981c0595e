#include "ui/tracking/recordpanel.h"

#include "core/document/document.h"
#include "core/store/panelqueries.h"
#include "core/util/text.h"
#include "ui/tracking/recordform.h"
#include "ui/tracking/recordlist.h"
#include "ui/tracking/trackingcommon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage {

using tracking::SortItem;

RecordPanel::RecordPanel(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc) {}

void RecordPanel::build(const Spec &spec, const QString &newText, const QString &newTitle)
{
    m_spec = spec;
    QString stem = spec.stem;
    stem[0] = stem[0].toUpper();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(2, 2, 2, 2);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    outer->addWidget(m_splitter);

    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(newText, top);
    m_new->setObjectName(QStringLiteral("new%1Button").arg(stem));
    m_duplicate = new QPushButton(tr("Duplicate"), top);
    m_duplicate->setObjectName(QStringLiteral("duplicate%1Button").arg(stem));
    m_delete = new QPushButton(tr("Delete"), top);
    m_delete->setObjectName(QStringLiteral("delete%1Button").arg(stem));
    m_count = new QLabel(top);
    m_count->setObjectName(QStringLiteral("%1Count").arg(spec.stem));
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    topLayout->addLayout(buttons);

    m_filterRows = new QVBoxLayout;
    m_filterRows->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(m_filterRows);
    m_searchRow = new QHBoxLayout;
    m_search = new QLineEdit(top);
    m_search->setObjectName(QStringLiteral("%1Search").arg(spec.stem));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_searchRow->addWidget(m_search, 1);
    m_searchRow->addWidget(m_count);
    topLayout->addLayout(m_searchRow);
    connect(m_search, &QLineEdit::textChanged, this, &RecordPanel::refresh);

    m_list = new QTreeWidget(top);
    m_list->setObjectName(spec.listName);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels(spec.headers);
    new tracking::ColumnFitter(m_list, spec.stretchColumn, spec.optionalColumns);
    m_list->sortByColumn(spec.sortColumn, spec.sortOrder);
    topLayout->addWidget(spec.wrapList ? spec.wrapList(m_list, top) : m_list, 1);

    RecordForm *form = m_form = spec.makeForm(m_splitter);
    form->setObjectName(QStringLiteral("%1Editor").arg(spec.stem));
    m_splitter->addWidget(top);
    m_splitter->addWidget(tracking::scrolled(form, m_splitter));
    m_splitter->setStretchFactor(0, spec.listStretch);
    m_splitter->setStretchFactor(1, spec.formStretch);

    // The list's keys, where they mean nothing else: the window's Delete acts on the map
    // and the actor list only.
    auto key = [this](const QList<QKeySequence> &keys, QPushButton *button) {
        auto *a = new QAction(this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, button, [button] {
            if (button->isEnabled())
                button->click();
        });
        m_list->addAction(a);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(
            button->text().remove(QLatin1Char('&')),
            keys.first().toString(QKeySequence::NativeText)));
    };
    key({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)}, m_delete);
    key({QKeySequence(Qt::CTRL | Qt::Key_D)}, m_duplicate);
    key({QKeySequence(Qt::Key_Insert)}, m_new);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setCurrent(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(form, &RecordForm::actorActivated, this, &RecordPanel::actorActivated);
    connect(form, &RecordForm::problemActivated, this, &RecordPanel::problemActivated);
    connect(m_new, &QPushButton::clicked, this, [this, newTitle] {
        if (createRecord(newTitle))
            focusTitle();
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (duplicateCurrent())
            focusTitle();
    });
    connect(m_delete, &QPushButton::clicked, this, &RecordPanel::deleteCurrent);
    connect(m_doc, &Document::changed, this, &RecordPanel::onChanged);
    auto reset = [this] {
        m_current = 0;
        refresh();
        m_form->setRecord(0);
    };
    connect(m_doc, &Document::opened, this, reset);
    connect(m_doc, &Document::closed, this, reset);
}

void RecordPanel::finish(const QList<QWidget *> &filters)
{
    QWidget *previous = m_delete;
    for (QWidget *w : filters) {
        setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, m_search);
    refresh();
}

void RecordPanel::setOrientation(Qt::Orientation orientation)
{
    if (m_splitter->orientation() == orientation)
        return;
    m_splitter->setOrientation(orientation);
    const int length = orientation == Qt::Horizontal ? width() : height();
    const int parts = m_spec.listStretch + m_spec.formStretch;
    m_splitter->setSizes({length * m_spec.listStretch / parts, length * m_spec.formStretch / parts});
}

Row RecordPanel::newValues(const QString &title) const
{
    return {{columnName(Column::Title), title}};
}

bool RecordPanel::refreshesOn(const ChangeSet &changes) const
{
    return std::any_of(m_spec.followed.begin(), m_spec.followed.end(),
                       [&changes](Table t) { return touches(changes, t); });
}

void RecordPanel::onChanged(const ChangeSet &changes)
{
    if (!m_refreshQueued && refreshesOn(changes))
        scheduleRefresh();
}

void RecordPanel::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, &RecordPanel::refresh);
}

void RecordPanel::refresh()
{
    m_refreshQueued = false;
    const QList<Listed> records = m_doc->isOpen() ? readRecords() : QList<Listed>();
    if (m_current && std::none_of(records.begin(), records.end(),
                                  [this](const Listed &r) { return r.id == m_current; })) {
        m_current = 0;
        m_form->setRecord(0);
        emit recordSelected(0);
    }
    const QString search = text::fold(m_search->text().trimmed());
    QList<qint64> shown;
    const QSignalBlocker block(m_list);
    m_list->setSortingEnabled(false);
    m_list->clear();
    QTreeWidgetItem *current = nullptr;
    for (int i = 0; i < records.size(); ++i) {
        const Listed &r = records[i];
        if (!r.kept || (!search.isEmpty() && !text::fold(r.title).contains(search) &&
                        !text::fold(r.searched).contains(search)))
            continue;
        shown << r.id;
        auto *item = new SortItem(m_list);
        item->setData(0, Qt::UserRole, r.id);
        fillItem(item, i);
        if (r.id == m_current)
            current = item;
    }
    m_list->setSortingEnabled(true);
    tracking::refit(m_list);
    if (current) {
        m_list->setCurrentItem(current);
        m_list->scrollToItem(current);
    }
    listed(shown);
    if (m_current)
        selected(m_current);
    m_count->setText(shown.size() == records.size()
                         ? countText(int(records.size()))
                         : tr("%1 of %2 shown").arg(shown.size()).arg(records.size()));
    updateButtons();
}

void RecordPanel::updateButtons()
{
    const bool writable = m_doc->isOpen() && !m_doc->isReadOnly();
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && m_current);
    m_delete->setEnabled(writable && m_current);
}

bool RecordPanel::listShows(qint64 id) const
{
    for (int r = 0; r < m_list->topLevelItemCount(); ++r)
        if (m_list->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id)
            return true;
    return false;
}

void RecordPanel::setCurrent(qint64 id)
{
    if (id == m_current)
        return;
    m_current = id;
    m_form->setRecord(id);
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        for (int r = 0; r < m_list->topLevelItemCount(); ++r)
            if (m_list->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id)
                m_list->setCurrentItem(m_list->topLevelItem(r));
    }
    selected(id);
    updateButtons();
    emit recordSelected(id);
}

void RecordPanel::selectRecord(qint64 id)
{
    // A record hidden by the filters or the search is shown by clearing them.
    if (id && !listShows(id)) {
        clearFilters();
        const QSignalBlocker block(m_search);
        m_search->clear();
        refresh();
    }
    m_current = 0;
    setCurrent(id);
}

qint64 RecordPanel::createRecord(const QString &title)
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return 0;
    const auto id = m_doc->addRow(tableName(m_spec.table), newValues(title), addText().arg(title));
    if (!id)
        return 0;
    refresh();
    selectRecord(*id);
    return *id;
}

qint64 RecordPanel::duplicateCurrent()
{
    if (!m_current || !m_doc->isOpen() || m_doc->isReadOnly())
        return 0;
    const QString table = tableName(m_spec.table);
    QString error;
    auto copy = PanelQueries(m_doc->store()).recordCopy(m_spec.table, m_current, m_spec.copied,
                                                        &error);
    if (!copy) {
        m_form->warn(tr("Not saved: %1").arg(error));
        return 0;
    }
    Row &record = copy->record;
    const QString title = record.value(columnName(Column::Title)).toString();
    for (Column c : {Column::Id, Column::CreatedAt, Column::UpdatedAt})
        record.remove(columnName(c));
    record.insert(columnName(Column::Title), tr("%1 (copy)").arg(title));
    // The copy is the record -1 of this edit; the rows its form lists name it so.
    QList<RowOp> ops{m_doc->insertOp(table, record)};
    for (const RecordCopy::Joined &joined : std::as_const(copy->joined))
        for (Row row : joined.rows) {
            row.insert(columnName(joined.key), -1);
            ops << m_doc->insertOp(tableName(joined.table), row);
        }
    if (!m_doc->apply(tr("Duplicate “%1”").arg(title), ops, Document::NoMerge, &error)) {
        m_form->warn(tr("Not saved: %1").arg(error));
        return 0;
    }
    const qint64 id = m_doc->lastInsertedIds().value(0);
    refresh();
    selectRecord(id);
    return id;
}

bool RecordPanel::deleteCurrent()
{
    const auto title = m_current && m_doc->isOpen() && !m_doc->isReadOnly()
                           ? Projections(m_doc->store()).fields(m_spec.table, m_current, {Column::Title})
                           : std::nullopt;
    if (!title)
        return false;
    return m_doc->removeRows(tableName(m_spec.table), {m_current},
                             deleteText().arg(title->value(0).toString()));
}

void RecordPanel::focusTitle()
{
    m_form->titleEdit()->setFocus();
    m_form->titleEdit()->selectAll();
}

void RecordPanel::readFailed(const QString &error)
{
    m_form->warn(tr("The list could not be read: %1").arg(error));
}

} // namespace maillage
