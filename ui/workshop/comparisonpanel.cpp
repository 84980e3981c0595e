#include "ui/workshop/comparisonpanel.h"

#include "ui/workshop/comparisonoverlay.h"
#include "ui/network/networkscene.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)

QString linkText(const workshop::LinkRef &l)
{
    return (l.directed ? ComparisonPanel::tr("%1 → %2 (%3)") : ComparisonPanel::tr("%1 — %2 (%3)"))
        .arg(l.source, l.target, l.type);
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}
} // namespace

ComparisonPanel::ComparisonPanel(NetworkScene *scene, QWidget *parent)
    : QWidget(parent), m_scene(scene), m_overlay(new ComparisonOverlay(scene))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(K("comparisonTitle"));
    m_title->setWordWrap(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(K("closeComparisonButton"));
    top->addWidget(m_title, 1);
    top->addWidget(m_close);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, ColumnCount, split);
    m_table->setObjectName(K("comparisonTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_details = new QTreeWidget(split);
    m_details->setObjectName(K("comparisonDetails"));
    m_details->setHeaderHidden(true);
    m_details->setRootIsDecorated(true);
    m_details->setUniformRowHeights(true);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_close, &QPushButton::clicked, this, &ComparisonPanel::closeRequested);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int previous, int) {
                if (row != previous && row >= 0)
                    setCurrentMap(row);
            });
    connect(m_details, &QTreeWidget::itemActivated, this, &ComparisonPanel::activate);
    connect(m_details, &QTreeWidget::itemClicked, this, &ComparisonPanel::activate);
    retranslate();
}

void ComparisonPanel::retranslate()
{
    m_close->setText(tr("&Close Comparison"));
    m_close->setToolTip(tr("Remove the comparison from the map"));
    m_table->setAccessibleName(tr("Compared maps"));
    m_details->setAccessibleName(tr("What the selected map misses or adds"));
    m_table->setHorizontalHeaderLabels(
        {tr("Map"), tr("Actors\nfound"), tr("Actors\nprecision"), tr("Actors\nrecall"),
         tr("Actors\nF1"), tr("Links\nfound"), tr("Links\nprecision"), tr("Links\nrecall"),
         tr("Links\nF1"), tr("Same\ncategory"), tr("Influence\ngap")});
    const QStringList tips{
        QString(),
        tr("Reference actors found in the map, of all the reference's actors"),
        tr("Share of the map's actors that are in the reference"),
        tr("Share of the reference's actors that the map has"),
        tr("Harmonic mean of precision and recall"),
        tr("Reference links found in the map, of all the reference's links"),
        tr("Share of the map's links that are in the reference"),
        tr("Share of the reference's links that the map has"),
        tr("Harmonic mean of precision and recall"),
        tr("Matched actors given the reference's category"),
        tr("Mean difference of influence (0–5) over matched actors")};
    for (int c = 0; c < ColumnCount; ++c)
        if (QTableWidgetItem *h = m_table->horizontalHeaderItem(c))
            h->setToolTip(tips.value(c));
    if (m_has) {
        fillTable();
        fillDetails();
    } else {
        m_title->setText(tr("No comparison."));
    }
}

void ComparisonPanel::setSession(const ComparisonSession &session)
{
    m_session = session;
    m_has = true;
    m_current = -1;
    fillTable();
    setCurrentMap(0);
}

void ComparisonPanel::clearSession()
{
    m_overlay->clear();
    m_session = ComparisonSession();
    m_has = false;
    m_current = -1;
    m_table->setRowCount(0);
    m_details->clear();
    m_title->setText(tr("No comparison."));
    emit shownMapChanged(QString());
}

void ComparisonPanel::fillTable()
{
    const QSignalBlocker block(m_table);
    const QLocale locale;
    const auto &maps = m_session.comparison.maps;
    m_title->setText(
        m_session.shownIsReference
            ? tr("Reference: %1 (this territory) — %Ln map(s) compared. Select a map to see it "
                 "on the network: ghosts are missing, “+” marks extras.",
                 nullptr, int(maps.size()))
                  .arg(fileName(m_session.reference.file))
            : tr("This map compared with the reference %1: ghosts are what it misses, “+” marks "
                 "what the reference does not have.")
                  .arg(fileName(m_session.reference.file)));
    m_table->setRowCount(int(maps.size()));
    auto ratio = [&](double v) { return locale.toString(v, 'f', 2); };
    // A ratio of nothing to nothing (no item in the map, or none in the reference) is no
    // measure: a dash, sorted below every real value.
    const QString none = QStringLiteral("—");
    auto precision = [&](const workshop::SetScore &s) {
        return s.candidate == 0 ? none : ratio(s.precision);
    };
    auto recall = [&](const workshop::SetScore &s) {
        return s.reference == 0 ? none : ratio(s.recall);
    };
    auto f1 = [&](const workshop::SetScore &s) {
        return s.candidate == 0 || s.reference == 0 ? none : ratio(s.f1);
    };
    auto sortable = [](const QString &text, double v) { return text == QStringLiteral("—") ? -1.0 : v; };
    auto cell = [&](int row, int column, const QString &text, double sortValue) {
        auto *item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, sortValue);
        if (column != File)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    for (int r = 0; r < maps.size(); ++r) {
        const workshop::MapComparison &m = maps.at(r);
        cell(r, File, fileName(m.file), 0);
        m_table->item(r, File)->setToolTip(QDir::toNativeSeparators(m.file));
        cell(r, ActorsFound,
             tr("%1 / %2").arg(locale.toString(m.actors.matched), locale.toString(m.actors.reference)),
             m.actors.matched);
        cell(r, ActorPrecision, precision(m.actors), sortable(precision(m.actors), m.actors.precision));
        cell(r, ActorRecall, recall(m.actors), sortable(recall(m.actors), m.actors.recall));
        cell(r, ActorF1, f1(m.actors), sortable(f1(m.actors), m.actors.f1));
        cell(r, LinksFound,
             tr("%1 / %2").arg(locale.toString(m.links.matched), locale.toString(m.links.reference)),
             m.links.matched);
        cell(r, LinkPrecision, precision(m.links), sortable(precision(m.links), m.links.precision));
        cell(r, LinkRecall, recall(m.links), sortable(recall(m.links), m.links.recall));
        cell(r, LinkF1, f1(m.links), sortable(f1(m.links), m.links.f1));
        cell(r, CategoryAgreement,
             std::isnan(m.categoryAgreement)
                 ? tr("n/a")
                 : tr("%1%").arg(locale.toString(100 * m.categoryAgreement, 'f', 0)),
             m.categoryAgreement);
        cell(r, InfluenceGap,
             std::isnan(m.influenceMeanAbsDifference)
                 ? tr("n/a")
                 : locale.toString(m.influenceMeanAbsDifference, 'f', 1),
             m.influenceMeanAbsDifference);
    }
    if (m_current >= 0)
        m_table->selectRow(m_current);
}

void ComparisonPanel::setCurrentMap(int index)
{
    if (!m_has || index < 0 || index >= m_session.candidates.size())
        return;
    m_current = index;
    {
        const QSignalBlocker block(m_table);
        m_table->selectRow(index);
    }
    m_overlay->show(m_session.reference, m_session.candidates.at(index),
                    m_session.items.at(index), m_session.shownIsReference);
    fillDetails();
    emit shownMapChanged(m_session.shownIsReference ? m_session.candidates.at(index).file
                                                    : m_session.reference.file);
}

QTreeWidgetItem *ComparisonPanel::group(const QString &title, int count)
{
    auto *g = new QTreeWidgetItem(m_details, {tr("%1 (%2)").arg(title, QLocale().toString(count))});
    QFont f = g->font(0);
    f.setBold(true);
    g->setFont(0, f);
    g->setData(0, KindRole, NoEntry);
    return g;
}

void ComparisonPanel::fillDetails()
{
    m_details->clear();
    if (!m_has || m_current < 0)
        return;
    const QLocale locale;
    const workshop::MapComparison &m = m_session.comparison.maps.at(m_current);
    const workshop::ComparisonItems &items = m_session.items.at(m_current);
    const workshop::MapData &ref = m_session.reference;
    const workshop::MapData &cand = m_session.candidates.at(m_current);
    auto entry = [](QTreeWidgetItem *parent, const QString &text, EntryKind kind, qint64 id) {
        auto *e = new QTreeWidgetItem(parent, {text});
        e->setData(0, KindRole, kind);
        e->setData(0, IdRole, id);
        return e;
    };
    auto categoryName = [](const workshop::MapData &map, qint64 id) {
        const Category *c = map.category(id);
        return c ? c->name : tr("no category");
    };
    auto describe = [&](const workshop::MapData &map, qint64 linkId) {
        for (const Link &l : map.links)
            if (l.id == linkId) {
                const Actor *s = map.actor(l.sourceId), *t = map.actor(l.targetId);
                const LinkType *type = map.linkType(l.typeId);
                return linkText({s ? s->name : QString(), t ? t->name : QString(),
                                 type ? type->name : QString(), type && type->directed});
            }
        return QString();
    };
    QList<QTreeWidgetItem *> groups;
    QTreeWidgetItem *g = group(tr("Missing actors"), int(items.missingActors.size()));
    groups << g;
    for (qint64 id : items.missingActors)
        if (const Actor *a = ref.actor(id))
            entry(g, tr("%1 (%2)").arg(a->name, categoryName(ref, a->categoryId)), MissingActor, id);
    g = group(tr("Extra actors"), int(items.extraActors.size()));
    groups << g;
    for (qint64 id : items.extraActors)
        if (const Actor *a = cand.actor(id))
            entry(g, tr("%1 (%2)").arg(a->name, categoryName(cand, a->categoryId)), ExtraActor, id);
    g = group(tr("Missing links"), int(items.missingLinks.size()));
    groups << g;
    for (qint64 id : items.missingLinks)
        entry(g, describe(ref, id), MissingLink, id);
    g = group(tr("Extra links"), int(items.extraLinks.size()));
    groups << g;
    for (qint64 id : items.extraLinks)
        entry(g, describe(cand, id), ExtraLink, id);
    auto referenceId = [&](const QString &name) -> qint64 {
        for (const Actor &a : ref.actors)
            if (a.name == name)
                return a.id;
        return 0;
    };
    if (!m.renamedActors.isEmpty()) {
        g = group(tr("Spelled differently"), int(m.renamedActors.size()));
        for (const auto &[r, c] : m.renamedActors)
            entry(g, tr("%1 (written “%2”)").arg(r, c), ReferenceActor, referenceId(r));
    }
    if (!m.largestInfluenceDifferences.isEmpty()) {
        g = group(tr("Influence differences"), int(m.largestInfluenceDifferences.size()));
        for (const auto &d : m.largestInfluenceDifferences)
            entry(g,
                  tr("%1: %2 in the reference, %3 here").arg(d.reference,
                                                             locale.toString(d.referenceInfluence),
                                                             locale.toString(d.candidateInfluence)),
                  ReferenceActor, referenceId(d.reference));
    }
    const workshop::Summary &s = m_session.comparison.summary;
    if (s.maps >= 2) {
        g = group(tr("Missed by most maps"), int(s.mostMissedActors.size() + s.mostMissedLinks.size()));
        groups << g;
        for (const auto &a : s.mostMissedActors)
            entry(g, tr("%1 — missed by %2 of %3").arg(a.name, locale.toString(a.missedBy),
                                                       locale.toString(s.maps)),
                  ReferenceActor, referenceId(a.name));
        for (const auto &l : s.mostMissedLinks)
            entry(g, tr("%1 — missed by %2 of %3").arg(linkText(l.link), locale.toString(l.missedBy),
                                                       locale.toString(s.maps)),
                  NoEntry, 0);
        g = group(tr("Where the maps disagree"),
                  int(s.actorDisagreements.size() + s.linkDisagreements.size()));
        for (const auto &d : s.actorDisagreements) {
            QStringList views;
            for (int i = 0; i < d.files.size(); ++i)
                views << tr("%1: %2, influence %3")
                             .arg(fileName(d.files.at(i)), d.categories.value(i),
                                  locale.toString(d.influences.value(i)));
            auto *e = entry(g, d.name, ReferenceActor, referenceId(d.name));
            e->setToolTip(0, views.join(QLatin1Char('\n')));
            for (const QString &v : std::as_const(views))
                new QTreeWidgetItem(e, {v});
        }
        for (const auto &d : s.linkDisagreements) {
            QStringList present, absent;
            for (const QString &f : d.presentIn)
                present << fileName(f);
            for (const QString &f : d.absentFrom)
                absent << fileName(f);
            entry(g, tr("%1 — drawn by %2; not by %3")
                         .arg(linkText(d.link), present.join(QStringLiteral(", ")),
                              absent.join(QStringLiteral(", "))),
                  NoEntry, 0);
        }
    }
    for (QTreeWidgetItem *e : std::as_const(groups))
        e->setExpanded(e->childCount() > 0 && e->childCount() <= 30);
}

void ComparisonPanel::activate(QTreeWidgetItem *item)
{
    if (!item || !m_has)
        return;
    const auto kind = EntryKind(item->data(0, KindRole).toInt());
    const qint64 id = item->data(0, IdRole).toLongLong();
    const workshop::MapData &cand = m_session.candidates.at(m_current);
    std::optional<QPointF> p;
    qint64 onMap = 0;
    auto linkMiddle = [&](const workshop::MapData &map, bool referenceSide) {
        for (const Link &l : map.links)
            if (l.id == id) {
                const auto a = referenceSide ? m_overlay->referenceActorPosition(l.sourceId)
                                             : m_overlay->candidateActorPosition(l.sourceId);
                const auto b = referenceSide ? m_overlay->referenceActorPosition(l.targetId)
                                             : m_overlay->candidateActorPosition(l.targetId);
                if (a && b)
                    p = (*a + *b) / 2;
            }
    };
    switch (kind) {
    case MissingActor:
    case ReferenceActor:
        p = m_overlay->referenceActorPosition(id);
        onMap = m_overlay->shownActorOfReference(id);
        break;
    case ExtraActor:
        p = m_overlay->candidateActorPosition(id);
        onMap = m_overlay->shownActorOfCandidate(id);
        break;
    case MissingLink:
        linkMiddle(m_session.reference, true);
        break;
    case ExtraLink:
        linkMiddle(cand, false);
        break;
    case NoEntry:
        break;
    }
    if (p)
        emit centreOn(*p, onMap);
}

} // namespace maillage
