// maillage-cli metrics and path, on the sample territory.
#include "core/document/document.h"
#include "core/analysis/metrics.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace maillage;
using test::runCli;
using test::tempPath;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }
} // namespace

class TestAnalysisCli : public QObject
{
    Q_OBJECT
private:
    QString m_sample;

private slots:
    void initTestCase()
    {
        m_sample = tempPath(QStringLiteral("analysis-sample.maillage"));
        QCOMPARE(runCli({S("sample"), m_sample}).exitCode, 0);
    }

    void metricsJson()
    {
        const auto r = runCli({S("metrics"), m_sample, S("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject net = root.value(S("network")).toObject();
        QCOMPARE(net.value(S("actors")).toInt(), 34);
        QCOMPARE(net.value(S("links")).toInt(), 57);
        QCOMPARE(net.value(S("components")).toInt(), 1);
        for (const char *key : {"density", "diameter", "average_path_length", "average_clustering",
                                "bridges", "modularity", "communities"})
            QVERIFY2(net.contains(S(key)), key);
        const double q = net.value(S("modularity")).toDouble();
        QVERIFY(q > 0.2 && q < 1);
        const QJsonArray actors = root.value(S("actors")).toArray();
        QCOMPARE(actors.size(), 34);
        int degreeSum = 0;
        QSet<int> communities;
        bool mayorFound = false;
        for (const QJsonValue &v : actors) {
            const QJsonObject a = v.toObject();
            for (const char *key : {"id", "name", "category", "degree", "betweenness",
                                    "betweenness_normalized", "closeness", "eigenvector",
                                    "coreness", "component", "articulation", "community"})
                QVERIFY2(a.contains(S(key)), key);
            degreeSum += a.value(S("degree")).toInt();
            // Undirected normalisation: 2 / ((n-1)(n-2)).
            QVERIFY(qAbs(a.value(S("betweenness_normalized")).toDouble() -
                         a.value(S("betweenness")).toDouble() * 2 / (33.0 * 32.0)) < 1e-12);
            QCOMPARE(a.value(S("component")).toInt(), 1);
            communities.insert(a.value(S("community")).toInt());
            if (a.value(S("name")).toString() == S("Mairie de Mirecourt")) {
                mayorFound = true;
                QCOMPARE(a.value(S("category")).toString(), S("Institution"));
                QVERIFY(a.value(S("articulation")).toBool());
            }
        }
        QVERIFY(mayorFound);
        QCOMPARE(communities.size(), net.value(S("communities")).toArray().size());
        // The sample has no parallel links: degrees add up to twice the distinct pairs, and
        // the density is their share of the 34·33/2 possible pairs.
        QVERIFY(qAbs(net.value(S("density")).toDouble() - degreeSum / (34.0 * 33.0)) < 1e-12);

        // Same seed, same answer.
        const auto again = runCli({S("metrics"), m_sample, S("--json")});
        QCOMPARE(again.out, r.out);
    }

    void metricsOptions()
    {
        auto r = runCli({S("metrics"), m_sample, S("--json"), S("--metrics"), S("degree,component")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QJsonObject first = root.value(S("actors")).toArray().first().toObject();
        QVERIFY(first.contains(S("degree")));
        QVERIFY(first.contains(S("component")));
        QVERIFY(!first.contains(S("betweenness")));
        QVERIFY(!root.value(S("network")).toObject().contains(S("diameter")));

        r = runCli({S("metrics"), m_sample, S("--json"), S("--directed"), S("--weighted"),
                    S("--no-conflicts"), S("--metrics"), S("degree")});
        QCOMPARE(r.exitCode, 0);
        root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject options = root.value(S("network")).toObject().value(S("options")).toObject();
        QVERIFY(options.value(S("directed")).toBool());
        QVERIFY(options.value(S("weighted")).toBool());
        QVERIFY(!options.value(S("conflicts")).toBool());
        first = root.value(S("actors")).toArray().first().toObject();
        QVERIFY(first.contains(S("in_degree")));

        r = runCli({S("metrics"), m_sample, S("--metrics"), S("degree,pagerank")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(S("pagerank")));
        r = runCli({S("metrics"), m_sample, S("--resolution"), S("-1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(S("--resolution")));
        r = runCli({S("metrics"), m_sample, S("--seed"), S("abc")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({S("metrics"), tempPath(S("missing.maillage"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }

    // Exact unless --sample K: then the JSON says how many sources and the error bound, and
    // the table says the figures are estimates.
    void metricsSample()
    {
        auto r = runCli({S("metrics"), m_sample, S("--json"), S("--metrics"), S("betweenness")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject net = QJsonDocument::fromJson(r.out.toUtf8()).object().value(S("network")).toObject();
        QVERIFY(!net.contains(S("sampled_sources")));
        r = runCli({S("metrics"), m_sample, S("--json"), S("--metrics"), S("betweenness"),
                    S("--sample"), S("10")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        net = root.value(S("network")).toObject();
        QCOMPARE(net.value(S("sampled_sources")).toInt(), 10);
        QCOMPARE(net.value(S("betweenness_error_bound")).toDouble(),
                 analysis::betweennessErrorBound(34, 10));
        QCOMPARE(root.value(S("actors")).toArray().size(), 34);
        r = runCli({S("metrics"), m_sample, S("--sample"), S("10")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(S("Estimated from 10 of 34 actors")));
        // As many sources as actors: exact, nothing said.
        r = runCli({S("metrics"), m_sample, S("--json"), S("--sample"), S("34")});
        QCOMPARE(r.exitCode, 0);
        net = QJsonDocument::fromJson(r.out.toUtf8()).object().value(S("network")).toObject();
        QVERIFY(!net.contains(S("sampled_sources")));
        for (const QString &bad : {S("0"), S("-3"), S("many")}) {
            r = runCli({S("metrics"), m_sample, S("--sample"), bad});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(S("--sample")));
        }
    }

    void metricsTable()
    {
        const auto r = runCli({S("metrics"), m_sample});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY(r.out.contains(S("Modularity")));
        // Most central first: the SCIC and the town hall lead the sample.
        const int header = int(lines.indexOf(QRegularExpression(S("^Actor\\s+Category.*"))));
        QVERIFY(header > 0);
        QVERIFY(lines[header + 1].startsWith(S("Mairie de Mirecourt")) ||
                lines[header + 1].startsWith(S("SCIC")));
    }

    void path()
    {
        // Names are matched without case or accents.
        auto r = runCli({S("path"), m_sample, S("lucas didier"), S("SAMIA BELKACEM"), S("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(S("reachable")).toBool());
        const QJsonArray path = o.value(S("path")).toArray();
        QCOMPARE(path.first().toObject().value(S("name")).toString(), S("Lucas Didier"));
        QCOMPARE(path.last().toObject().value(S("name")).toString(), S("Samia Belkacem"));
        QCOMPARE(o.value(S("steps")).toInt(), path.size() - 1);
        QCOMPARE(o.value(S("intermediaries")).toArray().size(), path.size() - 2);
        QVERIFY(o.value(S("shortest_paths")).toDouble() >= 1);
        QVERIFY(path.size() >= 3);

        // Ids work too, and the text form lists the intermediaries.
        const qint64 from = path.first().toObject().value(S("id")).toInteger();
        const qint64 to = path.last().toObject().value(S("id")).toInteger();
        r = runCli({S("path"), m_sample, QString::number(from), QString::number(to)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(S("Lucas Didier → ")));
        QVERIFY(r.out.contains(S("Intermediaries: ")));

        r = runCli({S("path"), m_sample, S("Nobody Here"), S("Lucas Didier")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(S("Nobody Here")));
        r = runCli({S("path"), m_sample, S("Lucas Didier")});
        QCOMPARE(r.exitCode, 2);
    }

    void ambiguousName()
    {
        const QString file = tempPath(S("analysis-ambiguous.maillage"));
        QVERIFY(QFile::copy(m_sample, file));
        {
            Document doc;
            QVERIFY(doc.open(file));
            Actor twin;
            twin.name = S("Vosges Matin");
            twin.categoryId = doc.actors().first().categoryId;
            QVERIFY(doc.addActor(twin));
        }
        const auto r = runCli({S("path"), file, S("vosges matin"), S("Lucas Didier")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(S("ambiguous")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "tst_analysis_cli.moc"
