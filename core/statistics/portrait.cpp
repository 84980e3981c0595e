#include "core/statistics/portrait.h"

#include "core/store/repositories.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace maillage::statistics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::statistics::Portrait)
};

// The stored statistics of a set of areas: indicator → vintage → code → statistic.
class Area
{
public:
    Area(const Store &store, const QString &level, const QStringList &codes) : m_codes(codes)
    {
        if (codes.isEmpty())
            return;
        for (const Statistic &s : StatisticRepository(store).list(level, codes))
            m_data[s.indicator][s.vintage].insert(s.code, s);
    }
    bool isEmpty() const { return m_codes.isEmpty(); }
    /// Vintages after `cap` are ignored (0: none), to compute a figure as it was.
    void setCap(int cap) { m_cap = cap; }
    int cap() const { return m_cap; }
    bool single() const { return m_codes.size() == 1; }

    // The latest vintage (≤ `atMost` when given) at which every area has `indicator`.
    int latest(const QString &indicator, int atMost = 0) const
    {
        const auto it = m_data.find(indicator);
        if (it == m_data.end())
            return 0;
        for (auto v = it->second.rbegin(); v != it->second.rend(); ++v)
            if ((!atMost || v->first <= atMost) && (!m_cap || v->first <= m_cap) &&
                v->second.size() == m_codes.size())
                return v->first;
        return 0;
    }
    // The sum of `indicator` over the areas at `vintage`.
    Figure sum(const QStringList &indicators, int vintage) const
    {
        Figure f;
        f.vintage = vintage;
        double total = 0;
        for (const QString &indicator : indicators) {
            const auto it = m_data.find(indicator);
            const auto v = it == m_data.end() ? decltype(it->second.end())()
                                              : it->second.find(vintage);
            if (it == m_data.end() || v == it->second.end() || v->second.size() != m_codes.size()) {
                f.reason = Tr::tr("not imported for every area");
                return f;
            }
            for (const Statistic &s : v->second) {
                if (!f.sources.contains(s.source))
                    f.sources << s.source;
                if (s.secret())
                    f.secret = true;
                else
                    total += s.value;
                f.unit = s.unit;
            }
        }
        if (!f.secret)
            f.value = total;
        return f;
    }
    const Statistic *one(const QString &indicator, int vintage) const
    {
        const auto it = m_data.find(indicator);
        if (it == m_data.end())
            return nullptr;
        const auto v = it->second.find(vintage);
        if (v == it->second.end() || v->second.isEmpty())
            return nullptr;
        return &*v->second.cbegin();
    }
    const Statistic *at(const QString &indicator, int vintage, const QString &code) const
    {
        const auto it = m_data.find(indicator);
        if (it == m_data.end())
            return nullptr;
        const auto v = it->second.find(vintage);
        if (v == it->second.end())
            return nullptr;
        const auto c = v->second.find(code);
        return c == v->second.end() ? nullptr : &*c;
    }
    const QStringList &codes() const { return m_codes; }

private:
    QStringList m_codes;
    int m_cap = 0;
    std::map<QString, std::map<int, QHash<QString, Statistic>>> m_data;
};

Figure missing(const QString &reason)
{
    Figure f;
    f.reason = reason;
    return f;
}

QString notAggregableReason()
{
    return Tr::tr("not aggregable: a median or a rate of communes merged since the file's "
                  "geography");
}

Figure notImported()
{
    return missing(Tr::tr("not imported"));
}

// A count summed over the areas (latest vintage every area has).
Figure count(const Area &a, const QString &indicator, const QString &unit)
{
    if (a.isEmpty())
        return missing(Tr::tr("no such area"));
    const int v = a.latest(indicator);
    if (!v)
        return notImported();
    Figure f = a.sum({indicator}, v);
    f.unit = unit;
    return f;
}

// Σ numerators / Σ denominator × factor, both at the latest vintage they share.
Figure ratio(const Area &a, const QList<QStringList> &numeratorChoices,
             const QString &denominator, double factor, const QString &unit,
             bool sameVintage = true)
{
    if (a.isEmpty())
        return missing(Tr::tr("no such area"));
    for (const QStringList &numerator : numeratorChoices) {
        int v = a.latest(numerator.first());
        for (const QString &n : numerator)
            v = std::min(v, a.latest(n, v));
        if (!v)
            continue;
        const int dv = sameVintage ? a.latest(denominator, v) : a.latest(denominator);
        if (!dv || (sameVintage && dv != v))
            continue;
        const Figure num = a.sum(numerator, v);
        const Figure den = a.sum({denominator}, dv);
        Figure f;
        f.vintage = v;
        f.unit = unit;
        f.sources = num.sources;
        for (const QString &s : den.sources)
            if (!f.sources.contains(s))
                f.sources << s;
        if (num.secret || den.secret) {
            f.secret = true;
        } else if (num.value && den.value && *den.value > 0) {
            f.value = *num.value / *den.value * factor;
        } else {
            f.reason = Tr::tr("nothing to divide by");
        }
        return f;
    }
    return notImported();
}

// A median or rate: given for one area only.
Figure single(const Area &a, const QString &indicator)
{
    if (a.isEmpty())
        return missing(Tr::tr("no such area"));
    if (!a.single())
        return missing(Tr::tr("a median or a rate cannot be computed from several areas' "
                              "medians or rates; import the file of the whole area"));
    const int v = a.latest(indicator);
    const Statistic *s = v ? a.one(indicator, v) : nullptr;
    if (!s)
        return notImported();
    Figure f;
    f.vintage = v;
    f.unit = s->unit;
    f.sources << s->source;
    if (isNotAggregable(*s))
        f.reason = notAggregableReason();
    else if (s->secret())
        f.secret = true;
    else
        f.value = s->value;
    return f;
}

Figure change(const Area &a)
{
    if (a.isEmpty())
        return missing(Tr::tr("no such area"));
    const int v1 = a.latest(QStringLiteral("P_POP"));
    const int v0 = v1 ? a.latest(QStringLiteral("P_POP"), v1 - 1) : 0;
    if (!v1)
        return notImported();
    if (!v0)
        return missing(Tr::tr("needs the population of two census years"));
    const Figure now = a.sum({QStringLiteral("P_POP")}, v1);
    const Figure then = a.sum({QStringLiteral("P_POP")}, v0);
    Figure f;
    f.vintage = v1;
    f.unit = Tr::tr("% a year");
    f.sources = now.sources;
    if (now.secret || then.secret)
        f.secret = true;
    else if (now.value && then.value && *then.value > 0)
        f.value = (std::pow(*now.value / *then.value, 1.0 / (v1 - v0)) - 1) * 100;
    else
        f.reason = Tr::tr("nothing to divide by");
    return f;
}

// Everyday services: BPE equipment of personal services (A), shops (B), education (C), health
// and social services (D) per 1 000 inhabitants.
Figure services(const Area &a)
{
    if (a.isEmpty())
        return missing(Tr::tr("no such area"));
    const QStringList everyday{QStringLiteral("BPE_A"), QStringLiteral("BPE_B"),
                               QStringLiteral("BPE_C"), QStringLiteral("BPE_D")};
    // The BPE's year: the latest at which any area has any equipment counted.
    int v = 0;
    for (const QString &c : a.codes())
        for (int y = 2000; y <= (a.cap() ? a.cap() : 2100); ++y)
            if (a.at(QStringLiteral("BPE_ALL"), y, c))
                v = std::max(v, y);
    const int pv = a.latest(QStringLiteral("P_POP"));
    if (!v || !pv)
        return notImported();
    Figure f;
    f.vintage = v;
    f.unit = Tr::tr("per 1 000 inhabitants");
    double total = 0;
    for (const QString &c : a.codes()) {
        // An area the BPE was read for has a BPE_ALL row; a domain it has none of has no row.
        const Statistic *all = a.at(QStringLiteral("BPE_ALL"), v, c);
        if (!all)
            return missing(Tr::tr("not imported for every area"));
        if (!f.sources.contains(all->source))
            f.sources << all->source;
        for (const QString &d : everyday)
            if (const Statistic *s = a.at(d, v, c))
                total += s->value;
    }
    const Figure pop = a.sum({QStringLiteral("P_POP")}, pv);
    for (const QString &src : pop.sources)
        if (!f.sources.contains(src))
            f.sources << src;
    if (pop.secret)
        f.secret = true;
    else if (pop.value && *pop.value > 0)
        f.value = total / *pop.value * 1000;
    else
        f.reason = Tr::tr("nothing to divide by");
    return f;
}

// Access to GPs (APL, 65 or under): over several communes, their APL's mean weighted by their
// standardised population (DREES's own way).
Figure gps(const Area &a)
{
    if (a.isEmpty())
        return missing(Tr::tr("no such area"));
    if (a.single())
        return single(a, QStringLiteral("APL_MG_65"));
    const int v = a.latest(QStringLiteral("APL_MG_65"));
    const int pv = a.latest(QStringLiteral("POP_STD_MG"));
    if (!v || !pv)
        return notImported();
    Figure f;
    f.vintage = v;
    double sum = 0, weight = 0;
    for (const QString &c : a.codes()) {
        const Statistic *apl = a.at(QStringLiteral("APL_MG_65"), v, c);
        const Statistic *pop = a.at(QStringLiteral("POP_STD_MG"), pv, c);
        if (!apl || !pop)
            return missing(Tr::tr("not imported for every area"));
        f.unit = apl->unit;
        if (!f.sources.contains(apl->source))
            f.sources << apl->source;
        if (isNotAggregable(*apl))
            return missing(notAggregableReason());
        if (apl->secret() || pop->secret()) {
            f.secret = true;
            continue;
        }
        sum += apl->value * pop->value;
        weight += pop->value;
    }
    if (!f.secret && weight > 0)
        f.value = sum / weight;
    else if (!f.secret)
        f.reason = Tr::tr("nothing to divide by");
    return f;
}

Figure compute(const QString &code, const Area &a)
{
    const QString pc = QStringLiteral("%");
    auto K = [](const char *s) { return QString::fromLatin1(s); };
    if (code == QLatin1String("population"))
        return count(a, K("P_POP"), Tr::tr("inhabitants"));
    if (code == QLatin1String("population_change"))
        return change(a);
    if (code == QLatin1String("share_75_plus"))
        return ratio(a, {{K("P_POP7589"), K("P_POP90P")}, {K("P_POP75P")}}, K("P_POP"), 100, pc);
    if (code == QLatin1String("share_under_15"))
        return ratio(a, {{K("P_POP0014")}}, K("P_POP"), 100, pc);
    if (code == QLatin1String("living_alone"))
        return ratio(a, {{K("C_MENPSEUL")}}, K("C_MEN"), 100, pc);
    if (code == QLatin1String("single_parent"))
        return ratio(a, {{K("C_MENFAMMONO")}}, K("C_MEN"), 100, pc);
    if (code == QLatin1String("median_income"))
        return single(a, K("MED"));
    if (code == QLatin1String("poverty_rate"))
        return single(a, K("TP60"));
    if (code == QLatin1String("social_benefits"))
        return single(a, K("PPSOC"));
    if (code == QLatin1String("unemployment_rate"))
        return ratio(a, {{K("P_CHOM1564")}}, K("P_ACT1564"), 100, pc);
    if (code == QLatin1String("no_diploma"))
        return ratio(a, {{K("P_NSCOL15P_DIPLMIN")}}, K("P_NSCOL15P"), 100, pc);
    if (code == QLatin1String("vacant_housing"))
        return ratio(a, {{K("P_LOGVAC")}}, K("P_LOG"), 100, pc);
    if (code == QLatin1String("social_housing"))
        return ratio(a, {{K("RPLS_NBLSPLS")}}, K("P_RP"), 100, pc, false);
    if (code == QLatin1String("services_per_1000"))
        return services(a);
    if (code == QLatin1String("gp_access"))
        return gps(a);
    return notImported();
}

QString label(const QString &code)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("population"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Population")},
        {QStringLiteral("population_change"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Population change a year")},
        {QStringLiteral("share_75_plus"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Aged 75 or over")},
        {QStringLiteral("share_under_15"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Aged under 15")},
        {QStringLiteral("living_alone"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Households of one person")},
        {QStringLiteral("single_parent"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Single-parent families")},
        {QStringLiteral("median_income"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Median standard of living")},
        {QStringLiteral("poverty_rate"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Poverty rate (60 % threshold)")},
        {QStringLiteral("social_benefits"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Social benefits in income")},
        {QStringLiteral("unemployment_rate"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Unemployment rate (census, 15-64)")},
        {QStringLiteral("no_diploma"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "No diploma (15 or over, out of school)")},
        {QStringLiteral("vacant_housing"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Vacant dwellings")},
        {QStringLiteral("social_housing"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Social dwellings (of main residences)")},
        {QStringLiteral("services_per_1000"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Everyday services per 1 000 inhabitants")},
        {QStringLiteral("gp_access"), QT_TRANSLATE_NOOP("maillage::statistics::Portrait", "Access to GPs (APL, 65 or under)")},
    };
    return QCoreApplication::translate("maillage::statistics::Portrait", labels.value(code));
}

} // namespace

QStringList portraitCodes()
{
    return {QStringLiteral("population"),        QStringLiteral("population_change"),
            QStringLiteral("share_75_plus"),     QStringLiteral("share_under_15"),
            QStringLiteral("living_alone"),      QStringLiteral("single_parent"),
            QStringLiteral("median_income"),     QStringLiteral("poverty_rate"),
            QStringLiteral("social_benefits"),   QStringLiteral("unemployment_rate"),
            QStringLiteral("no_diploma"),        QStringLiteral("vacant_housing"),
            QStringLiteral("social_housing"),    QStringLiteral("services_per_1000"),
            QStringLiteral("gp_access")};
}

std::optional<Portrait> makePortrait(const Store &store, const Territory &territory,
                                     const QString &level, QString *error)
{
    const Scope scope = Scope::of(territory);
    Portrait p;
    p.name = territory.name;
    p.level = level;
    p.epci = scope.epci;
    QStringList communes = scope.communes.values();
    communes.sort();
    if (!communes.isEmpty())
        p.departement = departementOf(communes.first());
    auto storedCodes = [&](const QString &l) {
        QStringList out;
        for (const Statistic &s : StatisticRepository(store).list(l))
            // Only the territory's QPV are stored (those of its communes' rows).
            if ((l == QLatin1String("qpv") || scope.keeps(l, s.code)) && !out.contains(s.code))
                out << s.code;
        out.sort();
        return out;
    };
    if (level == QLatin1String("commune")) {
        p.codes = communes;
    } else if (level == QLatin1String("iris")) {
        p.codes = scope.iris.isEmpty() ? storedCodes(level) : scope.iris.values();
    } else if (level == QLatin1String("qpv")) {
        p.codes = scope.qpv.isEmpty() ? storedCodes(level) : scope.qpv.values();
    } else if (level == QLatin1String("epci")) {
        if (!scope.epci.isEmpty())
            p.codes = {scope.epci};
    } else {
        *error = Tr::tr("unknown level “%1” (use commune, iris, qpv or epci)").arg(level);
        return std::nullopt;
    }
    p.codes.sort();
    if (p.codes.isEmpty()) {
        *error = level == QLatin1String("epci")
                     ? Tr::tr("the territory's EPCI is not known: import a BPE file, or give "
                              "it with “statistics --epci CODE”")
                     : Tr::tr("the territory has no %1 with statistics").arg(level);
        return std::nullopt;
    }
    Area own(store, level, p.codes);
    const Area epci(store, QStringLiteral("epci"),
                    scope.epci.isEmpty() ? QStringList() : QStringList{scope.epci});
    const Area dep(store, QStringLiteral("departement"),
                   p.departement.isEmpty() ? QStringList() : QStringList{p.departement});
    const Area france(store, QStringLiteral("france"), {QString::fromLatin1(kFranceCode)});
    for (const QString &code : portraitCodes()) {
        PortraitIndicator i;
        i.code = code;
        i.label = label(code);
        i.own = compute(code, own);
        i.epci = compute(code, epci);
        i.departement = compute(code, dep);
        i.france = compute(code, france);
        if (i.own.vintage > 0) {
            own.setCap(i.own.vintage - 1);
            const Figure before = compute(code, own);
            own.setCap(0);
            if (before.vintage > 0 && (before.value || before.secret))
                i.previous = before;
        }
        if (i.own.value && i.departement.value && *i.departement.value != 0)
            i.departementGap =
                (*i.own.value - *i.departement.value) / std::abs(*i.departement.value);
        p.indicators << i;
    }
    // The indicators where the territory differs most from its département: shares, rates,
    // levels (not the population, whose size says nothing, nor its change, too small a number
    // for a relative gap).
    QList<PortraitIndicator *> ranked;
    for (PortraitIndicator &i : p.indicators)
        if (i.departementGap && std::abs(*i.departementGap) >= kStandOutGap &&
            i.code != QLatin1String("population") && i.code != QLatin1String("population_change"))
            ranked << &i;
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto *a, const auto *b) {
        return std::abs(*a->departementGap) > std::abs(*b->departementGap);
    });
    for (qsizetype k = 0; k < ranked.size() && k < kStandOut; ++k)
        ranked[k]->standsOut = true;
    return p;
}

QString baselineSource(const Portrait &p, const PortraitIndicator &i)
{
    return Tr::tr("%1, %2 (%3): %4, %5")
        .arg(i.label, p.name, p.codes.join(QStringLiteral(", ")),
             i.own.sources.join(QStringLiteral("; ")))
        .arg(i.own.vintage);
}

QJsonObject portraitJson(const Portrait &p)
{
    auto number = [](const Figure &f) {
        return f.value ? QJsonValue(std::round(*f.value * 1000) / 1000) : QJsonValue();
    };
    QJsonArray indicators;
    for (const PortraitIndicator &i : p.indicators) {
        QJsonObject o{
            {QStringLiteral("code"), i.code},
            {QStringLiteral("label"), i.label},
            {QStringLiteral("value"), number(i.own)},
            {QStringLiteral("unit"), i.own.unit},
            {QStringLiteral("secret"), i.own.secret},
            {QStringLiteral("source"), i.own.sources.join(QStringLiteral("; "))},
            {QStringLiteral("vintage"), i.own.vintage ? QJsonValue(i.own.vintage) : QJsonValue()},
            {QStringLiteral("comparisons"),
             QJsonObject{{QStringLiteral("epci"), number(i.epci)},
                         {QStringLiteral("departement"), number(i.departement)},
                         {QStringLiteral("france"), number(i.france)}}},
        };
        if (!i.own.value && !i.own.secret)
            o.insert(QStringLiteral("reason"), i.own.reason);
        if (i.previous) {
            QJsonObject trend{
                {QStringLiteral("from"), QJsonObject{{QStringLiteral("vintage"), i.previous->vintage},
                                                     {QStringLiteral("value"), number(*i.previous)}}},
                {QStringLiteral("to"), QJsonObject{{QStringLiteral("vintage"), i.own.vintage},
                                                   {QStringLiteral("value"), number(i.own)}}},
                {QStringLiteral("change"),
                 i.previous->value && i.own.value
                     ? QJsonValue(std::round((*i.own.value - *i.previous->value) * 1000) / 1000)
                     : QJsonValue()}};
            o.insert(QStringLiteral("trend"), trend);
        }
        if (i.standsOut)
            o.insert(QStringLiteral("differs_from_departement"),
                     QJsonObject{{QStringLiteral("gap_percent"),
                                  std::round(*i.departementGap * 1000) / 10},
                                 {QStringLiteral("direction"), *i.departementGap > 0
                                                                   ? QStringLiteral("above")
                                                                   : QStringLiteral("below")}});
        indicators.append(o);
    }
    return {
        {QStringLiteral("territory"),
         QJsonObject{{QStringLiteral("name"), p.name},
                     {QStringLiteral("level"), p.level},
                     {QStringLiteral("codes"), QJsonArray::fromStringList(p.codes)},
                     {QStringLiteral("epci"), p.epci},
                     {QStringLiteral("departement"), p.departement}}},
        {QStringLiteral("indicators"), indicators},
    };
}

} // namespace maillage::statistics
