// The report's other sections: key actors, the grid of all actors, problems, actions,
// meetings, the portrait and the diagnostics.

#include "core/report/reportbuilder.h"

#include "core/analysis/layout.h"
#include "core/analysis/metrics.h"
#include "core/analysis/network.h"
#include "core/diagnostics/diagnostics.h"
#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/io/pseudonymize.h"
#include "core/report/pdfcanvas.h"
#include "core/render/mappainter.h"
#include "core/render/territory.h"
#include "core/statistics/portrait.h"
#include "core/store/repositories.h"

#include <QCollator>
#include <QDateTime>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>

namespace maillage::report::detail {

void Builder::keyActors()
{
    heading1(Section::KeyActors);
    if (d.actors.isEmpty()) {
        body(Tr::tr("The territory has no actor yet."));
        return;
    }
    QList<const analysis::ActorMetrics *> ranked;
    for (const analysis::ActorMetrics &m : std::as_const(d.metrics.actors))
        ranked << &m;
    std::stable_sort(ranked.begin(), ranked.end(), [](auto *a, auto *b) {
        if (a->betweenness != b->betweenness)
            return a->betweenness > b->betweenness;
        return a->degree > b->degree;
    });
    heading2(Tr::tr("Most central actors"));
    note(Tr::tr("Betweenness counts how often an actor lies on the shortest path between two "
                "others: central actors carry information and bring people together."));
    QList<QStringList> rows;
    for (const auto *m : std::as_const(ranked)) {
        if (rows.size() == 10 || m->degree == 0)
            break;
        const Actor *a = d.actor(m->id);
        rows << QStringList{loc.toString(rows.size() + 1), a ? a->name : QString(),
                            a ? d.categoryName(a->categoryId) : QString(),
                            loc.toString(m->degree),
                            loc.toString(m->betweennessNormalized, 'f', 3)};
    }
    if (rows.isEmpty())
        body(Tr::tr("No actor is linked to another yet."));
    else
        c.table({{QStringLiteral("#"), 3, Qt::AlignRight},
                 {Tr::tr("Actor"), 32},
                 {Tr::tr("Category"), 20},
                 {Tr::tr("Links"), 9, Qt::AlignRight},
                 {Tr::tr("Betweenness"), 12, Qt::AlignRight}},
                rows, 2);

    heading2(Tr::tr("Brokers"));
    note(Tr::tr("Without one of these actors, the network would fall apart: they are the only "
                "bridge between some of the others."));
    QList<const analysis::ActorMetrics *> brokers;
    for (const auto *m : std::as_const(ranked))
        if (m->articulation)
            brokers << m;
    if (brokers.isEmpty()) {
        body(Tr::tr("No actor is the only bridge between others."));
    } else {
        QList<QStringList> brows;
        for (int i = 0; i < std::min<qsizetype>(brokers.size(), 25); ++i) {
            const Actor *a = d.actor(brokers.at(i)->id);
            brows << QStringList{a ? a->name : QString(),
                                 a ? d.categoryName(a->categoryId) : QString(),
                                 loc.toString(brokers.at(i)->degree)};
        }
        c.table({{Tr::tr("Actor"), 55}, {Tr::tr("Category"), 30},
                 {Tr::tr("Links"), 15, Qt::AlignRight}},
                brows, 2);
        if (brokers.size() > 25)
            note(Tr::tr("And %1 other brokers.").arg(loc.toString(brokers.size() - 25)));
    }

    heading2(Tr::tr("Isolated actors"));
    QList<qint64> isolated;
    for (const Actor &a : std::as_const(d.actors)) {
        bool linked = false;
        for (const analysis::ActorMetrics &m : std::as_const(d.metrics.actors))
            if (m.id == a.id) {
                linked = m.degree > 0;
                break;
            }
        if (!linked)
            isolated << a.id;
    }
    if (isolated.isEmpty())
        body(Tr::tr("Every actor is linked to at least one other."));
    else {
        note(Tr::tr("These actors have no link yet: who could introduce them?"));
        body(listOfNames(isolated, 80));
    }
}

void Builder::grid()
{
    heading1(Section::Grid);
    if (d.actors.isEmpty()) {
        body(Tr::tr("The territory has no actor yet."));
        return;
    }
    note(Tr::tr("Each actor is placed by their interest in the approach (across) and their "
                "influence on the territory (upwards). The quadrants suggest how to involve "
                "them."));
    auto model = std::make_shared<render::MapModel>(render::MapModel::fromStore(m_store));
    model->links.clear();
    layout::Graph graph = model->layoutGraph();
    for (layout::Node &n : graph.nodes) {
        n.pinned = false;
        n.x = n.y = std::numeric_limits<double>::quiet_NaN();
    }
    layout::Options lo;
    lo.algorithm = layout::Algorithm::Grid;
    lo.startFromCurrent = false;
    const layout::Result placed = layout::run(graph, lo);
    model->setPositions(placed.positions);
    if (d.anonymize)
        for (render::MapNode &node : model->nodes)
            if (d.pseudo.isPerson(node.id))
                node.name = d.pseudo.name(node.id, QString());
    render::MapOptions options = mapOptions(*model);
    options.powerInterestGrid = true;
    options.legend = false;

    struct Q
    {
        layout::Quadrant quadrant;
        QList<qint64> ids;
    };
    QList<Q> quadrants{{layout::Quadrant::ManageClosely, {}},
                       {layout::Quadrant::KeepSatisfied, {}},
                       {layout::Quadrant::KeepInformed, {}},
                       {layout::Quadrant::Monitor, {}}};
    for (const Actor &a : std::as_const(d.actors)) {
        const bool power = a.influence >= 3, interest = a.interest >= 3;
        const int q = power ? (interest ? 0 : 1) : (interest ? 2 : 3);
        quadrants[q].ids << a.id;
    }
    QList<QStringList> rows;
    for (const Q &q : std::as_const(quadrants))
        rows << QStringList{layout::quadrantLabel(q.quadrant), loc.toString(q.ids.size()),
                            listOfNames(q.ids, 40)};
    // The picture leaves room for the table of quadrants below it, on the same page.
    const QRectF b = c.body();
    const QFont cell = c.font(8, false, true);
    const double lh = c.metrics(cell).lineSpacing();
    double tableH = c.mm(30);  // heading, table header, spacing
    for (const QStringList &r : std::as_const(rows))
        tableH += c.wrap(r.at(2), cell, b.width() * 0.74 - c.mm(2.6), 5).size() * lh + c.mm(2.6);
    const double side = std::max(c.mm(90), std::min(b.width(), c.remaining() - tableH));
    const QRectF target(b.left() + (b.width() - side) / 2, c.y(), side, side);
    mapPicture(model, options, target);
    c.setY(target.bottom() + c.mm(5));

    heading2(Tr::tr("Actors by quadrant"));
    c.table({{Tr::tr("Quadrant"), 18}, {Tr::tr("Actors"), 8, Qt::AlignRight},
             {Tr::tr("Who"), 74}},
            rows, 5);
}

void Builder::problems()
{
    heading1(Section::Problems);
    if (d.problems.isEmpty()) {
        body(Tr::tr("No problem has been recorded yet."));
        return;
    }
    const QStringList statuses = labels::problemStatusCodes();
    heading2(Tr::tr("By theme and status"));
    QList<Bar> bars;
    int maximum = 0;
    QList<qint64> themeIds;
    for (const Theme &t : std::as_const(d.themes))
        themeIds << t.id;
    themeIds << 0;
    for (qint64 themeId : std::as_const(themeIds)) {
        QHash<QString, int> count;
        int total = 0;
        for (const Problem &p : std::as_const(d.problems))
            if (p.themeId == themeId || (themeId == 0 && !themeIds.contains(p.themeId))) {
                ++count[p.status];
                ++total;
            }
        if (total == 0)
            continue;
        Bar bar{d.themeName(themeId), {}, loc.toString(total)};
        for (const QString &s : statuses)
            if (count.value(s) > 0)
                bar.segments.append({double(count.value(s)), problemStatusColor(s)});
        bars << bar;
        maximum = std::max(maximum, total);
    }
    barChart(bars, maximum);
    QList<QPair<QString, QColor>> legend;
    for (const QString &s : statuses)
        legend.append({labels::problemStatus(s), problemStatusColor(s)});
    legendRow(legend);

    heading2(Tr::tr("All problems"));
    QList<Problem> sorted = d.problems;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Problem &a, const Problem &b) {
        const auto sa = statuses.indexOf(a.status), sb = statuses.indexOf(b.status);
        if (sa != sb)
            return sa < sb;
        return a.severity > b.severity;
    });
    QList<QStringList> rows;
    for (const Problem &p : std::as_const(sorted))
        rows << QStringList{p.title, d.themeName(p.themeId), labels::problemStatus(p.status),
                            loc.toString(p.severity), labels::problemScale(p.scale),
                            shortDate(loc, p.raisedOn)};
    c.table({{Tr::tr("Problem"), 34},
             {Tr::tr("Theme"), 17},
             {Tr::tr("Status"), 14},
             {Tr::tr("Severity"), 9, Qt::AlignHCenter},
             {Tr::tr("Scale"), 12},
             {Tr::tr("Raised on"), 13}},
            rows, 3);
}

void Builder::actions()
{
    heading1(Section::Actions);
    if (d.actions.isEmpty()) {
        body(Tr::tr("No action has been recorded yet."));
        return;
    }
    const QStringList statuses = labels::actionStatusCodes();
    QList<ActionItem> sorted = d.actions;
    // Running first, then what is coming, then what is over.
    static const QStringList order{QStringLiteral("running"), QStringLiteral("planned"),
                                   QStringLiteral("idea"), QStringLiteral("done"),
                                   QStringLiteral("cancelled")};
    auto rank = [&](const QString &status) {
        const auto i = order.indexOf(status);
        return i < 0 ? order.size() : i;
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const ActionItem &a, const ActionItem &b) {
        return rank(a.status) < rank(b.status);
    });
    QHash<qint64, QString> problemTitles;
    for (const Problem &p : std::as_const(d.problems))
        problemTitles.insert(p.id, p.title);
    const QRectF b = c.body();
    const QFont tf = c.font(11, true), mf = c.font(8.5), df = c.font(9), inf = c.font(8.5, true);
    const QFontMetricsF tfm = c.metrics(tf), mfm = c.metrics(mf), dfm = c.metrics(df),
                        ifm = c.metrics(inf);
    const double nameW = b.width() * 0.34, barW = b.width() * 0.30;
    const double barX = b.left() + c.mm(4) + nameW + c.mm(3);
    const double textX = barX + barW + c.mm(3);
    const double textW = b.right() - textX;
    for (const ActionItem &a : std::as_const(sorted)) {
        QStringList meta;
        meta << labels::actionStatus(a.status);
        if (a.startDate.isValid() && a.endDate.isValid())
            meta << QStringLiteral("%1 – %2").arg(shortDate(loc, a.startDate),
                                                  shortDate(loc, a.endDate));
        else if (a.startDate.isValid())
            meta << Tr::tr("from %1").arg(shortDate(loc, a.startDate));
        else if (a.endDate.isValid())
            meta << Tr::tr("until %1").arg(shortDate(loc, a.endDate));
        if (a.leadActorId)
            meta << Tr::tr("Lead: %1").arg(d.actorName(a.leadActorId));
        QStringList lines = c.wrap(meta.join(QStringLiteral("  ·  ")), mf, b.width());
        const QList<qint64> partners = d.partners.value(a.id);
        if (!partners.isEmpty())
            lines += c.wrap(Tr::tr("Partners: %1").arg(listOfNames(partners, 30)), mf,
                            b.width(), 3);
        QStringList addressed;
        for (qint64 id : d.addressed.value(a.id))
            addressed << problemTitles.value(id);
        if (!addressed.isEmpty())
            lines += c.wrap(Tr::tr("Answers: %1").arg(addressed.join(QStringLiteral("; "))), mf,
                            b.width(), 3);
        const QStringList title = c.wrap(a.title, tf, b.width(), 2);
        const QStringList desc = c.wrap(a.description, df, b.width(), 4);
        QList<Indicator> inds;
        for (const Indicator &i : std::as_const(d.indicators))
            if (i.actionId == a.id)
                inds << i;
        const double rowH = std::max(2 * ifm.lineSpacing(), 2 * mfm.lineSpacing()) + c.mm(2);
        const double height = title.size() * tfm.lineSpacing() + c.mm(1) +
                              lines.size() * mfm.lineSpacing() + c.mm(1.5) +
                              desc.size() * dfm.lineSpacing() + c.mm(2) +
                              (inds.isEmpty() ? 0 : ifm.lineSpacing() + inds.size() * rowH) +
                              c.mm(6);
        c.ensure(std::min(height, c.body().height()));
        const double top = c.y();
        const double metaTop = top + title.size() * tfm.lineSpacing() + c.mm(1);
        const double descTop = metaTop + lines.size() * mfm.lineSpacing() + c.mm(1.5);
        c.add([=, this](QPainter &p) {
            p.fillRect(QRectF(b.left() - c.mm(3), top + c.mm(0.5), c.mm(1), tfm.height()),
                       colors::accent);
            Canvas::drawLines(p, title, tf, colors::accent, b.left(), top, b.width(),
                              tfm.lineSpacing(), tfm.ascent(), Qt::AlignLeft);
            Canvas::drawLines(p, lines, mf, colors::muted, b.left(), metaTop, b.width(),
                              mfm.lineSpacing(), mfm.ascent(), Qt::AlignLeft);
            Canvas::drawLines(p, desc, df, colors::text, b.left(), descTop, b.width(),
                              dfm.lineSpacing(), dfm.ascent(), Qt::AlignLeft);
        });
        c.setY(descTop + desc.size() * dfm.lineSpacing() + c.mm(2));
        if (!inds.isEmpty()) {
            c.ensure(ifm.lineSpacing() + rowH);
            const double ht = c.y();
            const QString head = Tr::tr("Indicators");
            c.add([=](QPainter &p) {
                p.setFont(inf);
                p.setPen(colors::text);
                p.drawText(QPointF(b.left(), ht + ifm.ascent()), head);
            });
            c.advance(ifm.lineSpacing() + c.mm(0.5));
        }
        for (const Indicator &ind : std::as_const(inds)) {
            c.ensure(rowH);
            const IndicatorProgress pr = progressOf(ind, d.values.value(ind.id));
            const QString unit = ind.unit.isEmpty() ? QString() : QLatin1Char(' ') + ind.unit;
            const QStringList name = c.wrap(ind.name, mf, nameW, 2);
            QString figures;
            QString percent;
            if (!pr.measured) {
                figures = std::isnan(ind.target)
                              ? Tr::tr("Not measured yet")
                              : Tr::tr("Not measured yet; target %1").arg(number(loc, ind.target) + unit);
            } else {
                const double baseline = std::isnan(ind.baseline)
                                            ? d.values.value(ind.id).first().value
                                            : ind.baseline;
                figures = std::isnan(ind.target)
                              ? Tr::tr("%1 on %2").arg(number(loc, pr.latest) + unit,
                                                       shortDate(loc, pr.latestOn))
                              : Tr::tr("From %1 to %2, target %3")
                                    .arg(number(loc, baseline), number(loc, pr.latest),
                                         number(loc, ind.target) + unit);
                if (pr.hasBar)
                    percent = loc.toString(qRound(pr.fraction * 100)) + QStringLiteral(" %");
            }
            const QStringList figureLines = c.wrap(figures, mf, textW, 2);
            const double top = c.y();
            const double barH = c.mm(3.2);
            const double barTop = top + (rowH - c.mm(2) - barH) / 2;
            const bool hasBar = pr.hasBar;
            const double fraction = std::clamp(pr.fraction, 0.0, 1.0);
            const QColor fill = pr.fraction >= 1.0 ? colors::good : colors::accent;
            c.add([=, this](QPainter &p) {
                Canvas::drawLines(p, name, mf, colors::text, b.left() + c.mm(4), top, nameW,
                                  mfm.lineSpacing(), mfm.ascent(), Qt::AlignLeft);
                p.setPen(Qt::NoPen);
                p.setBrush(colors::track);
                p.drawRect(QRectF(barX, barTop, barW, barH));
                if (hasBar && fraction > 0) {
                    p.setBrush(fill);
                    p.drawRect(QRectF(barX, barTop, barW * fraction, barH));
                }
                if (!percent.isEmpty()) {
                    const QFont pf = c.font(7, true);
                    const QFontMetricsF pfm(pf, p.device());
                    p.setFont(pf);
                    const bool inside = fraction > 0.5;
                    p.setPen(inside ? QColor(Qt::white) : colors::text);
                    const double w = pfm.horizontalAdvance(percent);
                    const double x = inside ? barX + barW * fraction - w - c.mm(1)
                                            : barX + barW * fraction + c.mm(1);
                    p.drawText(QPointF(x, barTop + (barH + pfm.ascent() - pfm.descent()) / 2),
                               percent);
                }
                Canvas::drawLines(p, figureLines, mf, colors::muted, textX, top, textW,
                                  mfm.lineSpacing(), mfm.ascent(), Qt::AlignLeft);
            });
            c.advance(rowH);
            if (!ind.baselineSource.isEmpty()) {
                // Where the baseline comes from, under its row (a figure of the portrait).
                const QStringList from = c.wrap(
                    Tr::tr("Baseline from the statistical portrait: %1").arg(ind.baselineSource),
                    mf, textW + (textX - b.left() - c.mm(4)), 2);
                c.ensure(from.size() * mfm.lineSpacing());
                const double fromTop = c.y();
                c.add([=, this](QPainter &p) {
                    Canvas::drawLines(p, from, mf, colors::muted, b.left() + c.mm(4), fromTop,
                                      textW + (textX - b.left() - c.mm(4)), mfm.lineSpacing(),
                                      mfm.ascent(), Qt::AlignLeft);
                });
                c.advance(from.size() * mfm.lineSpacing() + c.mm(1));
            }
        }
        c.advance(c.mm(6));
    }
}

void Builder::meetings()
{
    heading1(Section::Meetings);
    if (d.meetings.isEmpty()) {
        body(Tr::tr("No meeting has been recorded yet."));
        return;
    }
    QList<QStringList> rows;
    for (const Meeting &m : std::as_const(d.meetings)) {
        QString what = m.title;
        if (!m.place.isEmpty())
            what += QStringLiteral(" — ") + m.place;
        QString notes = m.notes.simplified();
        if (!m.decisions.trimmed().isEmpty())
            notes += QLatin1Char(' ') + Tr::tr("Decisions: %1").arg(m.decisions.simplified());
        rows << QStringList{shortDate(loc, m.heldOn), labels::meetingKind(m.kind), what,
                            loc.toString(d.attendees.value(m.id)), notes};
    }
    c.table({{Tr::tr("Date"), 11},
             {Tr::tr("Kind"), 12},
             {Tr::tr("Meeting and place"), 25},
             {Tr::tr("Attendees"), 11.5, Qt::AlignHCenter},
             {Tr::tr("Notes (excerpt)"), 40.5}},
            rows, 6);
}

// The territory beside its EPCI, département and France, from the imported statistics
// (core/statistics/portrait.h), with each figure's source and year.
void Builder::portrait()
{
    heading1(Section::Portrait);
    QString error;
    const auto p = StatisticRepository(m_store).count() > 0
                       ? statistics::makePortrait(m_store, d.territory, QStringLiteral("commune"),
                                                  &error)
                       : std::nullopt;
    if (!p) {
        body(error.isEmpty() ? Tr::tr("No public statistics have been imported yet "
                                      "(maillage-cli statistics, or Analysis ▸ Statistical "
                                      "portrait ▸ Import statistics…).")
                             : error);
        return;
    }
    body(Tr::tr("The territory (%1) beside its EPCI (%2), its département (%3) and France, from "
                "the public statistics imported. Figures over several communes are computed "
                "from their counts; medians and rates are not summed.")
             .arg(p->codes.join(QStringLiteral(", ")),
                  p->epci.isEmpty() ? Tr::tr("unknown") : p->epci, p->departement));
    auto shown = [&](const statistics::Figure &f) {
        if (f.secret)
            return Tr::tr("secret");
        if (!f.value)
            return QStringLiteral("–");
        return loc.toString(*f.value, 'f', std::abs(*f.value) >= 100 ? 0 : 1);
    };
    QList<QStringList> rows;
    for (const statistics::PortraitIndicator &i : p->indicators) {
        QString label = i.label;
        if (!i.own.unit.isEmpty() && !label.contains(i.own.unit))
            label += QStringLiteral(" (%1)").arg(i.own.unit);
        QString source = i.own.sources.isEmpty()
                             ? i.own.reason
                             : QStringLiteral("%1, %2").arg(
                                   i.own.sources.join(QStringLiteral("; ")),
                                   QString::number(i.own.vintage));
        if (i.previous)
            source += QStringLiteral("; ") + Tr::tr("%1 → %2: %3 → %4")
                                                 .arg(i.previous->vintage)
                                                 .arg(i.own.vintage)
                                                 .arg(shown(*i.previous), shown(i.own));
        QString own = shown(i.own);
        if (i.standsOut)
            own.prepend(*i.departementGap > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ "));
        rows << QStringList{label, own, shown(i.epci), shown(i.departement), shown(i.france),
                            source};
    }
    c.table({{Tr::tr("Indicator"), 27},
             {Tr::tr("Territory"), 11, Qt::AlignRight},
             {Tr::tr("EPCI"), 11, Qt::AlignRight},
             {Tr::tr("Département"), 11, Qt::AlignRight},
             {Tr::tr("France"), 11, Qt::AlignRight},
             {Tr::tr("Source and year"), 29}},
            rows, 3);
    QStringList standing;
    for (const statistics::PortraitIndicator &i : p->indicators)
        if (i.standsOut)
            standing << Tr::tr("%1 (%2% %3)")
                            .arg(i.label,
                                 loc.toString(std::abs(*i.departementGap) * 100, 'f', 0),
                                 *i.departementGap > 0 ? Tr::tr("above") : Tr::tr("below"));
    if (!standing.isEmpty())
        body(Tr::tr("Where the territory differs most from its département (▲ above, ▼ below): "
                    "%1.")
                 .arg(standing.join(QStringLiteral("; "))));
}

void Builder::diagnostics()
{
    heading1(Section::Diagnostics);
    if (d.diagnostics.isEmpty()) {
        body(Tr::tr("Nothing needs attention as of %1.").arg(longDate(loc, opt.date)));
        return;
    }
    body(Tr::tr("As of %1, %Ln point(s) need attention. They are grouped below, the most "
                "pressing first within each group.",
                nullptr, int(d.diagnostics.size()))
             .arg(longDate(loc, opt.date)));
    constexpr int kLimit = 30;
    int i = 0;
    while (i < d.diagnostics.size()) {
        const diagnostics::Kind kind = d.diagnostics.at(i).kind;
        int j = i;
        while (j < d.diagnostics.size() && d.diagnostics.at(j).kind == kind)
            ++j;
        heading2(QStringLiteral("%1 (%2)").arg(diagnostics::kindTitle(kind),
                                                loc.toString(j - i)));
        QStringList items;
        QList<QColor> marks;
        for (int k = i; k < j && k < i + kLimit; ++k) {
            items << d.text(d.diagnostics.at(k).message);
            marks << severityColor(d.diagnostics.at(k).severity);
        }
        bullets(items, marks);
        if (j - i > kLimit)
            note(Tr::tr("And %1 more.").arg(loc.toString(j - i - kLimit)));
        i = j;
    }
}

} // namespace maillage::report::detail
