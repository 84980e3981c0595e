#include "ui/tracking/actionspanel.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "ui/tracking/indicatorchart.h"
#include "ui/tracking/indicatoreditor.h"
#include "ui/tracking/trackingcommon.h"
#include "ui/widgets/notesedit.h"
#include "ui/widgets/optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace maillage {

using namespace tracking;

namespace {
#define K(x) QStringLiteral(x)

const QList<Table> kActionTables{Table::ActionItem, Table::Indicator, Table::IndicatorValue};

/// The mean progress of an action's indicators that have one, clamped to 0 … 100 %.
std::optional<double> meanProgress(Store &store, qint64 actionId)
{
    double sum = 0;
    int n = 0;
    for (const Indicator &ind : Repository<Indicator>(store).list(K("action_id"), actionId)) {
        const auto p = indicatorProgress(ind, Repository<IndicatorValue>(store).list(K("indicator_id"), ind.id));
        if (p)
            sum += std::clamp(*p, 0.0, 1.0), ++n;
    }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}
} // namespace

// ---------------------------------------------------------------------------------------------
// Editor

ActionEditor::ActionEditor(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    const TitleRow title = addTitleRow(
        this, form, K("actionTitle"), tr("An action needs a title; the previous one was kept."), [this] { load(); },
        [this](const QString &text) { commit(K("title"), text); });
    m_title = title.edit;
    m_warning = title.warning;

    m_status = new QComboBox(this);
    m_status->setObjectName(K("actionStatus"));
    for (const QString &code : labels::actionStatusCodes())
        m_status->addItem(swatch(actionStatusColor(code)), labels::actionStatus(code), code);
    form->addRow(tr("&Status:"), m_status);
    connect(m_status, &QComboBox::activated, this,
            [this] { commit(K("status"), m_status->currentData()); });

    m_start = new OptionalDateEdit(this);
    m_end = new OptionalDateEdit(this);
    form->addRow(tr("Starts on:"), m_start);
    form->addRow(tr("Ends on:"), m_end);
    connect(m_start, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("start_date"), convert::date(d)); });
    connect(m_end, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("end_date"), convert::date(d)); });

    m_lead = new IdPicker(true, this);
    m_lead->setObjectName(K("actionLead"));
    form->addRow(tr("&Led by:"), m_lead);
    connect(m_lead, &QComboBox::activated, this,
            [this] { commit(K("lead_actor_id"), convert::ref(m_lead->currentId())); });

    m_description = new NotesEdit(this);
    m_description->setObjectName(K("actionDescription"));
    m_description->setMaximumHeight(80);
    form->addRow(tr("Description:"), m_description);
    connect(m_description, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(K("description"), text); });

    auto *partnersBox = new QGroupBox(tr("Partners"), this);
    auto *pl = new QVBoxLayout(partnersBox);
    m_partners = new RelationEditor(tr("Actor"), {}, partnersBox);
    m_partners->setObjectName(K("actionPartners"));
    pl->addWidget(m_partners);
    layout->addWidget(partnersBox);
    connect(m_partners, &RelationEditor::addRequested, this,
            [this](qint64 id) { addRelation(K("action_partner"), K("actor_id"), id); });
    connect(m_partners, &RelationEditor::removeRequested, this,
            [this](const QList<RelationEditor::Entry> &entries) {
                QList<qint64> ids;
                for (const auto &e : entries)
                    ids << e.id;
                removeRelation(K("action_partner"), K("actor_id"), ids);
            });
    connect(m_partners, &RelationEditor::activated, this, &ActionEditor::actorActivated);

    auto *problemsBox = new QGroupBox(tr("Problems addressed"), this);
    auto *ql = new QVBoxLayout(problemsBox);
    m_problems = new RelationEditor(tr("Problem"), {}, problemsBox);
    m_problems->setObjectName(K("actionProblems"));
    ql->addWidget(m_problems);
    layout->addWidget(problemsBox);
    connect(m_problems, &RelationEditor::addRequested, this,
            [this](qint64 id) { addRelation(K("action_problem"), K("problem_id"), id); });
    connect(m_problems, &RelationEditor::removeRequested, this,
            [this](const QList<RelationEditor::Entry> &entries) {
                QList<qint64> ids;
                for (const auto &e : entries)
                    ids << e.id;
                removeRelation(K("action_problem"), K("problem_id"), ids);
            });
    connect(m_problems, &RelationEditor::activated, this, &ActionEditor::problemActivated);

    auto *indicatorsBox = new QGroupBox(tr("Indicators"), this);
    auto *il = new QVBoxLayout(indicatorsBox);
    m_indicators = new QTreeWidget(indicatorsBox);
    m_indicators->setObjectName(K("actionIndicators"));
    m_indicators->setRootIsDecorated(false);
    m_indicators->setHeaderLabels({tr("Indicator"), tr("Latest"), tr("Target"), tr("Progress")});
    new ColumnFitter(m_indicators, 0, {1, 2});
    m_indicators->setMinimumHeight(70);
    m_indicators->setMaximumHeight(120);
    il->addWidget(m_indicators);
    auto *ib = new QHBoxLayout;
    m_newIndicator = new QPushButton(tr("New indicator"), indicatorsBox);
    m_newIndicator->setObjectName(K("newIndicatorButton"));
    m_deleteIndicator = new QPushButton(tr("Delete indicator"), indicatorsBox);
    m_deleteIndicator->setEnabled(false);
    ib->addWidget(m_newIndicator);
    ib->addWidget(m_deleteIndicator);
    ib->addStretch();
    il->addLayout(ib);
    m_indicator = new IndicatorEditor(doc, indicatorsBox);
    m_indicator->setObjectName(K("indicatorEditor"));
    il->addWidget(m_indicator);
    layout->addWidget(indicatorsBox);
    layout->addStretch();

    connect(m_indicators, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_indicator->setIndicator(item ? item->data(0, Qt::UserRole).toLongLong() : 0);
        m_deleteIndicator->setEnabled(item != nullptr);
    });
    connect(m_newIndicator, &QPushButton::clicked, this, [this] {
        if (addIndicator(tr("New indicator"))) {
            m_indicator->nameEdit()->setFocus();
            m_indicator->nameEdit()->selectAll();
        }
    });
    connect(m_deleteIndicator, &QPushButton::clicked, this, [this] {
        const qint64 id = m_indicator->indicatorId();
        if (id)
            m_doc->removeRows(K("indicator"), {id},
                              tr("Delete indicator “%1”").arg(m_indicator->nameEdit()->text()));
    });
    connect(doc, &Document::changed, this, &ActionEditor::onChanged);
    setEnabled(false);
}

void ActionEditor::setAction(qint64 id)
{
    m_id = id;
    m_warning->hide();
    fillChoices();
    load();
}

void ActionEditor::fillChoices()
{
    if (!m_doc->isOpen())
        return;
    QList<QPair<qint64, QString>> actors;
    // Ids and names only: a lean typed read (the pickers list every actor). With nothing
    // shown (as at open) the pickers stay empty: 100 000 names sorted into combo boxes took
    // a second of the first frame; showing an item fills them.
    if (m_id)
        for (const ActorName &a : Projections(m_doc->store()).names().value_or(QList<ActorName>()))
            actors << qMakePair(a.id, a.name);
    auto byName = [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    };
    std::sort(actors.begin(), actors.end(), byName);
    m_lead->setChoices(actors);
    m_partners->setChoices(actors);
    QList<QPair<qint64, QString>> problems;
    for (const Problem &p : Repository<Problem>(m_doc->store()).list())
        problems << qMakePair(p.id, p.title);
    std::sort(problems.begin(), problems.end(), byName);
    m_problems->setChoices(problems);
}

void ActionEditor::load()
{
    const auto a = m_doc->isOpen() && m_id ? Repository<ActionItem>(m_doc->store()).get(m_id)
                                           : std::nullopt;
    setEnabled(a.has_value() && !m_doc->isReadOnly());
    if (!a) {
        m_id = 0;
        m_title->clear();
        m_partners->setEntries({});
        m_problems->setEntries({});
        m_indicators->clear();
        m_indicator->setIndicator(0);
        return;
    }
    {
        const QList<QWidget *> all = findChildren<QWidget *>();
        std::vector<QSignalBlocker> blockers;
        blockers.reserve(all.size());
        for (QWidget *w : all)
            blockers.emplace_back(w);
        if (!m_title->hasFocus())
            m_title->setText(a->title);
        m_status->setCurrentIndex(std::max(0, m_status->findData(a->status)));
        m_start->setDate(a->startDate);
        m_end->setDate(a->endDate);
        m_lead->setCurrentId(a->leadActorId);
        m_description->load(a->description);
        Relations rel(m_doc->store());
        QList<RelationEditor::Entry> partners, problems;
        for (qint64 id : rel.partners(m_id))
            partners << RelationEditor::Entry{id, {}};
        for (qint64 id : rel.problemsOfAction(m_id))
            problems << RelationEditor::Entry{id, {}};
        m_partners->setEntries(partners);
        m_problems->setEntries(problems);
    }
    loadIndicators();
}

void ActionEditor::loadIndicators()
{
    const qint64 selected = m_indicator->indicatorId();
    QTreeWidgetItem *current = nullptr;
    {
        const QSignalBlocker block(m_indicators);
        m_indicators->clear();
        for (const Indicator &ind : Repository<Indicator>(m_doc->store()).list(K("action_id"), m_id)) {
            const QList<IndicatorValue> values =
                Repository<IndicatorValue>(m_doc->store()).list(K("indicator_id"), ind.id);
            auto *item = new QTreeWidgetItem(m_indicators);
            item->setText(0, ind.unit.isEmpty() ? ind.name
                                                : QStringLiteral("%1 (%2)").arg(ind.name, ind.unit));
            item->setData(0, Qt::UserRole, ind.id);
            if (const auto latest = latestValue(values))
                item->setText(1, QLocale().toString(latest->value, 'g', 8));
            if (!std::isnan(ind.target))
                item->setText(2, QLocale().toString(ind.target, 'g', 8));
            if (const auto p = indicatorProgress(ind, values))
                item->setText(3, QStringLiteral("%1 %").arg(QLocale().toString(*p * 100, 'f', 0)));
            for (int c = 1; c < 4; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            if (ind.id == selected)
                current = item;
        }
        if (!current && m_indicators->topLevelItemCount())
            current = m_indicators->topLevelItem(0);
        m_indicators->setCurrentItem(current);
    }
    refit(m_indicators);
    m_deleteIndicator->setEnabled(current != nullptr);
    const qint64 id = current ? current->data(0, Qt::UserRole).toLongLong() : 0;
    if (id != m_indicator->indicatorId())
        m_indicator->setIndicator(id);
}

void ActionEditor::selectIndicator(qint64 indicatorId)
{
    for (int r = 0; r < m_indicators->topLevelItemCount(); ++r)
        if (m_indicators->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == indicatorId)
            m_indicators->setCurrentItem(m_indicators->topLevelItem(r));
}

qint64 ActionEditor::addIndicator(const QString &name)
{
    if (!m_id)
        return 0;
    const auto id = m_doc->addRow(K("indicator"), {{K("name"), name}, {K("action_id"), m_id}},
                                  tr("Add indicator “%1” to “%2”").arg(name, m_title->text()));
    if (!id)
        return 0;
    loadIndicators();
    selectIndicator(*id);
    return *id;
}

void ActionEditor::addRelation(const QString &table, const QString &column, qint64 id)
{
    QString error;
    if (!m_doc->apply(tr("Edit action “%1”").arg(m_title->text()),
                      {m_doc->insertOp(table, {{K("action_id"), m_id}, {column, id}})},
                      Document::NoMerge, &error)) {
        m_warning->setText(tr("Not saved: %1").arg(error));
        m_warning->show();
    }
}

void ActionEditor::removeRelation(const QString &table, const QString &column, const QList<qint64> &ids)
{
    QList<Row> keys;
    for (qint64 id : ids)
        keys << Row{{K("action_id"), m_id}, {column, id}};
    m_doc->apply(tr("Edit action “%1”").arg(m_title->text()), m_doc->deleteOps(table, keys));
}

void ActionEditor::commit(const QString &column, const QVariant &value)
{
    if (!m_id || !m_doc->isOpen())
        return;
    QString error;
    if (!m_doc->updateRow(K("action_item"), m_id, {{column, value}},
                          tr("Edit action “%1”").arg(m_title->text()), Document::MergeFieldEdit,
                          &error)) {
        m_warning->setText(tr("Not saved: %1").arg(error));
        m_warning->show();
        load();
    }
}

void ActionEditor::onChanged(const ChangeSet &changes)
{
    if (!m_id)
        return;
    const bool names = actorNamesChanged(changes);
    if (names || touches(changes, {Table::Problem}))
        fillChoices();
    if (names || touches(changes, {Table::ActionItem, Table::ActionPartner, Table::ActionProblem,
                                   Table::Problem}))
        load();
    else if (touches(changes, {Table::Indicator, Table::IndicatorValue}))
        loadIndicators();
}

// ---------------------------------------------------------------------------------------------
// Panel

ActionsPanel::ActionsPanel(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(2, 2, 2, 2);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    outer->addWidget(m_splitter);

    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New action"), top);
    m_new->setObjectName(K("newActionButton"));
    m_delete = new QPushButton(tr("Delete"), top);
    m_delete->setEnabled(false);
    m_statusFilter = new QComboBox(top);
    m_statusFilter->setObjectName(K("actionStatusFilter"));
    m_statusFilter->addItem(tr("Every status"), QString());
    for (const QString &code : labels::actionStatusCodes())
        m_statusFilter->addItem(swatch(actionStatusColor(code)), labels::actionStatus(code), code);
    m_count = new QLabel(top);
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_statusFilter);
    buttons->addStretch();
    buttons->addWidget(m_count);
    topLayout->addLayout(buttons);
    connect(m_statusFilter, &QComboBox::activated, this, &ActionsPanel::refresh);

    m_list = new QTreeWidget(top);
    m_list->setObjectName(K("actionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels({tr("Title"), tr("Status"), tr("Led by"), tr("Starts"), tr("Ends"),
                             tr("Progress")});
    new ColumnFitter(m_list, 0, {2, 3, 4});
    m_list->sortByColumn(3, Qt::AscendingOrder);
    topLayout->addWidget(m_list, 1);

    m_editor = new ActionEditor(doc, m_splitter);
    m_editor->setObjectName(K("actionEditor"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(scrolled(m_editor, m_splitter));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setCurrent(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_editor, &ActionEditor::actorActivated, this, &ActionsPanel::actorActivated);
    connect(m_editor, &ActionEditor::problemActivated, this, &ActionsPanel::problemActivated);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (createAction(tr("New action"))) {
            m_editor->titleEdit()->setFocus();
            m_editor->titleEdit()->selectAll();
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const auto a = m_current ? Repository<ActionItem>(m_doc->store()).get(m_current) : std::nullopt;
        if (a)
            m_doc->removeRows(K("action_item"), {a->id}, tr("Delete action “%1”").arg(a->title));
    });
    connect(doc, &Document::changed, this, &ActionsPanel::onChanged);
    auto reset = [this] {
        m_current = 0;
        refresh();
        m_editor->setAction(0);
    };
    connect(doc, &Document::opened, this, reset);
    connect(doc, &Document::closed, this, reset);
    refresh();
}

void ActionsPanel::setOrientation(Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
}

void ActionsPanel::onChanged(const ChangeSet &changes)
{
    if (m_refreshQueued)
        return;
    // The list names only the actions' lead actors: an actor renamed, added or removed that
    // leads none leaves it as it is (a rename at 10 000 actors read every name again).
    if (!touches(changes, kActionTables)) {
        if (!actorNamesChanged(changes))
            return;
        const QList<qint64> actors = changedIds(changes, Table::Actor);
        if (std::none_of(actors.begin(), actors.end(),
                         [this](qint64 id) { return m_leadActors.contains(id); }))
            return;
    }
    m_refreshQueued = true;
    QTimer::singleShot(0, this, &ActionsPanel::refresh);
}

void ActionsPanel::refresh()
{
    m_refreshQueued = false;
    const bool open = m_doc->isOpen();
    m_new->setEnabled(open && !m_doc->isReadOnly());
    const QList<ActionItem> actions =
        open ? Repository<ActionItem>(m_doc->store()).list() : QList<ActionItem>();
    if (m_current && !std::any_of(actions.begin(), actions.end(),
                                  [this](const ActionItem &a) { return a.id == m_current; })) {
        m_current = 0;
        m_editor->setAction(0);
        emit actionSelected(0);
    }
    m_leadActors.clear();
    for (const ActionItem &a : actions)
        if (a.leadActorId)
            m_leadActors.insert(a.leadActorId);
    // Every actor's name only when some action has a lead to name.
    const QHash<qint64, QString> names =
        m_leadActors.isEmpty() ? QHash<qint64, QString>() : actorNames(m_doc);
    const QString status = m_statusFilter->currentData().toString();
    const QSignalBlocker block(m_list);
    m_list->setSortingEnabled(false);
    m_list->clear();
    QTreeWidgetItem *current = nullptr;
    int shown = 0;
    for (const ActionItem &a : actions) {
        if (!status.isEmpty() && a.status != status)
            continue;
        ++shown;
        auto *item = new SortItem(m_list);
        item->setText(0, a.title);
        item->setToolTip(0, a.title);
        item->setData(0, Qt::UserRole, a.id);
        item->setText(1, labels::actionStatus(a.status));
        item->setIcon(1, swatch(actionStatusColor(a.status)));
        item->setData(1, SortItem::SortRole, labels::actionStatusCodes().indexOf(a.status));
        item->setText(2, names.value(a.leadActorId));
        item->setText(3, shortDate(a.startDate));
        item->setData(3, SortItem::SortRole, a.startDate.isValid() ? a.startDate.toJulianDay() : 0);
        item->setText(4, shortDate(a.endDate));
        item->setData(4, SortItem::SortRole, a.endDate.isValid() ? a.endDate.toJulianDay() : 0);
        const auto p = meanProgress(m_doc->store(), a.id);
        item->setText(5, p ? QStringLiteral("%1 %").arg(QLocale().toString(*p * 100, 'f', 0)) : QString());
        item->setData(5, SortItem::SortRole, p.value_or(-1));
        item->setToolTip(5, tr("Mean progress of the action's indicators toward their targets"));
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
        if (a.id == m_current)
            current = item;
    }
    m_list->setSortingEnabled(true);
    refit(m_list);
    if (current) {
        m_list->setCurrentItem(current);
        m_list->scrollToItem(current);
    }
    m_count->setText(shown == actions.size() ? tr("%Ln action(s)", nullptr, int(actions.size()))
                                             : tr("%1 of %2 shown").arg(shown).arg(actions.size()));
    m_delete->setEnabled(m_current && !m_doc->isReadOnly());
}

void ActionsPanel::setCurrent(qint64 id)
{
    if (id == m_current)
        return;
    m_current = id;
    m_editor->setAction(id);
    {
        const QSignalBlocker block(m_list);
        for (int r = 0; r < m_list->topLevelItemCount(); ++r)
            if (m_list->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id)
                m_list->setCurrentItem(m_list->topLevelItem(r));
    }
    m_delete->setEnabled(id && !m_doc->isReadOnly());
    emit actionSelected(id);
}

void ActionsPanel::selectAction(qint64 id)
{
    bool shown = false;
    for (int r = 0; r < m_list->topLevelItemCount(); ++r)
        shown = shown || m_list->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id;
    if (!shown && m_statusFilter->currentIndex() != 0) {
        m_statusFilter->setCurrentIndex(0);
        refresh();
    }
    m_current = 0;
    setCurrent(id);
}

qint64 ActionsPanel::createAction(const QString &title)
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return 0;
    const auto id = m_doc->addRow(K("action_item"), {{K("title"), title}},
                                  tr("Add action “%1”").arg(title));
    if (!id)
        return 0;
    m_statusFilter->setCurrentIndex(0);
    refresh();
    selectAction(*id);
    return *id;
}

} // namespace maillage
