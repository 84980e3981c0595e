// The report's page elements (headings, paragraphs, lists, bar charts, map pictures) and its
// first sections: cover, contents, figures, the network map, the territory, categories.

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

void Builder::heading1(Section section)
{
    c.newPage();
    m_sectionPages->insert(int(section), c.currentPage());
    const QFont f = c.font(17, true);
    const QFontMetricsF fm = c.metrics(f);
    const QString text = QStringLiteral("%1. %2").arg(++m_number).arg(sectionTitle(section));
    const QStringList lines = c.wrap(text, f, c.body().width());
    const double top = c.y(), lh = fm.lineSpacing(), asc = fm.ascent();
    const QRectF b = c.body();
    const double ruleY = top + lines.size() * lh + c.mm(1.5);
    const double rule = c.pt(1.2);
    c.add([=](QPainter &p) {
        Canvas::drawLines(p, lines, f, colors::accent, b.left(), top, b.width(), lh, asc,
                          Qt::AlignLeft);
        p.setPen(QPen(colors::accent, rule));
        p.drawLine(QPointF(b.left(), ruleY), QPointF(b.right(), ruleY));
    });
    c.setY(ruleY + c.mm(6));
}

void Builder::heading2(const QString &text, double keepWith)
{
    const QFont f = c.font(11.5, true);
    const QFontMetricsF fm = c.metrics(f);
    if (!c.atTop())
        c.advance(c.mm(3));
    c.ensure(fm.lineSpacing() + c.mm(2) + std::max(keepWith, c.mm(12)));
    c.paragraph(text, f, colors::text, c.mm(2));
}

void Builder::note(const QString &text)
{
    c.paragraph(text, c.font(8.5), colors::muted, c.mm(3));
}

void Builder::body(const QString &text, double after)
{
    c.paragraph(text, c.font(9.5), colors::text, after > 0 ? after : c.mm(2.5));
}

void Builder::bullets(const QStringList &items, const QList<QColor> &marks)
{
    const QFont f = c.font(9);
    const QFontMetricsF fm = c.metrics(f);
    const double lh = fm.lineSpacing(), asc = fm.ascent(), indent = c.mm(5);
    const double width = c.body().width() - indent;
    const double dot = c.mm(1.6);
    for (int i = 0; i < items.size(); ++i) {
        const QStringList lines = c.wrap(items.at(i), f, width, 6);
        c.ensure(lines.size() * lh);
        const double top = c.y(), x = c.body().left();
        const QColor mark = i < marks.size() ? marks.at(i) : colors::accent;
        c.add([=, this](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(mark);
            p.drawEllipse(QRectF(x + c.mm(0.8), top + asc * 0.62 - dot / 2 - asc * 0.0, dot, dot)
                              .translated(0, -dot * 0.1));
            Canvas::drawLines(p, lines, f, colors::text, x + indent, top, width, lh, asc,
                              Qt::AlignLeft);
        });
        c.advance(lines.size() * lh + c.mm(1.2));
    }
    c.advance(c.mm(2));
}

void Builder::barChart(const QList<Bar> &bars, double maximum)
{
    const QFont f = c.font(8.5);
    const QFontMetricsF fm = c.metrics(f);
    const double barH = c.mm(4.2), gap = c.mm(2.2);
    const QRectF b = c.body();
    const double labelW = b.width() * 0.32, valueW = c.mm(16);
    const double barX = b.left() + labelW + c.mm(3);
    const double barMax = b.right() - valueW - barX;
    const double asc = fm.ascent(), textH = fm.height();
    for (const Bar &bar : bars) {
        c.ensure(barH + gap);
        const double top = c.y();
        const QString label = fm.elidedText(bar.label, Qt::ElideRight, labelW);
        QList<QPair<QRectF, QColor>> rects;
        double x = barX;
        for (const auto &s : bar.segments) {
            const double w = maximum > 0 ? barMax * s.first / maximum : 0;
            if (w > 0)
                rects.append({QRectF(x, top, w, barH), s.second});
            x += w;
        }
        const QString value = bar.value;
        const double lx = b.left();
        const double textTop = top + (barH - textH) / 2;
        c.add([=, this](QPainter &p) {
            p.setFont(f);
            p.setPen(colors::text);
            p.drawText(QPointF(lx + labelW - fm.horizontalAdvance(label), textTop + asc), label);
            p.setPen(Qt::NoPen);
            for (const auto &r : rects) {
                p.setBrush(r.second);
                p.drawRect(r.first);
            }
            p.setPen(colors::text);
            p.drawText(QPointF(x + c.mm(1.8), textTop + asc), value);
        });
        c.advance(barH + gap);
    }
    c.advance(c.mm(2));
}

void Builder::legendRow(const QList<QPair<QString, QColor>> &entries)
{
    const QFont f = c.font(8);
    const QFontMetricsF fm = c.metrics(f);
    const double sw = c.mm(3), h = fm.height();
    const QRectF b = c.body();
    double x = b.left();
    c.ensure(h + c.mm(2));
    double top = c.y();
    QList<std::tuple<QPointF, QString, QColor>> items;
    for (const auto &e : entries) {
        const double w = sw + c.mm(1.5) + fm.horizontalAdvance(e.first) + c.mm(5);
        if (x + w > b.right() && x > b.left()) {
            x = b.left();
            top += h + c.mm(1.5);
        }
        items.append({QPointF(x, top), e.first, e.second});
        x += w;
    }
    const double asc = fm.ascent();
    c.add([=, this](QPainter &p) {
        p.setFont(f);
        for (const auto &[pos, text, color] : items) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRect(QRectF(pos.x(), pos.y() + (h - sw) / 2, sw, sw));
            p.setPen(colors::text);
            p.drawText(QPointF(pos.x() + sw + c.mm(1.5), pos.y() + asc), text);
        }
    });
    c.setY(top + h + c.mm(4));
}

render::MapOptions Builder::mapOptions(const render::MapModel &model) const
{
    render::MapOptions o;
    o.labels = model.nodes.size() <= 150 ? render::LabelDetail::All
                                         : render::LabelDetail::Important;
    o.labelMinPixels = 0;
    o.legend = true;
    o.background = Qt::white;
    if (d.anonymize) {
        o.hidePersonNames = true;
        for (const render::MapNode &n : model.nodes)
            if (d.pseudo.isPerson(n.id))
                o.pseudonyms.insert(n.id, d.pseudo.name(n.id, QString()));
    }
    return o;
}

void Builder::mapPicture(std::shared_ptr<render::MapModel> model,
                         const render::MapOptions &options, const QRectF &target)
{
    // The map painter sizes its labels and legend for screens (96 dpi): draw at that scale.
    const double k = c.dpi() / 96.0;
    const QColor frame = colors::rule;
    const double pen = c.pt(0.5);
    c.add([=](QPainter &p) {
        p.setPen(QPen(frame, pen));
        p.setBrush(Qt::NoBrush);
        p.drawRect(target);
        p.setClipRect(target);
        p.scale(k, k);
        const render::MapPainter painter(*model);
        painter.paint(p, QRectF(target.topLeft() / k, target.size() / k).adjusted(2, 2, -2, -2),
                      options);
    });
}

QString Builder::listOfNames(const QList<qint64> &ids, int limit) const
{
    QStringList names;
    for (qint64 id : ids) {
        if (names.size() == limit)
            break;
        names << d.actorName(id);
    }
    QString s = names.join(QStringLiteral(", "));
    if (ids.size() > limit)
        s += QLatin1Char(' ') + Tr::tr("and %1 others").arg(loc.toString(ids.size() - limit));
    return s;
}

void Builder::cover(const QString &author, const QDate &date)
{
    c.newPage(false);
    const QRectF b = c.body();
    const QSizeF page = c.pageSize();
    const double band = c.mm(9);
    c.add([=, this](QPainter &p) {
        p.fillRect(QRectF(0, 0, page.width(), band), colors::accent);
        p.fillRect(QRectF(0, band, page.width(), c.mm(1.2)), colors::accentLight);
    });
    c.setY(c.mm(72));
    c.paragraph(Tr::tr("Territory report").toUpper(), c.font(10.5, true), colors::muted,
                c.mm(4));
    c.paragraph(d.territory.name, c.font(30, true), colors::accent, c.mm(4));
    QStringList facts;
    if (!d.territory.kind.isEmpty())
        facts << territoryKind(d.territory.kind);
    if (!d.territory.inseeCodes.trimmed().isEmpty())
        facts << Tr::tr("INSEE code(s): %1").arg(d.territory.inseeCodes.trimmed());
    if (!facts.isEmpty())
        c.paragraph(facts.join(QStringLiteral("  ·  ")), c.font(12), colors::text, c.mm(6));
    const double ruleY = c.y();
    c.add([=, this](QPainter &p) {
        p.fillRect(QRectF(b.left(), ruleY, c.mm(35), c.pt(2.5)), colors::accent);
    });
    c.advance(c.mm(8));
    if (!d.territory.description.trimmed().isEmpty()) {
        const QFont f = c.font(10);
        const QFontMetricsF fm = c.metrics(f);
        const QStringList lines = c.wrap(d.territory.description, f, b.width() * 0.85, 12);
        const double top = c.y(), lh = fm.lineSpacing() * 1.1, asc = fm.ascent();
        c.add([=](QPainter &p) {
            Canvas::drawLines(p, lines, f, colors::text, b.left(), top, b.width(), lh, asc,
                              Qt::AlignLeft);
        });
        c.advance(lines.size() * lh);
    }
    // The date, author and edition at the foot of the cover.
    const QFont label = c.font(8.5, true), value = c.font(10.5);
    const QFontMetricsF lfm = c.metrics(label), vfm = c.metrics(value);
    QList<QPair<QString, QString>> rows;
    rows.append({Tr::tr("Date"), longDate(loc, date)});
    if (!author.trimmed().isEmpty())
        rows.append({Tr::tr("Author"), author.trimmed()});
    if (d.anonymize)
        rows.append({Tr::tr("Edition"),
                     Tr::tr("Pseudonymised: persons appear under a pseudonym, organisations "
                            "under their name.")});
    double y = b.bottom() - c.mm(10);
    const double colW = c.mm(32);
    QList<std::tuple<double, QString, QStringList>> placed;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        const QStringList lines = c.wrap(rows.at(i).second, value, b.width() - colW, 3);
        y -= lines.size() * vfm.lineSpacing() + c.mm(3);
        placed.prepend({y, rows.at(i).first, lines});
    }
    const double topRule = y - c.mm(4);
    c.add([=, this](QPainter &p) {
        p.setPen(QPen(colors::rule, c.pt(0.6)));
        p.drawLine(QPointF(b.left(), topRule), QPointF(b.right(), topRule));
        for (const auto &[top, name, lines] : placed) {
            p.setFont(label);
            p.setPen(colors::muted);
            p.drawText(QPointF(b.left(), top + vfm.ascent()), name.toUpper());
            Canvas::drawLines(p, lines, value, colors::text, b.left() + colW, top, b.width() - colW,
                              vfm.lineSpacing(), vfm.ascent(), Qt::AlignLeft);
        }
        p.setFont(c.font(7.5));
        p.setPen(colors::muted);
        p.drawText(QPointF(b.left(), b.bottom() + c.mm(8)),
                   Tr::tr("Made with Maillage, the map of a territory's actors."));
    });
    (void)lfm;
}

void Builder::contents(const QList<Section> &sections)
{
    c.newPage();
    const QFont hf = c.font(17, true);
    c.paragraph(Tr::tr("Contents"), hf, colors::accent, c.mm(8));
    const QFont f = c.font(11);
    const QFontMetricsF fm = c.metrics(f);
    const QRectF b = c.body();
    int n = 0;
    auto pages = m_sectionPages;
    for (Section s : sections) {
        if (s == Section::Cover || s == Section::Contents)
            continue;
        const QString title = QStringLiteral("%1.  %2").arg(++n).arg(sectionTitle(s));
        const double top = c.y();
        const int key = int(s);
        c.add([=, this](QPainter &p) {
            const QString number = QString::number(pages->value(key) + 1);
            const double base = top + fm.ascent();
            p.setFont(f);
            p.setPen(colors::text);
            p.drawText(QPointF(b.left(), base), title);
            const double nw = fm.horizontalAdvance(number);
            p.drawText(QPointF(b.right() - nw, base), number);
            // Dotted leader between the title and the page number.
            const double from = b.left() + fm.horizontalAdvance(title) + c.mm(2);
            const double to = b.right() - nw - c.mm(2);
            if (to > from) {
                QPen dots(colors::rule, c.pt(1));
                dots.setStyle(Qt::DotLine);
                p.setPen(dots);
                p.drawLine(QPointF(from, base), QPointF(to, base));
            }
        });
        c.advance(fm.lineSpacing() + c.mm(3.5));
    }
}

void Builder::figures()
{
    heading1(Section::Figures);
    int persons = 0;
    for (const Actor &a : std::as_const(d.actors))
        persons += a.isPerson ? 1 : 0;
    int openProblems = 0;
    for (const Problem &p : std::as_const(d.problems))
        openProblems += (p.status != QLatin1String("resolved") &&
                         p.status != QLatin1String("dropped"))
                            ? 1
                            : 0;
    int running = 0, done = 0;
    for (const ActionItem &a : std::as_const(d.actions)) {
        running += a.status == QLatin1String("running") ? 1 : 0;
        done += a.status == QLatin1String("done") ? 1 : 0;
    }
    struct Card
    {
        qsizetype value;
        QString caption, detail;
    };
    const QList<Card> cards{
        {d.actors.size(), Tr::tr("actors"),
         Tr::tr("%1 organisations, %2 persons")
             .arg(loc.toString(d.actors.size() - persons), loc.toString(persons))},
        {d.links.size(), Tr::tr("links"), Tr::tr("between the actors")},
        {d.problems.size(), Tr::tr("problems"), Tr::tr("%1 still open").arg(loc.toString(openProblems))},
        {d.actions.size(), Tr::tr("actions"),
         Tr::tr("%1 running, %2 done").arg(loc.toString(running), loc.toString(done))},
        {d.meetings.size(), Tr::tr("meetings"), Tr::tr("debates, interviews, workshops")},
        {persons, Tr::tr("persons"), Tr::tr("personal data recorded")},
    };
    const QRectF b = c.body();
    const double gap = c.mm(4), cw = (b.width() - 2 * gap) / 3, ch = c.mm(27);
    const QFont big = c.font(24, true), cap = c.font(10, true), small = c.font(8);
    const QFontMetricsF bfm = c.metrics(big), cfm = c.metrics(cap), sfm = c.metrics(small);
    const double top = c.y();
    QList<std::tuple<QRectF, QString, QString, QString>> boxes;
    for (int i = 0; i < cards.size(); ++i) {
        const QRectF r(b.left() + (i % 3) * (cw + gap), top + (i / 3) * (ch + gap), cw, ch);
        boxes.append({r, loc.toString(cards.at(i).value), cards.at(i).caption,
                      sfm.elidedText(cards.at(i).detail, Qt::ElideRight, cw - c.mm(8))});
    }
    c.add([=, this](QPainter &p) {
        for (const auto &[r, value, caption, detail] : boxes) {
            p.fillRect(r, colors::accentLight);
            p.fillRect(QRectF(r.left(), r.top(), c.mm(1.2), r.height()), colors::accent);
            const double x = r.left() + c.mm(4.5);
            p.setFont(big);
            p.setPen(colors::accent);
            p.drawText(QPointF(x, r.top() + c.mm(3) + bfm.ascent()), value);
            p.setFont(cap);
            p.setPen(colors::text);
            const double capTop = r.top() + c.mm(3) + bfm.height();
            p.drawText(QPointF(x, capTop + cfm.ascent()), caption);
            p.setFont(small);
            p.setPen(colors::muted);
            p.drawText(QPointF(x, capTop + cfm.height() + sfm.ascent()), detail);
        }
    });
    c.setY(top + 2 * ch + gap + c.mm(6));

    heading2(Tr::tr("Actors by category"));
    QHash<qint64, QPair<int, int>> perCategory;  // actors, persons
    for (const Actor &a : std::as_const(d.actors)) {
        auto &e = perCategory[a.categoryId];
        ++e.first;
        e.second += a.isPerson ? 1 : 0;
    }
    QList<QStringList> rows;
    for (const Category &cat : std::as_const(d.categories))
        if (perCategory.contains(cat.id))
            rows << QStringList{cat.name, loc.toString(perCategory.value(cat.id).first),
                                loc.toString(perCategory.value(cat.id).second)};
    if (perCategory.contains(0))
        rows << QStringList{Tr::tr("No category"), loc.toString(perCategory.value(0).first),
                            loc.toString(perCategory.value(0).second)};
    c.table({{Tr::tr("Category"), 5}, {Tr::tr("Actors"), 2, Qt::AlignRight},
             {Tr::tr("of whom persons"), 2, Qt::AlignRight}},
            rows);

    heading2(Tr::tr("The network"));
    const analysis::NetworkMetrics &n = d.metrics.network;
    int isolated = 0;
    for (const analysis::ActorMetrics &m : std::as_const(d.metrics.actors))
        isolated += m.degree == 0 ? 1 : 0;
    QString text = Tr::tr("%1 links join %2 actors (density %3).")
                       .arg(loc.toString(n.links), loc.toString(n.actors),
                            loc.toString(n.density, 'f', 3));
    text += QLatin1Char(' ');
    text += n.components <= 1 ? Tr::tr("They form one connected whole.")
                              : Tr::tr("They form %Ln separate groups.", nullptr, n.components);
    text += QLatin1Char(' ');
    text += isolated == 0 ? Tr::tr("Every actor has at least one link.")
                          : Tr::tr("%Ln actor(s) have no link yet.", nullptr, isolated);
    body(text);
}

void Builder::map()
{
    heading1(Section::Map);
    if (d.actors.isEmpty()) {
        body(Tr::tr("The territory has no actor yet."));
        return;
    }
    auto model = std::make_shared<render::MapModel>(render::MapModel::fromStore(m_store));
    const bool placed = model->needsLayout();
    model->layoutMissing();
    if (d.anonymize)
        for (render::MapNode &node : model->nodes)
            if (d.pseudo.isPerson(node.id))
                node.name = d.pseudo.name(node.id, QString());
    const render::MapOptions options = mapOptions(*model);
    const QFont nf = c.font(8.5);
    const double noteH = 3 * c.metrics(nf).lineSpacing() + c.mm(4);
    const QRectF b = c.body();
    const QRectF target(b.left(), c.y(), b.width(), std::max(c.mm(60), c.remaining() - noteH));
    mapPicture(model, options, target);
    c.setY(target.bottom() + c.mm(3));
    QString text = Tr::tr("Each shape is an actor, its size its influence; lines are the links "
                          "between actors, coloured by type.");
    if (options.labels == render::LabelDetail::Important)
        text += QLatin1Char(' ') + Tr::tr("Only the most influential actors are named.");
    if (placed)
        text += QLatin1Char(' ') + Tr::tr("Actors without a saved position were placed "
                                          "automatically for this report.");
    note(text);
}

void Builder::territory()
{
    heading1(Section::Territory);
    auto model = std::make_shared<render::MapModel>(render::MapModel::fromStore(m_store));
    // How precisely the actors are placed.
    int exact = 0, street = 0, commune = 0, manual = 0, unknown = 0, none = 0, hidden = 0;
    for (render::MapNode &n : model->nodes) {
        if (!n.hasLocation()) {
            ++none;
            continue;
        }
        const QString &pr = n.locationPrecision;
        ++(pr == QLatin1String("exact") ? exact : pr == QLatin1String("street") ? street
           : pr == QLatin1String("commune") ? commune : pr == QLatin1String("manual") ? manual
                                                      : unknown);
        // A pseudonymised report shows no person's own address: only those placed at their
        // commune's centre are drawn.
        if (d.anonymize && d.pseudo.isPerson(n.id)) {
            n.name = d.pseudo.name(n.id, QString());
            if (pr != QLatin1String("commune")) {
                n.latitude = n.longitude = std::nan("");
                ++hidden;
            }
        }
    }
    const int located = exact + street + commune + manual + unknown;
    if (located == 0) {
        body(d.actors.isEmpty() ? Tr::tr("The territory has no actor yet.")
                                : Tr::tr("No actor has a place yet: give actors a latitude and "
                                         "longitude (an import, “maillage-cli locate”, or by "
                                         "hand on the territory map)."));
        return;
    }
    const render::MapOptions options = mapOptions(*model);
    auto territory = std::make_shared<render::TerritoryModel>(
        render::TerritoryModel::fromMap(*model, options));
    const QFont nf = c.font(8.5);
    const double noteH = 10 * c.metrics(nf).lineSpacing() + c.mm(8);
    const QRectF b = c.body();
    const QRectF target(b.left(), c.y(), b.width(), std::max(c.mm(60), c.remaining() - noteH));
    if (!territory->points.empty()) {
        // Drawn at screen scale (96 dpi) like the network map, without tiles (offline).
        const double k = c.dpi() / 96.0;
        const QColor frame = colors::rule;
        const double pen = c.pt(0.5);
        c.add([=](QPainter &p) {
            p.setPen(QPen(frame, pen));
            p.setBrush(Qt::NoBrush);
            p.drawRect(target);
            p.save();
            p.translate(target.topLeft());
            p.scale(k, k);
            const QSizeF size = target.size() / k;
            render::TerritoryOptions o;
            o.background = QColor(0xfb, 0xfb, 0xf8);
            o.labelLimit = 60;
            const render::GeoViewport view =
                render::GeoViewport::fit(territory->worldBounds(), size, 36);
            render::TerritoryPainter painter(*territory);
            painter.paint(p, view, o);
            p.restore();
        });
        c.setY(target.bottom() + c.mm(3));
    }
    QStringList lines;
    const auto line = [&](int n, const QString &what) {
        if (n > 0)
            lines << Tr::tr("%1: %Ln actor(s)", nullptr, n).arg(what);
    };
    line(exact, Tr::tr("Exact address"));
    line(street, Tr::tr("Street"));
    line(commune, Tr::tr("Commune centre"));
    line(manual, Tr::tr("Placed by hand"));
    line(unknown, Tr::tr("Precision unknown"));
    line(none, Tr::tr("No place"));
    heading2(Tr::tr("Located actors by precision"));
    bullets(lines);
    QString text = Tr::tr("Each actor at its place; lines are the links between places. Actors "
                          "sharing one place are spread around it.");
    if (hidden > 0)
        text += QLatin1Char(' ') + Tr::tr("%Ln person(s) placed more precisely than their "
                                          "commune are not drawn in this pseudonymised report.",
                                          nullptr, hidden);
    note(text);
}

void Builder::categories()
{
    heading1(Section::Categories);
    QHash<qint64, int> counts;
    for (const Actor &a : std::as_const(d.actors))
        ++counts[a.categoryId];
    QList<Bar> bars;
    int maximum = 0;
    for (const Category &cat : std::as_const(d.categories)) {
        const int n = counts.value(cat.id);
        if (n == 0)
            continue;
        bars.append({cat.name, {{double(n), QColor(cat.color)}}, loc.toString(n)});
        maximum = std::max(maximum, n);
    }
    if (counts.contains(0)) {
        bars.append({Tr::tr("No category"), {{double(counts.value(0)), colors::rule}},
                     loc.toString(counts.value(0))});
        maximum = std::max(maximum, counts.value(0));
    }
    if (bars.isEmpty()) {
        body(Tr::tr("The territory has no actor yet."));
        return;
    }
    barChart(bars, maximum);
    heading2(Tr::tr("All actors"));
    QList<QStringList> rows;
    rows.reserve(d.actors.size());
    for (const Actor &a : std::as_const(d.actors)) {
        QStringList row{a.name,
                        d.categoryName(a.categoryId),
                        a.organisation,
                        a.role,
                        QString::number(a.influence),
                        QString::number(a.interest)};
        const QHash<qint64, QString> values = d.fieldValues.value(a.id);
        for (const CustomField &f : std::as_const(d.fields))
            row << fields::displayWithUnit(f, values.value(f.id));
        rows << row;
    }
    // The chosen fields take their width (at most 30 % in all) from the name, organisation
    // and role; the category and the scores keep what their words and headings need.
    const double fieldWidth = d.fields.isEmpty() ? 0 : std::min(12.0, 30.0 / d.fields.size());
    const double k = (65 - fieldWidth * d.fields.size()) / 65;
    QList<Canvas::Column> columns{{Tr::tr("Name"), 23 * k},
                                  {Tr::tr("Category"), 14},
                                  {Tr::tr("Organisation"), 21 * k},
                                  {Tr::tr("Role"), 21 * k},
                                  {Tr::tr("Influence"), 10.5, Qt::AlignHCenter},
                                  {Tr::tr("Interest"), 10.5, Qt::AlignHCenter}};
    for (const CustomField &f : std::as_const(d.fields))
        columns.append({f.unit.isEmpty() ? f.name : Tr::tr("%1 (%2)").arg(f.name, f.unit),
                        fieldWidth,
                        fields::isOrdered(f.type) ? Qt::AlignRight : Qt::AlignLeft});
    c.table(columns, rows, 2);
}

} // namespace maillage::report::detail
