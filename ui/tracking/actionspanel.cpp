#include "ui/tracking/actionspanel.h"

#include "core/store/panelqueries.h"
#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/render/palette.h"
#include "ui/tracking/indicatorchart.h"
#include "ui/tracking/indicatoreditor.h"
#include "ui/tracking/recordlist.h"
#include "ui/tracking/relationeditor.h"
#include "ui/tracking/trackingcommon.h"
#include "ui/widgets/notesedit.h"
#include "ui/widgets/optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace maillage {

using namespace tracking;

namespace {
#define K(x) QStringLiteral(x)

/// The mean progress of an action's indicators that have one, clamped to 0 … 100 %.
std::optional<double> meanProgress(Store &store, qint64 actionId)
{
    double sum = 0;
    int n = 0;
    // What cannot be read counts as no progress known (the list says so at its top).
    const PanelQueries queries(store);
    for (const Indicator &ind : queries.indicatorsOfAction(actionId).value_or(QList<Indicator>())) {
        const auto p = indicatorProgress(
            ind, queries.indicatorValues(ind.id).value_or(QList<IndicatorValue>()));
        if (p)
            sum += std::clamp(*p, 0.0, 1.0), ++n;
    }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}
} // namespace

// ---------------------------------------------------------------------------------------------
// Editor

ActionEditor::ActionEditor(Document *doc, QWidget *parent)
    : RecordForm(doc, Table::ActionItem, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    addTitleRow(form, K("actionTitle"), tr("An action needs a title; the previous one was kept."));

    m_status = new QComboBox(this);
    m_status->setObjectName(K("actionStatus"));
    for (const QString &code : labels::actionStatusCodes())
        m_status->addItem(swatch(palette::actionStatusColor(code)), labels::actionStatus(code), code);
    form->addRow(tr("&Status:"), m_status);
    connect(m_status, &QComboBox::activated, this,
            [this] { commit(Column::Status, m_status->currentData()); });

    m_start = new OptionalDateEdit(this);
    m_end = new OptionalDateEdit(this);
    form->addRow(tr("Starts on:"), m_start);
    form->addRow(tr("Ends on:"), m_end);
    connect(m_start, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(Column::StartDate, convert::date(d)); });
    connect(m_end, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(Column::EndDate, convert::date(d)); });

    m_lead = new IdPicker(true, this);
    m_lead->setObjectName(K("actionLead"));
    form->addRow(tr("&Led by:"), m_lead);
    connect(m_lead, &QComboBox::activated, this,
            [this] { commit(Column::LeadActorId, convert::ref(m_lead->currentId())); });

    m_description = new NotesEdit(this);
    m_description->setObjectName(K("actionDescription"));
    m_description->setMaximumHeight(80);
    form->addRow(tr("Description:"), m_description);
    connect(m_description, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(Column::Description, text); });

    auto *partnersBox = new QGroupBox(tr("Partners"), this);
    auto *pl = new QVBoxLayout(partnersBox);
    m_partners = new RelationEditor(tr("Actor"), {}, partnersBox);
    m_partners->setObjectName(K("actionPartners"));
    pl->addWidget(m_partners);
    layout->addWidget(partnersBox);
    connectRelation(m_partners, Table::ActionPartner, Column::ActionId, Column::ActorId,
                    tr("Edit action “%1”"), tr("Edit action “%1”"));
    connect(m_partners, &RelationEditor::activated, this, &ActionEditor::actorActivated);

    auto *problemsBox = new QGroupBox(tr("Problems addressed"), this);
    auto *ql = new QVBoxLayout(problemsBox);
    m_problems = new RelationEditor(tr("Problem"), {}, problemsBox);
    m_problems->setObjectName(K("actionProblems"));
    ql->addWidget(m_problems);
    layout->addWidget(problemsBox);
    connectRelation(m_problems, Table::ActionProblem, Column::ActionId, Column::ProblemId,
                    tr("Edit action “%1”"), tr("Edit action “%1”"));
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
    setFollowed({Table::Problem},
                {Table::ActionItem, Table::ActionPartner, Table::ActionProblem, Table::Problem});
}

QString ActionEditor::editText() const
{
    return tr("Edit action “%1”");
}

void ActionEditor::fillChoices()
{
    const QList<QPair<qint64, QString>> actors = actorChoices();
    m_lead->setChoices(actors);
    m_partners->setChoices(actors);
    m_problems->setChoices(problemChoices());
}

std::optional<QString> ActionEditor::read()
{
    const auto a = Repository<ActionItem>(m_doc->store()).get(m_id);
    if (!a)
        return std::nullopt;
    m_action = *a;
    return a->title;
}

void ActionEditor::clearFields()
{
    m_partners->setEntries({});
    m_problems->setEntries({});
    m_indicators->clear();
    m_indicator->setIndicator(0);
}

void ActionEditor::showRecord()
{
    const ActionItem &a = m_action;
    m_status->setCurrentIndex(std::max(0, m_status->findData(a.status)));
    m_start->setDate(a.startDate);
    m_end->setDate(a.endDate);
    m_lead->setCurrentId(a.leadActorId);
    m_description->load(a.description);
    Relations rel(m_doc->store());
    QList<RelationEditor::Entry> partners, problems;
    for (qint64 id : rel.partners(m_id))
        partners << RelationEditor::Entry{id, {}};
    for (qint64 id : rel.problemsOfAction(m_id))
        problems << RelationEditor::Entry{id, {}};
    m_partners->setEntries(partners);
    m_problems->setEntries(problems);
}

void ActionEditor::follow(const ChangeSet &changes)
{
    if (touches(changes, Table::Indicator) || touches(changes, Table::IndicatorValue))
        loadIndicators();
}

void ActionEditor::loadIndicators()
{
    const qint64 selected = m_indicator->indicatorId();
    QTreeWidgetItem *current = nullptr;
    {
        const QSignalBlocker block(m_indicators);
        m_indicators->clear();
        const PanelQueries queries(m_doc->store());
        QString error;
        const auto indicators = queries.indicatorsOfAction(m_id, &error);
        if (!indicators)
            warn(tr("Not all could be read: %1").arg(error));
        for (const Indicator &ind : indicators.value_or(QList<Indicator>())) {
            const auto read = queries.indicatorValues(ind.id, &error);
            if (!read)
                warn(tr("Not all could be read: %1").arg(error));
            const QList<IndicatorValue> values = read.value_or(QList<IndicatorValue>());
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

// ---------------------------------------------------------------------------------------------
// Panel

ActionsPanel::ActionsPanel(Document *doc, QWidget *parent) : RecordPanel(doc, parent)
{
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(K("actionStatusFilter"));
    m_statusFilter->addItem(tr("Every status"), QString());
    for (const QString &code : labels::actionStatusCodes())
        m_statusFilter->addItem(swatch(palette::actionStatusColor(code)), labels::actionStatus(code), code);

    Spec spec;
    spec.table = Table::ActionItem;
    spec.stem = K("action");
    spec.listName = K("actionList");
    spec.headers = {tr("Title"), tr("Status"), tr("Led by"), tr("Starts"), tr("Ends"),
                    tr("Progress")};
    spec.stretchColumn = 0;
    spec.optionalColumns = {2, 3, 4};
    spec.sortColumn = 3;
    spec.followed = {Table::ActionItem, Table::Indicator, Table::IndicatorValue};
    spec.copied = {{Table::ActionPartner, Column::ActionId}, {Table::ActionProblem, Column::ActionId}};
    spec.makeForm = [this, doc](QWidget *parent) { return m_editor = new ActionEditor(doc, parent); };
    build(spec, tr("&New action"), tr("New action"));
    searchRow()->insertWidget(0, m_statusFilter);
    connect(m_statusFilter, &QComboBox::activated, this, &ActionsPanel::refresh);
    connect(this, &RecordPanel::recordSelected, this, &ActionsPanel::actionSelected);
    finish({m_statusFilter});
}

QString ActionsPanel::addText() const
{
    return tr("Add action “%1”");
}

QString ActionsPanel::deleteText() const
{
    return tr("Delete action “%1”");
}

QString ActionsPanel::countText(int count) const
{
    return tr("%Ln action(s)", nullptr, count);
}

bool ActionsPanel::refreshesOn(const ChangeSet &changes) const
{
    if (RecordPanel::refreshesOn(changes))
        return true;
    // The list names only the actions' lead actors: an actor renamed, added or removed that
    // leads none leaves it as it is (a rename at 10 000 actors read every name again).
    if (!touchesActorNames(changes))
        return false;
    const QList<qint64> actors = changedIds(changes, Table::Actor);
    return std::any_of(actors.begin(), actors.end(),
                       [this](qint64 id) { return m_leadActors.contains(id); });
}

void ActionsPanel::clearFilters()
{
    m_statusFilter->setCurrentIndex(0);
}

QList<RecordPanel::Listed> ActionsPanel::readRecords()
{
    QString error;
    const auto actions = PanelQueries(m_doc->store()).actions(&error);
    if (!actions)
        readFailed(error);
    m_actions = actions.value_or(QList<ActionItem>());
    m_leadActors.clear();
    for (const ActionItem &a : std::as_const(m_actions))
        if (a.leadActorId)
            m_leadActors.insert(a.leadActorId);
    // Every actor's name only when some action has a lead to name.
    m_names = m_leadActors.isEmpty() ? QHash<qint64, QString>() : actorNames(m_doc);
    const QString status = m_statusFilter->currentData().toString();
    QList<Listed> out;
    for (const ActionItem &a : std::as_const(m_actions))
        out << Listed{a.id, a.title, a.description + QLatin1Char('\n') + m_names.value(a.leadActorId),
                      status.isEmpty() || a.status == status};
    return out;
}

void ActionsPanel::fillItem(SortItem *item, int index)
{
    const ActionItem &a = m_actions[index];
    item->setText(0, a.title);
    item->setToolTip(0, a.title);
    item->setText(1, labels::actionStatus(a.status));
    item->setIcon(1, swatch(palette::actionStatusColor(a.status)));
    item->setData(1, SortItem::SortRole, labels::actionStatusCodes().indexOf(a.status));
    item->setText(2, m_names.value(a.leadActorId));
    item->setText(3, shortDate(a.startDate));
    item->setData(3, SortItem::SortRole, a.startDate.isValid() ? a.startDate.toJulianDay() : 0);
    item->setText(4, shortDate(a.endDate));
    item->setData(4, SortItem::SortRole, a.endDate.isValid() ? a.endDate.toJulianDay() : 0);
    const auto p = meanProgress(m_doc->store(), a.id);
    item->setText(5, p ? QStringLiteral("%1 %").arg(QLocale().toString(*p * 100, 'f', 0)) : QString());
    item->setData(5, SortItem::SortRole, p.value_or(-1));
    item->setToolTip(5, tr("Mean progress of the action's indicators toward their targets"));
    item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace maillage
