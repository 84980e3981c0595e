#include "ui/tracking/actoractivitywidget.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/store/panelqueries.h"
#include "core/render/palette.h"
#include "ui/tracking/trackingcommon.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage {

using namespace tracking;

namespace {
#define K(x) QStringLiteral(x)
constexpr int GroupRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
enum Group { Meetings, Problems, Actions };
} // namespace

ActorActivityWidget::ActorActivityWidget(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(K("actorActivity"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setMinimumHeight(120);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemClicked, this, &ActorActivityWidget::activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ActorActivityWidget::activate);
    connect(doc, &Document::changed, this, &ActorActivityWidget::onChanged);
    connect(doc, &Document::closed, this, [this] { setActor(0); });
    reload();
}

void ActorActivityWidget::setActor(qint64 id)
{
    m_actor = id;
    reload();
}

int ActorActivityWidget::count(int group) const
{
    return group >= 0 && group < m_tree->topLevelItemCount() ? m_tree->topLevelItem(group)->childCount() : 0;
}

void ActorActivityWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}

void ActorActivityWidget::onChanged(const ChangeSet &changes)
{
    if (!m_actor || m_queued)
        return;
    if (!touchesActorNames(changes) &&
        !touches(changes, {Table::Meeting, Table::MeetingAttendee, Table::Problem, Table::ProblemActor,
                           Table::ActionItem, Table::ActionPartner}))
        return;
    m_queued = true;
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        reload();
    });
}

void ActorActivityWidget::reload()
{
    m_title->setText(tr("Takes part in"));
    m_tree->clear();
    const bool any = m_actor && m_doc->isOpen() && m_doc->actor(m_actor);
    setEnabled(any);
    auto group = [this](int g, const QString &label) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, GroupRole, g);
        item->setText(0, label);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    QTreeWidgetItem *meetings = group(Meetings, QString());
    QTreeWidgetItem *problems = group(Problems, QString());
    QTreeWidgetItem *actions = group(Actions, QString());
    if (any) {
        Store &store = m_doc->store();
        Relations rel(store);
        auto child = [](QTreeWidgetItem *parent, qint64 id, const QString &text) {
            auto *item = new QTreeWidgetItem(parent);
            item->setText(0, text);
            item->setToolTip(0, text);
            item->setData(0, GroupRole, parent->data(0, GroupRole));
            item->setData(0, IdRole, id);
            return item;
        };
        QList<Meeting> attended;
        for (qint64 id : rel.meetingsOfActor(m_actor))
            if (const auto m = Repository<Meeting>(store).get(id))
                attended << *m;
        std::sort(attended.begin(), attended.end(),
                  [](const Meeting &a, const Meeting &b) { return a.heldOn < b.heldOn; });
        for (const Meeting &m : attended)
            child(meetings, m.id, m.heldOn.isValid() ? QStringLiteral("%1 — %2").arg(shortDate(m.heldOn), m.title)
                                                     : m.title);
        QMap<qint64, QStringList> roles;
        const PanelQueries queries(store);
        QString error;
        const auto problemRoles = queries.problemRolesOf(m_actor, &error);
        const auto partnered = queries.actionsPartneredBy(m_actor, &error);
        if (!problemRoles || !partnered)
            m_title->setText(tr("Takes part in (not all could be read: %1)").arg(error));
        for (const ProblemRole &r : problemRoles.value_or(QList<ProblemRole>()))
            roles[r.problemId] << labels::problemRole(r.role);
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            if (const auto p = Repository<Problem>(store).get(it.key()))
                child(problems, p->id, QStringLiteral("%1 (%2)").arg(p->title, it.value().join(QStringLiteral(", "))))
                    ->setIcon(0, swatch(palette::problemStatusColor(p->status)));
        QMap<qint64, QString> parts;
        const auto led = queries.actionsLedBy(m_actor, &error);
        if (!led)
            m_title->setText(tr("Takes part in (not all could be read: %1)").arg(error));
        for (const ActionItem &a : led.value_or(QList<ActionItem>()))
            parts.insert(a.id, tr("leads it"));
        for (qint64 action : partnered.value_or(QList<qint64>()))
            if (!parts.contains(action))
                parts.insert(action, tr("partner"));
        for (auto it = parts.cbegin(); it != parts.cend(); ++it)
            if (const auto a = Repository<ActionItem>(store).get(it.key()))
                child(actions, a->id, QStringLiteral("%1 (%2)").arg(a->title, it.value()))
                    ->setIcon(0, swatch(palette::actionStatusColor(a->status)));
    }
    meetings->setText(0, tr("Meetings attended (%1)").arg(meetings->childCount()));
    problems->setText(0, tr("Problems concerning them (%1)").arg(problems->childCount()));
    actions->setText(0, tr("Actions they take part in (%1)").arg(actions->childCount()));
    m_tree->expandAll();
}

void ActorActivityWidget::activate(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    switch (item->data(0, GroupRole).toInt()) {
    case Meetings: emit meetingActivated(id); break;
    case Problems: emit problemActivated(id); break;
    case Actions: emit actionActivated(id); break;
    }
}

} // namespace maillage
