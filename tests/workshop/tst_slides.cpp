// Saved views (core/workshop/savedview): their JSON, undoable edits, the slide a view gives,
// erasure of names in their text, and `maillage-cli slides` read back with poppler-utils.
#include "testsupport.h"

#include "core/document/document.h"
#include "core/io/pseudonymize.h"
#include "core/io/sample.h"
#include "core/privacy/erasure.h"
#include "core/store/repositories.h"
#include "core/workshop/savedview.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace maillage;
using namespace maillage::workshop;

namespace {

QString K(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestSlides : public QObject
{
    Q_OBJECT

    int m_counter = 0;

    QString sample()
    {
        const QString path = test::tempPath(K("sample-%1.maillage").arg(++m_counter));
        QString error;
        if (!writeSample(path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    static qint64 categoryId(Document &doc, const char *code)
    {
        for (const Category &c : doc.categories())
            if (c.code == QLatin1String(code))
                return c.id;
        return 0;
    }

    static SavedView fullView(Document &doc)
    {
        SavedView v;
        v.name = K("Élus et habitants");
        v.caption = K("Qui parle à qui ?");
        v.filter.categories = {categoryId(doc, "elected"), categoryId(doc, "citizen")};
        v.filter.linkTypes = {doc.linkTypes().first().id};
        v.filter.tags = {};
        v.filter.attitudes = {1, 2};
        v.filter.minStrength = 2;
        v.filter.hideIsolated = true;
        v.filter.search = K("mairie");
        v.focusActors = {doc.actors().first().id};
        v.focusDepth = 2;
        v.visibleRect = QRectF(-123.456789012345, 78.9, 1000.0 / 3.0, 250.125);
        for (const Actor &a : doc.actors())
            v.positions.insert(a.id, QPointF(a.x + 0.1 / 3.0, a.y - 1e-9));
        v.sizeFactors.insert(doc.actors().first().id, 2.0 / 3.0);
        v.colours.insert(doc.actors().last().id, QColor(0x12, 0x34, 0x56));
        // A field chip and the legend of a map coloured by a field.
        v.filter.fields << fields::Condition{7, fields::Condition::Greater, K("10000")}
                        << fields::Condition{8, fields::Condition::IsEmpty, QString()};
        render::LegendScale ramp;
        ramp.kind = render::LegendScale::Ramp;
        ramp.title = K("Colour: Budget (€)");
        ramp.low = K("1 500 €");
        ramp.high = K("30 000 €");
        ramp.lowColour = QColor(0xff, 0xf5, 0xb8);
        ramp.highColour = QColor(0x08, 0x1d, 0x58);
        ramp.items.append({K("No value (3 actors)"), QColor(0xd4, 0xd4, 0xd4)});
        ramp.note = K("note");
        v.legend << ramp;
        return v;
    }

private slots:
    void territoryModeRoundTrip()
    {
        Document doc;
        QVERIFY(doc.open(sample()));
        SavedView v = fullView(doc);
        v.mode = ViewMode::Territory;
        v.territory.latitude = 48.2995;
        v.territory.longitude = 6.1335;
        v.territory.zoom = 13.25;
        v.territory.size = QSizeF(1024, 640);
        const auto id = addView(doc, v);
        QVERIFY(id);
        const auto back = loadView(doc.store(), *id);
        QVERIFY(back);
        QCOMPARE(back->mode, ViewMode::Territory);
        QVERIFY(back->territory == v.territory);
        QVERIFY(back->sameContent(v));
        // What it showed: 1024 × 640 pixels at zoom 13.25 around Mirecourt.
        const QRectF world = back->territory.world();
        QCOMPARE(world.center(), render::webmercator::fromLatLon(48.2995, 6.1335));
        QVERIFY(std::abs(world.width() * 256 * std::exp2(13.25) - 1024) < 1e-6);
        // A slide of it is a territory slide showing that part of the world.
        const Slide slide = SlideSource::fromDocument(doc).slide(*back, false);
        QCOMPARE(slide.mode, ViewMode::Territory);
        QCOMPARE(slide.territoryWorld, world);

        // Views saved before the territory view (no mode) stay network views; a damaged
        // territory part is ignored, not a failure.
        QJsonObject old = fullView(doc).settings();
        QVERIFY(!old.contains(K("mode")));
        SavedView read;
        QVERIFY(read.setSettings(old));
        QCOMPARE(read.mode, ViewMode::Network);
        QCOMPARE(SlideSource::fromDocument(doc).slide(read, false).mode, ViewMode::Network);
        old.insert(K("mode"), K("territory"));
        old.insert(K("territory"), QJsonObject{{K("latitude"), 123}, {K("longitude"), 6},
                                               {K("zoom"), 12}, {K("size"), QJsonArray{800, 600}}});
        QVERIFY(read.setSettings(old));
        QCOMPARE(read.mode, ViewMode::Territory);
        QVERIFY(!read.territory.isValid());  // shown whole
    }

    void settingsRoundTripExactly()
    {
        Document doc;
        QVERIFY(doc.open(sample()));
        const SavedView v = fullView(doc);
        const auto id = addView(doc, v);
        QVERIFY(id);
        const auto back = loadView(doc.store(), *id);
        QVERIFY(back);
        QCOMPARE(back->name, v.name);
        QCOMPARE(back->caption, v.caption);
        QVERIFY(back->filter == v.filter);
        QCOMPARE(back->focusActors, v.focusActors);
        QCOMPARE(back->focusDepth, 2);
        // Bit for bit: doubles survive the JSON.
        QVERIFY(back->visibleRect.x() == v.visibleRect.x());
        QVERIFY(back->visibleRect.width() == v.visibleRect.width());
        QCOMPARE(back->positions.size(), v.positions.size());
        for (auto it = v.positions.cbegin(); it != v.positions.cend(); ++it)
            QVERIFY(back->positions.value(it.key()) == it.value());
        QVERIFY(back->sizeFactors == v.sizeFactors);
        QCOMPARE(back->colours, v.colours);
        QCOMPARE(back->filter.fields.size(), 2);
        QVERIFY(back->legend == v.legend);
        QVERIFY(back->sameContent(v));
        QVERIFY(back->createdAt.isValid());
    }

    void badSettings()
    {
        SavedView v;
        QString error;
        QVERIFY(!v.setSettings(QJsonObject{{K("version"), 7}}, &error));
        QVERIFY(!error.isEmpty());
        Document doc;
        QVERIFY(doc.open(sample()));
        SavedView empty;
        empty.name = K("   ");
        QVERIFY(!addView(doc, empty, &error));
        QVERIFY(error.contains(K("title")));
        QCOMPARE(doc.store().count(K("saved_view")), 0);
        QVERIFY(!renameView(doc, 999, K("x"), &error));
        QVERIFY(!removeView(doc, 999, &error));
    }

    void editsAreUndoable()
    {
        Document doc;
        QVERIFY(doc.open(sample()));
        QList<qint64> ids;
        for (const char *name : {"Un", "Deux", "Trois"}) {
            SavedView v;
            v.name = K(name);
            const auto id = addView(doc, v);
            QVERIFY(id);
            ids << *id;
        }
        auto names = [&] {
            QStringList out;
            for (const SavedView &v : loadViews(doc.store()))
                out << v.name;
            return out;
        };
        QCOMPARE(names(), (QStringList{K("Un"), K("Deux"), K("Trois")}));
        QVERIFY(moveView(doc, ids[2], 0));
        QCOMPARE(names(), (QStringList{K("Trois"), K("Un"), K("Deux")}));
        QVERIFY(moveView(doc, ids[2], 2));
        QCOMPARE(names(), (QStringList{K("Un"), K("Deux"), K("Trois")}));
        doc.undoStack()->undo();
        QCOMPARE(names(), (QStringList{K("Trois"), K("Un"), K("Deux")}));
        doc.undoStack()->undo();
        QCOMPARE(names(), (QStringList{K("Un"), K("Deux"), K("Trois")}));
        QVERIFY(renameView(doc, ids[1], K("  Deux   bis ")));
        QCOMPARE(names(), (QStringList{K("Un"), K("Deux bis"), K("Trois")}));
        QVERIFY(setViewCaption(doc, ids[1], K("Légende")));
        QCOMPARE(loadView(doc.store(), ids[1])->caption, K("Légende"));
        QVERIFY(removeView(doc, ids[0]));
        QCOMPARE(names(), (QStringList{K("Deux bis"), K("Trois")}));
        doc.undoStack()->undo();  // delete
        doc.undoStack()->undo();  // caption
        doc.undoStack()->undo();  // rename
        QCOMPARE(names(), (QStringList{K("Un"), K("Deux"), K("Trois")}));
        QCOMPARE(loadView(doc.store(), ids[1])->caption, QString());
        doc.undoStack()->redo();
        QCOMPARE(names(), (QStringList{K("Un"), K("Deux bis"), K("Trois")}));
        // Updating replaces the content and keeps the place.
        SavedView changed = *loadView(doc.store(), ids[0]);
        changed.filter.minStrength = 4;
        changed.visibleRect = QRectF(1, 2, 3, 4);
        QVERIFY(updateView(doc, changed));
        QCOMPARE(loadView(doc.store(), ids[0])->filter.minStrength, 4);
        QCOMPARE(loadViews(doc.store()).first().id, ids[0]);
        doc.undoStack()->undo();
        QCOMPARE(loadView(doc.store(), ids[0])->filter.minStrength, 1);
    }

    void slideFollowsTheView()
    {
        Document doc;
        QVERIFY(doc.open(sample()));
        const SlideSource source = SlideSource::fromDocument(doc);
        const qint64 elected = categoryId(doc, "elected");
        SavedView v;
        v.name = K("Élus");
        v.filter.categories = {elected};
        const Actor first = doc.actors().first();
        v.positions.insert(first.id, QPointF(12345, -678));
        Slide s = source.slide(v, false);
        QVERIFY(!s.model.nodes.isEmpty());
        for (const render::MapNode &n : std::as_const(s.model.nodes))
            QCOMPARE(n.categoryId, elected);
        for (const render::MapLink &l : std::as_const(s.model.links)) {
            QVERIFY(s.model.indexOf(l.sourceId) >= 0);
            QVERIFY(s.model.indexOf(l.targetId) >= 0);
        }
        // Saved positions win over the file's.
        v.filter = {};
        s = source.slide(v, false);
        QCOMPARE(s.model.nodes[s.model.indexOf(first.id)].pos, QPointF(12345, -678));
        // Focus: what is out of the neighbourhood is dimmed.
        v.focusActors = {first.id};
        v.focusDepth = 1;
        s = source.slide(v, false);
        const QSet<qint64> near = source.neighbourhood({first.id}, 1);
        QVERIFY(!s.options.dimmed.isEmpty());
        for (const render::MapNode &n : std::as_const(s.model.nodes))
            QCOMPARE(s.options.dimmed.contains(n.id), !near.contains(n.id));
        QVERIFY(s.focusText.contains(first.name));
        // Names hidden: labels of persons are pseudonyms.
        const render::MapPainter painter(s.model);
        s = source.slide(v, true);
        int persons = 0;
        for (const render::MapNode &n : std::as_const(s.model.nodes)) {
            if (!n.isPerson)
                continue;
            ++persons;
            QVERIFY(painter.label(n, s.options) != n.name);
            QCOMPARE(painter.label(n, s.options), source.pseudonymizer().name(n.id, QString()));
        }
        QVERIFY(persons > 0);
        // Search finds as the actor list does (accents and case ignored); the slide outlines
        // the finds and fades the others.
        QVERIFY(!source.searchMatches(K("MAIRIE")).isEmpty());
        QCOMPARE(source.searchMatches(K("mairie")), source.searchMatches(K("Mairie")));
        QCOMPARE(source.searchMatches(K("archeterie")).size(), 1);  // "archèterie"
        SavedView searched;
        searched.name = K("Lutherie");
        searched.filter.search = K("lutherie");
        s = source.slide(searched, false);
        const QSet<qint64> found = source.searchMatches(K("lutherie"));
        QVERIFY(found.size() >= 2);
        QCOMPARE(s.options.highlighted, found);
        for (const render::MapNode &n : std::as_const(s.model.nodes))
            QCOMPARE(s.options.dimmed.contains(n.id), !found.contains(n.id));
    }

    // Thousands of persons are more names than one regular expression holds: they must all
    // still be replaced in titles and captions (it silently replaced none at 2,000).
    void manyPersonsStillPseudonymised()
    {
        QList<Actor> actors;
        Category citizen;
        citizen.id = 1;
        citizen.code = K("citizen");
        for (int i = 1; i <= 3000; ++i) {
            Actor a;
            a.id = i;
            a.name = K("Prénom%1 Nom%1").arg(i);
            a.categoryId = 1;
            a.isPerson = true;
            actors << a;
        }
        const Pseudonymizer p(actors, {citizen});
        const QString text =
            p.text(K("Avec Prénom1 Nom1, Prénom2999 Nom2999, Nom1500 et Nom3000 ; pas Nom30000."));
        QVERIFY2(!text.contains(K("Nom1,")) && !text.contains(K("Nom2999")) &&
                     !text.contains(K("Nom1500")) && !text.contains(K("Nom3000 ")),
                 qPrintable(text));
        QVERIFY2(text.contains(p.name(2999, QString())), qPrintable(text));
        QVERIFY(text.contains(K("Nom30000")));  // not a name: left alone
        // A full name is replaced as a whole, not part by part.
        QCOMPARE(p.text(K("Prénom12 Nom12")), p.name(12, QString()));
    }

    void erasureRewritesViews()
    {
        Document doc;
        QVERIFY(doc.open(sample()));
        Actor person;
        for (const Actor &a : doc.actors())
            if (a.isPerson) {
                person = a;
                break;
            }
        QVERIFY(person.id);
        SavedView v;
        v.name = K("Avec %1").arg(person.name);
        v.caption = K("Ce que %1 a dit").arg(person.name);
        v.filter.search = person.name;
        v.focusActors = {person.id};
        v.focusDepth = 1;
        const auto id = addView(doc, v);
        QVERIFY(id);
        QVERIFY(privacy::erase(doc, {person.id}));
        const SavedView after = *loadView(doc.store(), *id);
        QVERIFY(!after.name.contains(person.name));
        QVERIFY(!after.caption.contains(person.name));
        QVERIFY(!after.filter.search.contains(person.name));
        QVERIFY(after.caption.contains(privacy::erasedMarker()));
    }

    void cliSlidesPdf()
    {
        const QString file = sample();
        QStringList persons, titles;
        {
            Document doc;
            QVERIFY(doc.open(file));
            for (const Actor &a : doc.actors())
                if (a.isPerson)
                    persons << a.name;
            const Actor somePerson = [&] {
                for (const Actor &a : doc.actors())
                    if (a.isPerson)
                        return a;
                return Actor();
            }();
            SavedView a;
            a.name = K("Vue d’ensemble");
            a.caption = K("Tous les acteurs du territoire");
            SavedView b = fullView(doc);
            b.name = K("Les élus");
            b.filter = {};
            b.filter.categories = {categoryId(doc, "elected")};
            SavedView c;
            c.name = K("Autour de %1").arg(somePerson.name);
            c.caption = K("Le voisinage de %1").arg(somePerson.name);
            c.focusActors = {somePerson.id};
            c.focusDepth = 1;
            for (const SavedView &v : {a, b, c})
                QVERIFY(addView(doc, v));
            titles << a.name << b.name << K("Autour de");
        }
        QVERIFY(persons.size() >= 3);
        const QString plain = test::tempPath(K("slides.pdf"));
        auto r = test::runCli({K("slides"), file, K("-o"), plain, K("--lang"), K("fr")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::pdfPages(plain), 3);
        QString text = test::pdfText(plain);
        for (const QString &t : titles)
            QVERIFY2(text.contains(t), qPrintable(t));
        QVERIFY(text.contains(QRegularExpression(K("3 ?/ ?3"))));
        QVERIFY(text.contains(K("Mirecourt")));
        int named = 0;
        for (const QString &p : persons)
            named += text.contains(p);
        QVERIFY(named > 0);  // without --anonymize, persons are named

        const QString anon = test::tempPath(K("slides-anon.pdf"));
        r = test::runCli({K("slides"), file, K("-o"), anon, K("--anonymize"), K("--lang"),
                          K("fr")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::pdfPages(anon), 3);
        text = test::pdfText(anon);
        for (const QString &t : titles)
            QVERIFY2(text.contains(t), qPrintable(t));
        for (const QString &p : persons) {
            QVERIFY2(!text.contains(p), qPrintable(p));
            for (const QString &part : p.split(QLatin1Char(' ')))
                if (part.size() >= 4)
                    QVERIFY2(!text.contains(part), qPrintable(part));
        }
        QVERIFY(text.contains(K("Habitant·e")) || text.contains(K("Élu·e")));

        // No view: the whole map as one slide. Bad arguments: usage errors, nothing written.
        const QString bare = sample();
        const QString one = test::tempPath(K("one.pdf"));
        r = test::runCli({K("slides"), bare, K("-o"), one, K("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(K("\"pages\": 1")) || r.out.contains(K("\"pages\":1")));
        QCOMPARE(test::pdfPages(one), 1);
        const QString bad = test::tempPath(K("bad.png"));
        QCOMPARE(test::runCli({K("slides"), file, K("-o"), bad}).exitCode, 2);
        QCOMPARE(test::runCli({K("slides"), file, K("-o"), plain, K("--lang"), K("de")}).exitCode,
                 2);
        QCOMPARE(test::runCli({K("slides"), test::tempPath(K("missing.maillage")), K("-o"),
                               test::tempPath(K("m.pdf"))})
                     .exitCode,
                 1);
        QVERIFY(!QFileInfo::exists(bad));
    }
};

QTEST_MAIN(TestSlides)
#include "tst_slides.moc"
