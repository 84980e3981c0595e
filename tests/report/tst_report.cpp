// The PDF report (core/report) and the person's access PDF, read back with poppler-utils
// (pdftotext, pdfinfo) from the bundled sample territory.
#include "testsupport.h"

#include "core/document/document.h"
#include "core/io/sample.h"
#include "core/report/report.h"
#include "core/store/repositories.h"
#include "core/util/i18n.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <atomic>

using namespace maillage;
using test::runCli;
using test::tempPath;

namespace {

QString K(const char *s)
{
    return QString::fromUtf8(s);
}

/// `source` translated as the report draws it in `language`.
QString translated(const QString &language, const char *context, const char *source)
{
    i18n::install(language);
    const QString s = QCoreApplication::translate(context, source);
    i18n::install(K("en"));
    return s;
}

const char *const kReport = "maillage::report::Report";

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QString m_sample;
    QStringList m_persons;        // full names
    QStringList m_families;       // family names
    QStringList m_organisations;  // actor names of organisations

    QString report(const QString &name, const QStringList &extra)
    {
        const QString out = tempPath(name);
        QFile::remove(out);
        const auto r = runCli(QStringList{K("report"), m_sample, K("-o"), out,
                                          K("--date"), K("2024-03-05")} +
                              extra);
        if (r.exitCode != 0)
            qWarning("report failed: %s", qPrintable(r.err));
        return r.exitCode == 0 ? out : QString();
    }

private slots:
    void initTestCase()
    {
        i18n::install(K("en"));
        m_sample = tempPath(K("sample.maillage"));
        QString error;
        QVERIFY2(writeSample(m_sample, &error), qPrintable(error));
        Store store;
        QVERIFY(store.open(m_sample, Store::Access::ReadOnly));
        for (const Actor &a : ActorRepository(store).list()) {
            if (a.isPerson) {
                m_persons << a.name;
                m_families << a.name.section(QLatin1Char(' '), -1);
            } else {
                m_organisations << a.name;
            }
        }
        QVERIFY(m_persons.size() >= 8);
        QVERIFY(m_organisations.size() >= 8);
    }

    void english()
    {
        const QString pdf = report(K("en.pdf"), {K("--lang"), K("en"), K("--author"),
                                                 K("Équipe bien-vivre")});
        QVERIFY(!pdf.isEmpty());
        const int pages = test::pdfPages(pdf);
        QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(K("Mirecourt (démo)")));
        QVERIFY(text.contains(K("TERRITORY REPORT")));
        QVERIFY(text.contains(K("5 March 2024")));
        QVERIFY(text.contains(K("Équipe bien-vivre")));
        for (const char *heading : {"Contents", "Key figures", "The network of actors",
                                    "Actors by category", "Key actors", "Power and interest",
                                    "Problems by theme and status", "Actions and their indicators",
                                    "Meetings log", "Points needing attention"})
            QVERIFY2(text.contains(K(heading)), heading);
        // The cover has no footer; the second page is "Page 2 of N".
        QVERIFY(text.contains(K("Page 2 of %1").arg(pages)));
        QVERIFY(text.contains(K("Page %1 of %1").arg(pages)));
        QVERIFY(!text.contains(K("Page 1 of")));
        for (const QString &name : m_persons + m_organisations)
            QVERIFY2(text.contains(name), qPrintable(name));
        // Indicator progress, including one whose target is below its baseline (6 → 1).
        QVERIFY(text.contains(K("Plaintes pour bruit")));
        QVERIFY(text.contains(K("From 6 to")));
    }

    void territorySection()
    {
        // The sample's actors are placed around Mirecourt: 21 organisations at their street,
        // the ARS and ten persons at their commune's centre, two persons without a place.
        const QString pdf = report(K("territory.pdf"), {K("--lang"), K("en"), K("--sections"),
                                                        K("territory")});
        QVERIFY(!pdf.isEmpty());
        const QString text = test::pdfText(pdf).simplified();
        QVERIFY(text.contains(K("The territory")));
        QVERIFY(text.contains(K("Located actors by precision")));
        QVERIFY2(text.contains(K("Street: 21 actor")), qPrintable(text));
        QVERIFY(text.contains(K("Commune centre: 11 actor")));
        QVERIFY(text.contains(K("No place: 2 actor")));
        QVERIFY(!text.contains(K("Placed by hand")));  // no such actor: no line
        // Actors are named on the picture.
        QVERIFY(text.contains(K("CAF des Vosges")));
        // Pseudonymised: no person's name, and only persons at their commune's centre drawn.
        const QString anon = test::pdfText(report(K("territory-anon.pdf"),
                                                  {K("--lang"), K("en"), K("--anonymize"),
                                                   K("--sections"), K("territory")}));
        for (const QString &name : std::as_const(m_persons))
            QVERIFY2(!anon.contains(name), qPrintable(name));
    }

    void french()
    {
        const QString pdf = report(K("fr.pdf"), {K("--lang"), K("fr")});
        QVERIFY(!pdf.isEmpty());
        const int pages = test::pdfPages(pdf);
        QVERIFY(pages >= 8);
        const QString text = test::pdfText(pdf);
        // Dates follow the report's language, whatever the process's.
        QVERIFY(text.contains(K("5 mars 2024")));
        QVERIFY(!text.contains(K("5 March 2024")));
        // Headings and the footer come from the French translation.
        for (const char *heading : {"Key figures", "Meetings log", "Key actors"})
            QVERIFY2(text.contains(translated(K("fr"), kReport, heading)), heading);
        const QString footer = translated(K("fr"), kReport, "Page %1 of %2");
        QVERIFY(text.contains(footer.arg(2).arg(pages)));
        // Coded values use the French labels too.
        QVERIFY(text.contains(translated(K("fr"), "maillage::labels", "Inform'action debate")) ||
                text.contains(K("Inform'action")));
        // The CLI's own language was left as it was: a second English report stays English.
        QVERIFY(test::pdfText(report(K("en2.pdf"), {K("--sections"), K("figures")}))
                    .contains(K("Key figures")));
    }

    void anonymized()
    {
        const QString pdf = report(K("anon.pdf"), {K("--anonymize"), K("--lang"), K("en")});
        QVERIFY(!pdf.isEmpty());
        const QString text = test::pdfText(pdf);
        QVERIFY(!text.isEmpty());
        for (const QString &name : m_persons)
            QVERIFY2(!text.contains(name, Qt::CaseInsensitive), qPrintable(name));
        for (const QString &family : m_families)
            QVERIFY2(!text.contains(QRegularExpression(
                         K("\\b%1\\b").arg(QRegularExpression::escape(family)),
                         QRegularExpression::CaseInsensitiveOption |
                             QRegularExpression::UseUnicodePropertiesOption)),
                     qPrintable(family));
        for (const QString &name : m_organisations)
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(K("Resident 1")));
        QVERIFY(text.contains(K("Elected official 1")));
        QVERIFY(text.contains(K("Pseudonymised")));
        // No contact details of anyone.
        QVERIFY(!text.contains(K("@example.org")));
    }

    // Chosen actor fields become columns of the actors' table, values the language's way
    // with their unit; anonymised, persons' values of personal fields are left out (an
    // organisation's stay); an unknown field is one clear line and no file.
    void chosenFields()
    {
        const QString file = tempPath(K("fields.maillage"));
        QFile::remove(file);
        QVERIFY(QFile::copy(m_sample, file));
        qint64 person = 0, organisation = 0;
        {
            Document doc;
            QVERIFY(doc.open(file));
            CustomField budget;
            budget.name = K("Budget");
            budget.type = FieldType::Number;
            budget.unit = K("€");
            const auto budgetId = doc.addCustomField(budget);
            CustomField code;
            code.name = K("Code perso");
            code.personal = true;
            const auto codeId = doc.addCustomField(code);
            QVERIFY(budgetId && codeId);
            for (const Actor &a : doc.actors()) {
                if (a.isPerson && !person)
                    person = a.id;
                if (!a.isPerson && !organisation)
                    organisation = a.id;
            }
            QVERIFY(doc.setFieldValue(*budgetId, organisation, K("12500")));
            QVERIFY(doc.setFieldValue(*codeId, organisation, K("ORGX42")));
            QVERIFY(doc.setFieldValue(*codeId, person, K("PERSZ77")));
        }
        auto write = [&](const QString &name, const QStringList &extra) {
            const QString out = tempPath(name);
            QFile::remove(out);
            const auto r = runCli(QStringList{K("report"), file, K("-o"), out, K("--lang"), K("en"),
                                              K("--sections"), K("categories")} + extra);
            return std::make_pair(r, out);
        };
        const auto [plain, plainPdf] = write(K("fields.pdf"), {K("--fields"), K("budget,Code perso")});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        const QString text = test::pdfText(plainPdf);
        QVERIFY(text.contains(K("Budget (€)")));
        QVERIFY(text.contains(K("Code perso")));
        QVERIFY(text.contains(K("12,500")));
        QVERIFY(text.contains(K("ORGX42")));
        QVERIFY(text.contains(K("PERSZ77")));
        // Without --fields, no such column.
        const auto [none, nonePdf] = write(K("nofields.pdf"), {});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(!test::pdfText(nonePdf).contains(K("ORGX42")));
        const auto [anon, anonPdf] = write(K("fields-anon.pdf"), {K("--fields"), K("Code perso"), K("--anonymize")});
        QVERIFY2(anon.exitCode == 0, qPrintable(anon.err));
        const QString anonText = test::pdfText(anonPdf);
        QVERIFY(anonText.contains(K("ORGX42")));
        QVERIFY(!anonText.contains(K("PERSZ77")));
        const auto [bad, badPdf] = write(K("fields-bad.pdf"), {K("--fields"), K("Budget,Nope")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(K("“Nope”")) && bad.err.contains(K("Budget")), qPrintable(bad.err));
        // One line of ours (Qt may add its own warnings about the environment).
        QCOMPARE(bad.err.split(QLatin1Char('\n')).filter(K("maillage-cli")).size(), 1);
        QVERIFY(!QFile::exists(badPdf));
    }

    void sections()
    {
        const QString pdf =
            report(K("some.pdf"), {K("--lang"), K("en"), K("--sections"), K("figures,meetings")});
        QVERIFY(!pdf.isEmpty());
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(K("1. Key figures")));
        QVERIFY(text.contains(K("2. Meetings log")));
        for (const char *absent : {"Contents", "Power and interest", "TERRITORY REPORT",
                                   "Points needing attention", "Actions and their indicators"})
            QVERIFY2(!text.contains(K(absent)), absent);
        QCOMPARE(test::pdfPages(pdf), 2);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown section") << QStringList{K("--sections"), K("figures,charts")} << 2
                                         << K("key_actors");
        QTest::newRow("unknown language") << QStringList{K("--lang"), K("de")} << 2 << K("fr");
        QTest::newRow("bad date") << QStringList{K("--date"), K("5/3/2024")} << 2
                                  << K("YYYY-MM-DD");
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString out = tempPath(K("bad.pdf"));
        QFile::remove(out);
        const auto r = runCli(QStringList{K("report"), m_sample, K("-o"), out} + args);
        QCOMPARE(r.exitCode, status);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // One line (Qt's own start-up notes on stderr aside).
        QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        lines.removeIf([](const QString &l) { return l.startsWith(K("QStandardPaths:")); });
        QCOMPARE(lines.size(), 1);
        QVERIFY(!QFile::exists(out));
    }

    void missingFileAndWrongExtension()
    {
        const auto missing =
            runCli({K("report"), tempPath(K("nowhere.maillage")), K("-o"), tempPath(K("x.pdf"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(K("nowhere.maillage")));
        const auto png = runCli({K("report"), m_sample, K("-o"), tempPath(K("x.png"))});
        QCOMPARE(png.exitCode, 2);
        QVERIFY(!QFile::exists(tempPath(K("x.png"))));
    }

    void progressAndCancel()
    {
        Document doc;
        QVERIFY(doc.open(m_sample, Store::Access::ReadOnly));
        const QString path = tempPath(K("progress.pdf"));
        QFile::remove(path);
        QList<int> seen;
        report::ReportControl control;
        control.progress = [&](int p) { seen << p; };
        report::ReportOptions options;
        options.sections = {K("figures"), K("problems")};
        QString error;
        QVERIFY2(report::writeReport(doc, path, options, control, &error), qPrintable(error));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        const QByteArray before = test::readBytes(path);
        QVERIFY(before.startsWith("%PDF"));

        // Cancelled half-way: the earlier file is left as it was.
        std::atomic<bool> cancel{false};
        control.cancel = &cancel;
        control.progress = [&](int p) {
            if (p >= 30)
                cancel = true;
        };
        options.sections.clear();
        QVERIFY(!report::writeReport(doc, path, options, control, &error));
        QVERIFY(error.contains(K("cancel")));
        QCOMPARE(test::readBytes(path), before);

        QVERIFY(!report::writeReport(doc, path, report::ReportOptions{K("de"), false, {}, {}, {}},
                                     {}, &error));
        QVERIFY(error.contains(K("de")));
    }

    void languageRestored()
    {
        i18n::install(K("en"));
        Document doc;
        QVERIFY(doc.open(m_sample, Store::Access::ReadOnly));
        report::ReportOptions options;
        options.language = K("fr");
        options.sections = {K("figures")};
        QString error;
        QVERIFY2(report::writeReport(doc, tempPath(K("fr-core.pdf")), options, {}, &error),
                 qPrintable(error));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(report::sectionTitle(report::Section::Figures), K("Key figures"));
    }

    void parseSections()
    {
        QString error;
        QCOMPARE(*report::parseSections(K("map, grid,map"), &error),
                 (QStringList{K("map"), K("grid")}));
        QVERIFY(!report::parseSections(K("map,nope"), &error));
        QVERIFY(error.contains(K("nope")) && error.contains(K("diagnostics")));
        QVERIFY(!report::parseSections(K(" , "), &error));
        QCOMPARE(report::sectionCodes().size(), 13);
    }

    // The statistical portrait: the imported figures beside the comparisons, with their
    // source and year; a territory without statistics says how to import them.
    void portraitSection()
    {
        const QString file = tempPath(K("portrait.maillage"));
        QFile::remove(file);
        QCOMPARE(runCli({K("sample"), file}).exitCode, 0);  // Mirecourt, 88304
        const QString pdf = tempPath(K("portrait.pdf"));
        const QStringList args{K("report"), file, K("-o"), pdf, K("--sections"), K("portrait"),
                               K("--lang"), K("en")};
        auto r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(test::pdfText(pdf).contains(K("No public statistics have been imported yet")));
        r = runCli({K("statistics"), file, test::dataPath(K("statistics/dossier_complet.csv")),
                    test::dataPath(K("statistics/bpe24.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(K("Statistical portrait")), qPrintable(text));
        QVERIFY2(text.contains(K("38,000")), qPrintable(text));  // the département's population
        QVERIFY2(text.contains(K("INSEE, dossier complet, 2021")), qPrintable(text));
    }

    void emptyTerritory()
    {
        const QString file = tempPath(K("empty.maillage"));
        QFile::remove(file);
        QCOMPARE(runCli({K("new"), file}).exitCode, 0);
        const QString pdf = tempPath(K("empty.pdf"));
        QCOMPARE(runCli({K("report"), file, K("-o"), pdf, K("--lang"), K("en")}).exitCode, 0);
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(K("The territory has no actor yet.")));
        QVERIFY(text.contains(K("No problem has been recorded yet.")));
        QVERIFY(!text.contains(K("Every actor is linked")));
    }

    void personPdf()
    {
        const QString out = tempPath(K("odile.pdf"));
        QFile::remove(out);
        const auto r = runCli({K("person-export"), m_sample, K("Odile Ferry"), K("-o"), out});
        QCOMPARE(r.exitCode, 0);
        const int pages = test::pdfPages(out);
        QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));
        const QString text = test::pdfText(out);
        QVERIFY(text.contains(K("Odile Ferry")));
        QVERIFY(text.contains(K("Mirecourt (démo)")));
        QVERIFY(text.contains(K("Meetings attended")));
        QVERIFY(text.contains(K("Page 1 of %1").arg(pages)));
        // Nothing about anyone else's contact details.
        for (const char *other : {"claire.mougenot@example.org", "contact.utopic@example.org",
                                  "coordination.scic@example.org"})
            QVERIFY2(!text.contains(K(other)), other);
        // The JSON form is still written as before.
        const QString json = tempPath(K("odile.json"));
        QCOMPARE(runCli({K("person-export"), m_sample, K("Odile Ferry"), K("-o"), json}).exitCode,
                 0);
        QVERIFY(test::readBytes(json).startsWith("{"));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
