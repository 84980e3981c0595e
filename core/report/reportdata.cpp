// What the report shows, read once from the store (pseudonymised when asked), and the
// formatting helpers its sections share.

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

const QList<Section> &allSections()
{
    static const QList<Section> all{Section::Cover,     Section::Contents,   Section::Figures,
                                    Section::Portrait,  Section::Map,       Section::Territory, Section::Categories, Section::KeyActors,
                                    Section::Grid,      Section::Problems,   Section::Actions,
                                    Section::Meetings,  Section::Diagnostics};
    return all;
}

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

QColor severityColor(diagnostics::Severity s)
{
    switch (s) {
    case diagnostics::Severity::Critical: return colors::critical;
    case diagnostics::Severity::Warning: return colors::warning;
    case diagnostics::Severity::Info: break;
    }
    return colors::muted;
}

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

} // namespace maillage::report::detail
