// The territory as one web page (see htmlexport.h). The page is the template
// resources/web/webmap.html with the style, the libraries, the page's script and the data
// inlined; the data is one JSON object (described in resources/web/webmap.js, "The data").
#include "core/io/htmlexport.h"

#include "core/analysis/metrics.h"
#include "core/analysis/network.h"
#include "core/domain/customfield.h"
#include "core/domain/labels.h"
#include "core/io/pseudonymize.h"
#include "core/report/pdfcanvas.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/workshop/savedview.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace maillage::io {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::HtmlExport)
};

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/web/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("htmlexport: resource %s missing from the build", qPrintable(name));
    return f.readAll();
}

/// A library or the page's script, without its source map comment (the map is not shipped,
/// and a browser's developer tools would ask for it).
QByteArray script(const QString &name)
{
    static const QRegularExpression map(QStringLiteral("//# sourceMappingURL=\\S*"));
    return QString::fromUtf8(resource(name)).remove(map).toUtf8();
}

/// A phrase with a number, as the page fills it: its two forms, for one and for more, with
/// "%1" for the number. The page picks the form by the language's plural rule
/// (Intl.PluralRules: French uses the singular for 0 and 1), which Qt's %n cannot do for a
/// number only known in the browser.
QJsonArray plural(const QString &one, const QString &other)
{
    return QJsonArray{one, other};
}

/// The page's own texts, translated in the export's language.
QJsonObject pageStrings()
{
    QJsonObject s;
    const auto put = [&s](const char *key, const QString &value) {
        s.insert(QLatin1String(key), value);
    };
    put("network", Tr::tr("Network"));
    put("places", Tr::tr("Map of places"));
    put("figures", Tr::tr("Key figures"));
    put("problems", Tr::tr("Problems"));
    put("actions", Tr::tr("Actions"));
    put("legend", Tr::tr("Legend"));
    put("search", Tr::tr("Search actors"));
    put("searchPlaceholder", Tr::tr("Name, organisation or role"));
    put("searchHint", Tr::tr("Name, organisation or role; accents do not matter"));
    put("filters", Tr::tr("Filters"));
    put("categories", Tr::tr("Categories"));
    put("linkTypes", Tr::tr("Link types"));
    put("tags", Tr::tr("Tags"));
    put("anyTag", Tr::tr("Any tag"));
    put("field", Tr::tr("Custom field"));
    put("noField", Tr::tr("No field filter"));
    put("anyValue", Tr::tr("Any value"));
    put("reset", Tr::tr("Show everything"));
    put("highlight", Tr::tr("Highlight"));
    put("community", Tr::tr("Community"));
    put("noCommunity", Tr::tr("No community"));
    put("pathFrom", Tr::tr("Path from"));
    put("pathTo", Tr::tr("to"));
    put("showPath", Tr::tr("Show the path"));
    put("clear", Tr::tr("Clear"));
    put("noPath", Tr::tr("No path links these two actors among the links shown."));
    put("pathFound", Tr::tr("Path: %1"));
    put("unknownActor", Tr::tr("No actor is named “%1”."));
    put("close", Tr::tr("Close"));
    put("category", Tr::tr("Category"));
    put("role", Tr::tr("Role"));
    put("organisation", Tr::tr("Organisation"));
    put("commune", Tr::tr("Commune"));
    put("website", Tr::tr("Website"));
    put("links", Tr::tr("Links"));
    put("takesPart", Tr::tr("Problems and actions"));
    put("lead", Tr::tr("Lead: %1"));
    put("partners", Tr::tr("Partners: %1"));
    put("severity", Tr::tr("Severity %1/5"));
    put("noProblems", Tr::tr("No problem is recorded."));
    put("noActions", Tr::tr("No action is recorded."));
    put("noCategory", Tr::tr("No category"));
    put("zoomIn", Tr::tr("Zoom in"));
    put("zoomOut", Tr::tr("Zoom out"));
    put("zoomFit", Tr::tr("Whole network"));
    put("mapNoTiles", Tr::tr("Places only: no map background was chosen at export."));
    put("placeless", Tr::tr("Actors without a place are not on this map."));
    s.insert(QStringLiteral("actorsShown"),
             plural(Tr::tr("%1 actor", "one actor; the page's status line"),
                    Tr::tr("%1 actors", "several actors; the page's status line")));
    s.insert(QStringLiteral("linksShown"),
             plural(Tr::tr("%1 link shown", "one link; the page's status line"),
                    Tr::tr("%1 links shown", "several links; the page's status line")));
    s.insert(QStringLiteral("matches"),
             plural(Tr::tr("%1 actor found", "one actor found by the page's search"),
                    Tr::tr("%1 actors found", "several actors found by the page's search")));
    return s;
}

bool isOpen(const Problem &p)
{
    return p.status != QLatin1String("resolved") && p.status != QLatin1String("dropped");
}

/// JSON for inlining in a <script> element: "<" never appears raw, so neither "</script>"
/// nor "<!--" can end or change the element (it only occurs inside strings, as \u003c).
QByteArray scriptSafe(QByteArray json)
{
    return json.replace("<", "\\u003c");
}

/// Leaflet's style without the rules that load its images (layer switcher, default marker):
/// the page uses neither, and the file must make no request.
QByteArray leafletStyle(QByteArray css)
{
    static const QRegularExpression url(QStringLiteral("url\\([^)]*\\)"));
    return QString::fromUtf8(css).replace(url, QStringLiteral("none")).toUtf8();
}

} // namespace

QString onlineTilesUrl()
{
    return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
}

QString htmlExportContents(bool anonymize)
{
    QString text = Tr::tr(
        "The page holds the actors shown (name, category, role, organisation, commune, "
        "website, description, tags, custom fields), their links, positions and places, the "
        "problems and actions with who takes part, and the key figures.");
    text += QLatin1Char(' ');
    text += Tr::tr("Never in it: e-mail addresses, phone numbers, postal addresses, consent and "
                   "legal basis, notes of meetings, persons' values of personal fields and "
                   "persons' exact places.");
    if (anonymize) {
        text += QLatin1Char(' ');
        text += Tr::tr("Pseudonymised: every person is a pseudonym (“Resident 3”), their names "
                       "are replaced in every text and they have no place on the map.");
    }
    return text;
}

QByteArray htmlPage(Store &store, const HtmlExportOptions &options, QString *error,
                    HtmlExportSummary *summary)
{
    if (!report::detail::LanguageScope::valid(options.language, error))
        return {};
    const report::detail::LanguageScope languageScope(options.language);
    const QLocale locale;
    const QString lang = locale.language() == QLocale::French ? QStringLiteral("fr")
                                                              : QStringLiteral("en");

    QString readError;
    const Projections projections(store);
    const auto allActors = projections.actors(&readError);
    const auto allLinks = allActors ? projections.links(&readError) : std::nullopt;
    if (!allActors || !allLinks) {
        if (error)
            *error = readError;
        return {};
    }
    const Territory territory = TerritoryRepository(store).get();
    const QList<Category> categories = CategoryRepository(store).list();
    const QList<LinkType> linkTypes = LinkTypeRepository(store).list();
    const QList<Tag> tags = TagRepository(store).list();
    const QList<Theme> themes = ThemeRepository(store).list();
    const QList<CustomField> fieldList = FieldRepository(store).list(QStringLiteral("actor"));
    const Pseudonymizer pseudo = options.anonymize ? Pseudonymizer::fromStore(store)
                                                   : Pseudonymizer();
    const auto text = [&](const QString &t) { return options.anonymize ? pseudo.text(t) : t; };

    // The actors shown: a saved view's filters and positions, or every actor where it stands.
    QSet<qint64> shown;
    QHash<qint64, QPointF> viewPositions;
    QString viewName;
    if (!options.view.isEmpty()) {
        std::optional<workshop::SavedView> view;
        for (const workshop::SavedView &v : workshop::loadViews(store))
            if (v.name == options.view)
                view = v;
        if (!view) {
            if (error)
                *error = Tr::tr("No saved view is named “%1”.").arg(options.view);
            return {};
        }
        shown = workshop::SlideSource::fromStore(store).shownActors(view->filter);
        viewPositions = view->positions;
        viewName = text(view->name);
    }
    QList<Actor> actors;
    for (const Actor &a : *allActors)
        if (options.view.isEmpty() || shown.contains(a.id))
            actors << a;
    QSet<qint64> actorIds;
    for (const Actor &a : std::as_const(actors))
        actorIds.insert(a.id);
    QList<Link> links;
    for (const Link &l : *allLinks)
        if (actorIds.contains(l.sourceId) && actorIds.contains(l.targetId))
            links << l;

    // Communities (Louvain on the links shown), numbered by decreasing size and named after
    // their best-linked member.
    analysis::NetworkData net;
    QHash<qint64, int> degree;
    for (const Actor &a : std::as_const(actors))
        net.actors.append({a.id, a.name, a.categoryId});
    for (const Link &l : std::as_const(links)) {
        net.links.append({l.id, l.sourceId, l.targetId, l.strength, false, 0, l.weight});
        if (l.sourceId != l.targetId) {
            ++degree[l.sourceId];
            ++degree[l.targetId];
        }
    }
    const analysis::Network network(net);
    const QList<int> partition = analysis::louvain(network, 1.0, 1);
    QHash<int, QList<int>> members;  // Louvain index → actor indices
    for (int i = 0; i < partition.size(); ++i)
        members[partition.at(i)] << i;
    QList<QList<int>> groups = members.values();
    std::sort(groups.begin(), groups.end(), [](const QList<int> &a, const QList<int> &b) {
        return a.size() != b.size() ? a.size() > b.size() : a.first() < b.first();
    });
    QHash<qint64, int> communityOf;
    QJsonArray communities;
    for (int g = 0; g < groups.size(); ++g) {
        const QList<int> &group = groups.at(g);
        if (group.size() < 2)
            break;  // sorted by size: the rest are isolated actors
        int best = group.first();
        for (int i : group)
            if (degree.value(actors.at(i).id) > degree.value(actors.at(best).id))
                best = i;
        for (int i : group)
            communityOf.insert(actors.at(i).id, g + 1);
        const Actor &central = actors.at(best);
        communities.append(QJsonArray{g + 1, options.anonymize ? pseudo.name(central.id, central.name)
                                                               : central.name,
                                      int(group.size())});
    }

    // Custom fields: persons' values of personal fields never go out.
    QSet<qint64> personalFields;
    QJsonArray fieldsJson;
    for (const CustomField &f : fieldList) {
        if (f.personal)
            personalFields.insert(f.id);
        fieldsJson.append(QJsonArray{f.id, text(f.name), fields::typeCode(f.type)});
    }
    const auto fieldValues = FieldRepository(store).allValues(QStringLiteral("actor"));
    QHash<qint64, CustomField> fieldById;
    for (const CustomField &f : fieldList)
        fieldById.insert(f.id, f);

    Relations relations(store);
    QJsonArray actorsJson;
    int places = 0;
    for (const Actor &original : std::as_const(actors)) {
        const Actor a = options.anonymize ? pseudo.actor(original) : original;
        QJsonObject o;
        o.insert(QStringLiteral("i"), a.id);
        o.insert(QStringLiteral("n"), a.name);
        if (a.categoryId)
            o.insert(QStringLiteral("c"), a.categoryId);
        const QPointF at = viewPositions.contains(a.id)
                               ? viewPositions.value(a.id)
                               : (a.hasPosition() ? QPointF(a.x, a.y) : QPointF(qQNaN(), qQNaN()));
        if (!std::isnan(at.x())) {
            // Whole units are enough on a map hundreds of units wide, and keep the file small.
            o.insert(QStringLiteral("x"), std::round(at.x() * 10) / 10);
            o.insert(QStringLiteral("y"), std::round(at.y() * 10) / 10);
        }
        const auto put = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        put("o", a.organisation);
        put("r", a.role);
        put("m", a.commune);
        put("d", a.description);
        if (!original.isPerson)
            put("w", a.website);
        if (a.isPerson)
            o.insert(QStringLiteral("p"), 1);
        if (const int c = communityOf.value(a.id))
            o.insert(QStringLiteral("k"), c);
        o.insert(QStringLiteral("s"), a.influence);
        QJsonArray actorTags;
        for (qint64 t : relations.tagsOfActor(a.id))
            actorTags.append(t);
        if (!actorTags.isEmpty())
            o.insert(QStringLiteral("t"), actorTags);
        QJsonObject values;
        const QHash<qint64, QString> own = fieldValues.value(a.id);
        for (auto it = own.cbegin(); it != own.cend(); ++it) {
            if (it.value().isEmpty() || (original.isPerson && personalFields.contains(it.key())))
                continue;
            values.insert(QString::number(it.key()),
                          text(fields::displayWithUnit(fieldById.value(it.key()), it.value())));
        }
        if (!values.isEmpty())
            o.insert(QStringLiteral("f"), values);
        // A person's place is where they live or work: only the commune's centre goes out,
        // and nothing when pseudonymised.
        const bool placeOut = original.hasLocation() &&
                              (!original.isPerson ||
                               (!options.anonymize &&
                                original.locationPrecision == QLatin1String("commune")));
        if (placeOut) {
            o.insert(QStringLiteral("g"), QJsonArray{std::round(original.latitude * 1e5) / 1e5,
                                                     std::round(original.longitude * 1e5) / 1e5});
            ++places;
        }
        actorsJson.append(o);
    }

    QJsonArray linksJson;
    for (const Link &l : std::as_const(links))
        linksJson.append(QJsonArray{l.id, l.sourceId, l.targetId, l.typeId, l.strength});

    QHash<qint64, QString> themeNames;
    for (const Theme &t : themes)
        themeNames.insert(t.id, t.name);
    QJsonArray problemsJson;
    const QList<Problem> problems = ProblemRepository(store).list();
    int openProblems = 0;
    for (const Problem &p : problems) {
        openProblems += isOpen(p) ? 1 : 0;
        QJsonArray who;
        for (const auto &[actorId, role] : relations.problemActors(p.id))
            if (actorIds.contains(actorId))
                who.append(QJsonArray{actorId, labels::problemRole(role)});
        problemsJson.append(QJsonObject{{QStringLiteral("title"), text(p.title)},
                                        {QStringLiteral("status"), labels::problemStatus(p.status)},
                                        {QStringLiteral("open"), isOpen(p)},
                                        {QStringLiteral("severity"), p.severity},
                                        {QStringLiteral("theme"), text(themeNames.value(p.themeId))},
                                        {QStringLiteral("description"), text(p.description)},
                                        {QStringLiteral("actors"), who}});
    }
    QJsonArray actionsJson;
    const QList<ActionItem> actions = ActionRepository(store).list();
    int running = 0, done = 0;
    for (const ActionItem &a : actions) {
        running += a.status == QLatin1String("running") ? 1 : 0;
        done += a.status == QLatin1String("done") ? 1 : 0;
        QJsonArray partners;
        for (qint64 id : relations.partners(a.id))
            if (actorIds.contains(id))
                partners.append(id);
        actionsJson.append(QJsonObject{{QStringLiteral("title"), text(a.title)},
                                       {QStringLiteral("status"), labels::actionStatus(a.status)},
                                       {QStringLiteral("description"), text(a.description)},
                                       {QStringLiteral("lead"), actorIds.contains(a.leadActorId)
                                                                    ? QJsonValue(a.leadActorId)
                                                                    : QJsonValue()},
                                       {QStringLiteral("partners"), partners}});
    }

    int persons = 0;
    for (const Actor &a : std::as_const(actors))
        persons += a.isPerson ? 1 : 0;
    const auto figure = [&locale](qsizetype value, const QString &caption, const QString &detail) {
        return QJsonArray{locale.toString(value), caption, detail};
    };
    const QJsonArray figures{
        figure(actors.size(), Tr::tr("actors"),
               Tr::tr("%1 organisations, %2 persons")
                   .arg(locale.toString(actors.size() - persons), locale.toString(persons))),
        figure(links.size(), Tr::tr("links"), Tr::tr("between the actors")),
        figure(problems.size(), Tr::tr("problems"),
               Tr::tr("%1 still open").arg(locale.toString(openProblems))),
        figure(actions.size(), Tr::tr("actions"),
               Tr::tr("%1 running, %2 done").arg(locale.toString(running), locale.toString(done))),
        figure(communities.size(), Tr::tr("communities"), Tr::tr("groups of closely linked actors")),
        figure(places, Tr::tr("places"), Tr::tr("actors located on the map")),
    };

    QJsonArray categoriesJson, linkTypesJson, tagsJson;
    for (const Category &c : categories)
        categoriesJson.append(QJsonArray{c.id, text(c.name), c.color, c.shape});
    for (const LinkType &t : linkTypes)
        linkTypesJson.append(QJsonArray{t.id, text(t.name), t.color, t.lineStyle, t.directed});
    for (const Tag &t : tags)
        tagsJson.append(QJsonArray{t.id, text(t.name), t.color});

    const QDateTime at = options.exportedAt.isValid() ? options.exportedAt
                                                      : QDateTime::currentDateTime();
    const QString territoryName = text(territory.name);
    QString source = Tr::tr("Exported by Maillage on %1 from the territory “%2”.")
                         .arg(locale.toString(at, QLocale::LongFormat), territoryName);
    if (!viewName.isEmpty())
        source += QLatin1Char(' ') + Tr::tr("Saved view: “%1”.").arg(viewName);
    if (options.anonymize)
        source += QLatin1Char(' ') + Tr::tr("Persons are pseudonymised.");

    QJsonObject data{
        {QStringLiteral("lang"), lang},
        {QStringLiteral("title"), territoryName},
        {QStringLiteral("source"), source},
        {QStringLiteral("exported"), at.toString(Qt::ISODate)},
        {QStringLiteral("anonymized"), options.anonymize},
        {QStringLiteral("tiles"), options.onlineTiles ? QJsonValue(onlineTilesUrl()) : QJsonValue()},
        {QStringLiteral("tilesAttribution"),
         QStringLiteral("© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>")},
        {QStringLiteral("strings"), pageStrings()},
        {QStringLiteral("categories"), categoriesJson},
        {QStringLiteral("linkTypes"), linkTypesJson},
        {QStringLiteral("tags"), tagsJson},
        {QStringLiteral("fields"), fieldsJson},
        {QStringLiteral("actors"), actorsJson},
        {QStringLiteral("links"), linksJson},
        {QStringLiteral("communities"), communities},
        {QStringLiteral("problems"), problemsJson},
        {QStringLiteral("actions"), actionsJson},
        {QStringLiteral("figures"), figures},
    };

    QByteArray page = resource(QStringLiteral("webmap.html"));
    // The marks are filled in the order they stand in the template, each searched after the
    // text put in before it: a mark typed in a description never takes a library's place.
    qsizetype from = 0;
    const auto fill = [&page, &from](const char *mark, const QByteArray &with) {
        const qsizetype at = page.indexOf(mark, from);
        if (at < 0)
            qFatal("htmlexport: mark %s missing from webmap.html", mark);
        page.replace(at, qstrlen(mark), with);
        from = at + with.size();
    };
    fill("@LANG@", lang.toUtf8());
    fill("@TITLE@", territoryName.toHtmlEscaped().toUtf8());
    fill("/*@LEAFLET_CSS@*/", leafletStyle(resource(QStringLiteral("leaflet/leaflet.css"))));
    fill("/*@STYLE@*/", resource(QStringLiteral("webmap.css")));
    fill("/*@DATA@*/", scriptSafe(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    fill("/*@GRAPHOLOGY@*/", script(QStringLiteral("graphology/graphology.umd.min.js")));
    fill("/*@SIGMA@*/", script(QStringLiteral("sigma/sigma.min.js")));
    fill("/*@LEAFLET@*/", script(QStringLiteral("leaflet/leaflet.js")));
    fill("/*@SCRIPT@*/", script(QStringLiteral("webmap.js")));
    if (summary) {
        summary->actors = int(actors.size());
        summary->links = int(links.size());
        summary->places = places;
        summary->problems = int(problems.size());
        summary->actions = int(actions.size());
        summary->bytes = page.size();
    }
    return page;
}

bool exportHtml(Store &store, const QString &path, const HtmlExportOptions &options,
                QString *error, HtmlExportSummary *summary)
{
    const QByteArray page = htmlPage(store, options, error, summary);
    if (page.isEmpty())
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(page) != page.size() || !f.commit()) {
        if (error)
            *error = Tr::tr("“%1” could not be written (%2).")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace maillage::io
