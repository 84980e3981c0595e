#include "report.h"

#include "analysis/layout.h"
#include "analysis/metrics.h"
#include "analysis/network.h"
#include "diagnostics/diagnostics.h"
#include "document/document.h"
#include "domain/labels.h"
#include "io/pseudonymize.h"
#include "pdfcanvas.h"
#include "render/mappainter.h"
#include "render/territory.h"
#include "statistics/portrait.h"
#include "store/repositories.h"

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

namespace maillage::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::report::Report)
};

using detail::Canvas;
namespace colors = detail::colors;

const QList<Section> &allSections()
{
    static const QList<Section> all{Section::Cover,     Section::Contents,   Section::Figures,
                                    Section::Portrait,  Section::Map,       Section::Territory, Section::Categories, Section::KeyActors,
                                    Section::Grid,      Section::Problems,   Section::Actions,
                                    Section::Meetings,  Section::Diagnostics};
    return all;
}

// ---------------------------------------------------------------------------------------
// What the report shows, read once from the store (and pseudonymised when asked).

struct Data
{
    Territory territory;
    QList<Category> categories;
    QHash<qint64, int> categoryIndex;
    QList<Actor> actors;  ///< sorted by category order, then name
    QHash<qint64, int> actorIndex;
    QList<Link> links;
    QList<Theme> themes;
    QList<Problem> problems;
    QList<ActionItem> actions;
    QList<Indicator> indicators;
    QHash<qint64, QList<IndicatorValue>> values;  ///< by indicator, by date
    QList<Meeting> meetings;                      ///< by date
    QHash<qint64, int> attendees;                 ///< meeting → count
    QHash<qint64, QList<qint64>> partners, addressed;  ///< action → actors, problems
    QList<diagnostics::Item> diagnostics;
    analysis::MetricsResult metrics;
    /// The actor fields the "All actors" table shows, and their values (actor → field →
    /// stored value, already blanked or pseudonymised for an anonymised report).
    QList<CustomField> fields;
    QHash<qint64, QHash<qint64, QString>> fieldValues;
    bool anonymize = false;
    Pseudonymizer pseudo;

    QString text(const QString &s) const { return anonymize ? pseudo.text(s) : s; }
    const Actor *actor(qint64 id) const
    {
        const int i = actorIndex.value(id, -1);
        return i < 0 ? nullptr : &actors.at(i);
    }
    QString actorName(qint64 id) const
    {
        const Actor *a = actor(id);
        return a ? a->name : QString();
    }
    const Category *category(qint64 id) const
    {
        const int i = categoryIndex.value(id, -1);
        return i < 0 ? nullptr : &categories.at(i);
    }
    QString categoryName(qint64 id) const
    {
        const Category *c = category(id);
        return c ? c->name : Tr::tr("No category");
    }
    QString themeName(qint64 id) const
    {
        for (const Theme &t : themes)
            if (t.id == id)
                return t.name;
        return Tr::tr("No theme");
    }
};

Data gather(Store &store, const ReportOptions &options, const QLocale &locale)
{
    Data d;
    d.anonymize = options.anonymize;
    d.territory = TerritoryRepository(store).get();
    d.categories = CategoryRepository(store).list();
    std::stable_sort(d.categories.begin(), d.categories.end(),
                     [](const Category &a, const Category &b) { return a.position < b.position; });
    for (int i = 0; i < d.categories.size(); ++i)
        d.categoryIndex.insert(d.categories.at(i).id, i);
    const QList<Actor> stored = ActorRepository(store).list();
    if (d.anonymize) {
        d.pseudo = Pseudonymizer(stored, d.categories);
        for (const Actor &a : stored)
            d.actors << d.pseudo.actor(a);
        for (Actor &a : d.actors) {
            a.organisation = d.pseudo.text(a.organisation);
            a.role = d.pseudo.text(a.role);
        }
        d.territory.description = d.pseudo.text(d.territory.description);
    } else {
        d.actors = stored;
    }
    if (!options.fields.isEmpty()) {
        const FieldRepository repo(store);
        for (const QString &name : options.fields)
            for (const CustomField &f : repo.list(QStringLiteral("actor")))
                if (f.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                    d.fields << f;
        d.fieldValues = repo.allValues(QStringLiteral("actor"));
        if (d.anonymize)
            for (auto it = d.fieldValues.begin(); it != d.fieldValues.end(); ++it) {
                const bool person = d.pseudo.isPerson(it.key());
                for (const CustomField &f : std::as_const(d.fields)) {
                    auto v = it.value().find(f.id);
                    if (v == it.value().end())
                        continue;
                    if (person && f.personal)
                        it.value().erase(v);
                    else
                        *v = d.pseudo.text(*v);
                }
            }
    }
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(d.actors.begin(), d.actors.end(), [&](const Actor &a, const Actor &b) {
        const int ca = d.categoryIndex.value(a.categoryId, 1 << 20);
        const int cb = d.categoryIndex.value(b.categoryId, 1 << 20);
        if (ca != cb)
            return ca < cb;
        return collator.compare(a.name, b.name) < 0;
    });
    for (int i = 0; i < d.actors.size(); ++i)
        d.actorIndex.insert(d.actors.at(i).id, i);
    d.links = LinkRepository(store).list();
    d.themes = ThemeRepository(store).list();
    std::stable_sort(d.themes.begin(), d.themes.end(),
                     [](const Theme &a, const Theme &b) { return a.position < b.position; });
    d.problems = ProblemRepository(store).list();
    d.actions = ActionRepository(store).list();
    d.indicators = IndicatorRepository(store).list();
    for (const IndicatorValue &v : IndicatorValueRepository(store).list())
        d.values[v.indicatorId] << v;
    for (auto &list : d.values)
        std::stable_sort(list.begin(), list.end(), [](const IndicatorValue &a,
                                                      const IndicatorValue &b) {
            return a.measuredOn < b.measuredOn;
        });
    d.meetings = MeetingRepository(store).list();
    std::stable_sort(d.meetings.begin(), d.meetings.end(),
                     [](const Meeting &a, const Meeting &b) { return a.heldOn < b.heldOn; });
    const Relations relations(store);
    for (const Meeting &m : std::as_const(d.meetings))
        d.attendees.insert(m.id, int(relations.attendees(m.id).size()));
    for (const ActionItem &a : std::as_const(d.actions)) {
        d.partners.insert(a.id, relations.partners(a.id));
        d.addressed.insert(a.id, relations.problemsOfAction(a.id));
    }
    if (d.anonymize) {
        for (Link &l : d.links)
            l.description = d.pseudo.text(l.description);
        for (Problem &p : d.problems) {
            p.title = d.pseudo.text(p.title);
            p.description = d.pseudo.text(p.description);
        }
        for (ActionItem &a : d.actions) {
            a.title = d.pseudo.text(a.title);
            a.description = d.pseudo.text(a.description);
        }
        for (Indicator &i : d.indicators) {
            i.name = d.pseudo.text(i.name);
            i.description = d.pseudo.text(i.description);
        }
        for (Meeting &m : d.meetings) {
            m.title = d.pseudo.text(m.title);
            m.place = d.pseudo.text(m.place);
            m.notes = d.pseudo.text(m.notes);
            m.decisions = d.pseudo.text(m.decisions);
        }
    }
    return d;
}

// ---------------------------------------------------------------------------------------
// Formatting.

QString number(const QLocale &locale, double v)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    if (v == std::round(v) && std::abs(v) < 1e15)
        return locale.toString(qint64(v));
    return locale.toString(v, 'g', 4);
}

QString longDate(const QLocale &locale, const QDate &date)
{
    return date.isValid() ? locale.toString(date, QLocale::LongFormat).remove(QRegularExpression(
                                QStringLiteral("^\\p{L}+,?\\s+")))
                          : QString();
}

QString shortDate(const QLocale &locale, const QDate &date)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString territoryKind(const QString &code)
{
    if (code == QLatin1String("commune"))
        return Tr::tr("Commune");
    if (code == QLatin1String("neighbourhood"))
        return Tr::tr("Neighbourhood");
    if (code == QLatin1String("intercommunality"))
        return Tr::tr("Intercommunality");
    if (code == QLatin1String("department"))
        return Tr::tr("Department");
    return code;
}

QColor problemStatusColor(const QString &code)
{
    if (code == QLatin1String("identified"))
        return QColor(0x9a, 0xa5, 0xb1);
    if (code == QLatin1String("qualified"))
        return QColor(0x5b, 0x8c, 0xc0);
    if (code == QLatin1String("addressed"))
        return QColor(0xe0, 0xa0, 0x3a);
    if (code == QLatin1String("resolved"))
        return QColor(0x4f, 0x9a, 0x6b);
    return QColor(0xd3, 0xd6, 0xda);
}

QColor severityColor(diagnostics::Severity s)
{
    switch (s) {
    case diagnostics::Severity::Critical: return colors::critical;
    case diagnostics::Severity::Warning: return colors::warning;
    case diagnostics::Severity::Info: break;
    }
    return colors::muted;
}

/// Progress of an indicator from its baseline towards its target (a target below the baseline
/// means "bring it down").
struct IndicatorProgress
{
    bool measured = false;
    bool hasBar = false;
    double fraction = 0;  ///< may be < 0 (moved away) or > 1 (beyond target)
    double latest = 0;
    QDate latestOn;
};

IndicatorProgress progressOf(const Indicator &ind, const QList<IndicatorValue> &values)
{
    IndicatorProgress p;
    if (values.isEmpty())
        return p;
    p.measured = true;
    p.latest = values.last().value;
    p.latestOn = values.last().measuredOn;
    const double baseline = std::isnan(ind.baseline) ? values.first().value : ind.baseline;
    if (std::isnan(ind.target))
        return p;
    p.hasBar = true;
    if (ind.target == baseline)
        p.fraction = p.latest == ind.target ? 1.0 : 0.0;
    else
        p.fraction = (p.latest - baseline) / (ind.target - baseline);
    return p;
}

// ---------------------------------------------------------------------------------------
// Laying out the sections.

class Builder
{
public:
    Builder(Canvas &canvas, Data &data, Store &store, const ReportOptions &options,
            const QLocale &locale, std::shared_ptr<QHash<int, int>> sectionPages)
        : c(canvas), d(data), m_store(store), opt(options), loc(locale),
          m_sectionPages(std::move(sectionPages))
    {
    }

    void cover(const QString &author, const QDate &date);
    void contents(const QList<Section> &sections);
    void figures();
    void portrait();
    void map();
    void territory();
    void categories();
    void keyActors();
    void grid();
    void problems();
    void actions();
    void meetings();
    void diagnostics();

private:
    void heading1(Section section);
    void heading2(const QString &text, double keepWith = 0);
    void note(const QString &text);
    void body(const QString &text, double after = 0);
    void bullets(const QStringList &items, const QList<QColor> &marks = {});
    /// A horizontal bar chart: one labelled bar per entry (stacked segments).
    struct Bar
    {
        QString label;
        QList<QPair<double, QColor>> segments;
        QString value;
    };
    void barChart(const QList<Bar> &bars, double maximum);
    void legendRow(const QList<QPair<QString, QColor>> &entries);
    /// Paints a map model (vector) into `target` (device units) at screen-like scale.
    void mapPicture(std::shared_ptr<render::MapModel> model, const render::MapOptions &options,
                    const QRectF &target);
    render::MapOptions mapOptions(const render::MapModel &model) const;
    QString listOfNames(const QList<qint64> &ids, int limit) const;

    Canvas &c;
    Data &d;
    Store &m_store;
    const ReportOptions &opt;
    QLocale loc;
    std::shared_ptr<QHash<int, int>> m_sectionPages;
    int m_number = 0;
};

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

} // namespace

// ---------------------------------------------------------------------------------------

QStringList sectionCodes()
{
    QStringList codes;
    for (Section s : allSections())
        codes << sectionCode(s);
    return codes;
}

QString sectionCode(Section section)
{
    switch (section) {
    case Section::Cover: return QStringLiteral("cover");
    case Section::Contents: return QStringLiteral("contents");
    case Section::Figures: return QStringLiteral("figures");
    case Section::Portrait: return QStringLiteral("portrait");
    case Section::Map: return QStringLiteral("map");
    case Section::Territory: return QStringLiteral("territory");
    case Section::Categories: return QStringLiteral("categories");
    case Section::KeyActors: return QStringLiteral("key_actors");
    case Section::Grid: return QStringLiteral("grid");
    case Section::Problems: return QStringLiteral("problems");
    case Section::Actions: return QStringLiteral("actions");
    case Section::Meetings: return QStringLiteral("meetings");
    case Section::Diagnostics: return QStringLiteral("diagnostics");
    }
    return {};
}

std::optional<Section> sectionFromCode(const QString &code)
{
    for (Section s : allSections())
        if (sectionCode(s) == code)
            return s;
    return std::nullopt;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Cover: return Tr::tr("Cover");
    case Section::Contents: return Tr::tr("Contents");
    case Section::Figures: return Tr::tr("Key figures");
    case Section::Portrait: return Tr::tr("Statistical portrait");
    case Section::Map: return Tr::tr("The network of actors");
    case Section::Territory: return Tr::tr("The territory");
    case Section::Categories: return Tr::tr("Actors by category");
    case Section::KeyActors: return Tr::tr("Key actors");
    case Section::Grid: return Tr::tr("Power and interest");
    case Section::Problems: return Tr::tr("Problems by theme and status");
    case Section::Actions: return Tr::tr("Actions and their indicators");
    case Section::Meetings: return Tr::tr("Meetings log");
    case Section::Diagnostics: return Tr::tr("Points needing attention");
    }
    return {};
}

std::optional<QStringList> parseSections(const QString &list, QString *error)
{
    QStringList out;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toLower();
        if (code.isEmpty())
            continue;
        if (!sectionFromCode(code)) {
            if (error)
                *error = Tr::tr("Unknown section “%1”; valid sections: %2.")
                             .arg(part.trimmed(), sectionCodes().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!out.contains(code))
            out << code;
    }
    if (out.isEmpty()) {
        if (error)
            *error = Tr::tr("No section given; valid sections: %1.")
                         .arg(sectionCodes().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return out;
}

bool renderReport(Store &store, QPagedPaintDevice *device, const ReportOptions &options,
                  const ReportControl &control, QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString gui = detail::needsGui(); !gui.isEmpty())
        return failWith(gui);
    QString message;
    if (!detail::LanguageScope::valid(options.language, &message))
        return failWith(message);
    QList<Section> sections;
    for (const QString &code : options.sections) {
        const auto s = sectionFromCode(code);
        if (!s)
            return failWith(Tr::tr("Unknown section “%1”; valid sections: %2.")
                                .arg(code, sectionCodes().join(QStringLiteral(", "))));
    }
    if (!options.fields.isEmpty()) {
        const QList<CustomField> known = FieldRepository(store).list(QStringLiteral("actor"));
        for (const QString &name : options.fields) {
            const bool found = std::any_of(known.cbegin(), known.cend(), [&](const CustomField &f) {
                return f.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (!found) {
                QStringList names;
                for (const CustomField &f : known)
                    names << f.name;
                return failWith(names.isEmpty()
                                    ? Tr::tr("No actor field named “%1”: the territory has no "
                                             "actor fields.").arg(name)
                                    : Tr::tr("No actor field named “%1”; actor fields: %2.")
                                          .arg(name, names.join(QStringLiteral(", "))));
            }
        }
    }
    for (Section s : allSections())
        if (options.sections.isEmpty() || options.sections.contains(sectionCode(s)))
            sections << s;

    const detail::LanguageScope language(options.language);
    const QLocale locale;
    ReportOptions opt = options;
    if (!opt.date.isValid())
        opt.date = QDate::currentDate();
    auto cancelled = [&] {
        return control.cancel && control.cancel->load(std::memory_order_relaxed);
    };
    auto progress = [&](int percent) {
        if (control.progress)
            control.progress(std::clamp(percent, 0, 100));
        return !cancelled();
    };
    const QString cancelMessage = Tr::tr("The report was cancelled.");
    if (!progress(0))
        return failWith(cancelMessage);

    Data data = gather(store, opt, locale);
    const bool wants = [&] {
        for (Section s : sections)
            if (s == Section::Figures || s == Section::KeyActors)
                return true;
        return false;
    }();
    if (wants) {
        analysis::MetricsOptions mo;
        mo.measures = unsigned(analysis::Measure::Degree) |
                      unsigned(analysis::Measure::Betweenness) |
                      unsigned(analysis::Measure::Articulation);
        analysis::RunControl rc;
        rc.cancel = control.cancel;
        data.metrics = analysis::computeMetrics(
            analysis::Network(analysis::NetworkData::fromStore(store)), mo, rc);
        if (data.metrics.cancelled)
            return failWith(cancelMessage);
    }
    if (sections.contains(Section::Diagnostics)) {
        diagnostics::Options dopt;
        dopt.asOf = opt.date;
        data.diagnostics = diagnostics::diagnose(store, dopt);
    }
    if (!progress(10))
        return failWith(cancelMessage);

    Canvas canvas(device);
    auto pages = std::make_shared<QHash<int, int>>();
    Builder builder(canvas, data, store, opt, locale, pages);
    const QString author = options.author.isEmpty() ? data.territory.author : options.author;
    const QString shownAuthor = data.anonymize ? data.pseudo.text(author) : author;
    for (int i = 0; i < sections.size(); ++i) {
        switch (sections.at(i)) {
        case Section::Cover: builder.cover(shownAuthor, opt.date); break;
        case Section::Contents: builder.contents(sections); break;
        case Section::Figures: builder.figures(); break;
        case Section::Portrait: builder.portrait(); break;
        case Section::Map: builder.map(); break;
        case Section::Territory: builder.territory(); break;
        case Section::Categories: builder.categories(); break;
        case Section::KeyActors: builder.keyActors(); break;
        case Section::Grid: builder.grid(); break;
        case Section::Problems: builder.problems(); break;
        case Section::Actions: builder.actions(); break;
        case Section::Meetings: builder.meetings(); break;
        case Section::Diagnostics: builder.diagnostics(); break;
        }
        if (!progress(10 + 50 * (i + 1) / int(sections.size())))
            return failWith(cancelMessage);
    }
    if (canvas.pageCount() == 0)
        canvas.newPage();

    QPainter painter;
    if (!painter.begin(device))
        return failWith(Tr::tr("Cannot start drawing the report."));
    painter.setRenderHint(QPainter::Antialiasing);
    const QString headerLeft = data.territory.name;
    const QString headerRight = data.anonymize ? Tr::tr("Territory report (pseudonymised)")
                                               : Tr::tr("Territory report");
    const QString footerLeft = longDate(locale, opt.date);
    const int count = canvas.pageCount();
    const bool ok = canvas.render(
        painter, device,
        [&](QPainter &p, int page, int total) {
            detail::drawChrome(p, canvas, headerLeft, headerRight, footerLeft, page, total);
        },
        [&](int page) { return progress(60 + 40 * (page + 1) / count); });
    painter.end();
    if (!ok)
        return failWith(cancelled() ? cancelMessage : Tr::tr("Cannot draw the report."));
    return true;
}

bool writeReport(Store &store, const QString &pdfPath, const ReportOptions &options,
                 const ReportControl &control, QString *error)
{
    if (const QString gui = detail::needsGui(); !gui.isEmpty()) {
        if (error)
            *error = gui;
        return false;
    }
    if (!detail::LanguageScope::valid(options.language, error))
        return false;
    const detail::LanguageScope language(options.language);
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: %2").arg(pdfPath, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Maillage"));
        const Territory t = TerritoryRepository(store).get();
        writer.setTitle(Tr::tr("Territory report: %1").arg(t.name));
        if (!renderReport(store, &writer, options, control, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: %2").arg(pdfPath, file.errorString());
        return false;
    }
    return true;
}

bool writeReport(const Document &doc, const QString &pdfPath, const ReportOptions &options,
                 const ReportControl &control, QString *error)
{
    return writeReport(const_cast<Store &>(doc.store()), pdfPath, options, control, error);
}

} // namespace maillage::report
