#pragma once

// The report's inside, shared by its files: what it shows read once from the store
// (reportdata.cpp), the formatting helpers, and the Builder that lays the sections out
// (reportbuilder.cpp: the page elements and the first sections; reportsections.cpp: the
// others). report.cpp holds the public functions of report.h.

#include "core/report/report.h"

#include "core/analysis/metrics.h"
#include "core/diagnostics/diagnostics.h"
#include "core/io/pseudonymize.h"
#include "core/report/pdfcanvas.h"
#include "core/render/mappainter.h"
#include "core/render/palette.h"
#include "core/store/repositories.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QLocale>

#include <memory>

namespace maillage::report::detail {

using palette::problemStatusColor;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::report::Report)
};

/// Every section, in the report's order.
const QList<Section> &allSections();

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

/// Reads what the report shows (pseudonymised when `options.anonymize`).
Data gather(Store &store, const ReportOptions &options, const QLocale &locale);

// Formatting.
QString number(const QLocale &locale, double v);
QString longDate(const QLocale &locale, const QDate &date);
QString shortDate(const QLocale &locale, const QDate &date);
QString territoryKind(const QString &code);
QColor severityColor(diagnostics::Severity s);
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

IndicatorProgress progressOf(const Indicator &ind, const QList<IndicatorValue> &values);
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

} // namespace maillage::report::detail
