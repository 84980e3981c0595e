#include "core/io/csv.h"

#include <QBuffer>
#include <QTest>

using namespace maillage::io;

namespace {

struct Parsed
{
    QStringList header;
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error;
    char separator = 0;
    CsvEncoding encoding = CsvEncoding::Auto;
};

Parsed parse(const QByteArray &bytes, CsvOptions options = {})
{
    QBuffer b;
    b.setData(bytes);
    b.open(QIODevice::ReadOnly);
    CsvReader r(&b, QStringLiteral("in.csv"), options);
    Parsed p;
    if (r.readHeader()) {
        p.header = r.header();
        QStringList f;
        while (r.next(f)) {
            p.rows << f;
            p.lines << r.line();
        }
    }
    p.error = r.error();
    p.separator = r.separator();
    p.encoding = r.encoding();
    return p;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    /// Values repeated in a column share one string; every value still reads back exactly,
    /// in columns that repeat, that never repeat (past the point where the reader stops
    /// looking at them) and that mix both, with values of every length.
    void repeatedValuesReadExactly()
    {
        QByteArray text("id,category,mixed,long\n");
        QList<QStringList> expected;
        const char *const categories[] = {"Association", "Company", "Media", "", "Institution"};
        for (int i = 0; i < 3000; ++i) {
            const QString category = QLatin1String(categories[i % 5]);
            const QString mixed = i % 3 ? QString::number(i % 7) : QString::number(i);
            const QString longer = QString(QLatin1Char('a' + i % 26)).repeated(30 + i % 20);
            expected << QStringList{QString::number(i), category, mixed, longer};
            text += expected.last().join(QLatin1Char(',')).toLatin1() + '\n';
        }
        const Parsed p = parse(text);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(p.rows.at(i), expected.at(i));
    }

    void separators_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("separator");
        QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << ',';
        QTest::newRow("semicolon") << QByteArray("a;b\n1;2\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
        QTest::newRow("semicolon with commas in quotes")
            << QByteArray("\"x,y\";b\n1;2\n") << ';';
        QTest::newRow("excel sep line") << QByteArray("sep=;\na;b\n1;2\n") << ';';
    }
    void separators()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, separator);
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.separator, separator);
        QCOMPARE(p.header.size(), 2);
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.rows.first(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }

    void quotedFieldsAndLineNumbers()
    {
        const Parsed p = parse("a,b\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\n\r\nlast,\"\"\r\n");
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows.at(0).at(0), QStringLiteral("x\r\ny"));
        QCOMPARE(p.rows.at(0).at(1), QStringLiteral("say \"hi\""));
        QCOMPARE(p.lines.at(0), 2);
        QCOMPARE(p.lines.at(1), 5);  // blank line 4 skipped
        QCOMPARE(p.rows.at(1).at(1), QString());
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8") << QByteArray("n\nCaf\xc3\xa9\n") << QStringLiteral("Café")
                               << int(CsvEncoding::Utf8);
        QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbfn\n\xc5\x92uvre\n")
                                   << QStringLiteral("Œuvre") << int(CsvEncoding::Utf8);
        QTest::newRow("cp1252") << QByteArray("n\nL\x92\xe9t\xe9 \x80\n")
                                << QStringLiteral("L’été €") << int(CsvEncoding::Windows1252);
        QTest::newRow("ascii") << QByteArray("n\nplain\n") << QStringLiteral("plain")
                               << int(CsvEncoding::Auto);
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, value);
        QFETCH(int, encoding);
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.header, QStringList{QStringLiteral("n")});
        QCOMPARE(p.rows.first().first(), value);
        QCOMPARE(int(p.encoding), encoding);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("in.csv: is empty");
        QTest::newRow("blank lines only") << QByteArray("\n\r\n") << QStringLiteral("is empty");
        QTest::newRow("ragged") << QByteArray("a,b\n1,2\n1,2,3\n")
                                << QStringLiteral("in.csv, line 3: this row has 3 values but the header has 2 columns");
        QTest::newRow("short row") << QByteArray("a,b\n1\n") << QStringLiteral("line 2: this row has 1 values");
        QTest::newRow("unterminated") << QByteArray("a,b\n1,2\n3,\"open\n\n")
                                      << QStringLiteral("line 3: unterminated quoted field");
        QTest::newRow("text after quote") << QByteArray("a,b\n\"1\"x,2\n")
                                          << QStringLiteral("line 2: unexpected text");
        QTest::newRow("mixed encodings") << QByteArray("a\n\xc3\xa9\n\xe9\n")
                                         << QStringLiteral("line 3: is not valid UTF-8");
        QTest::newRow("bom then latin-1") << QByteArray("\xef\xbb\xbf" "a\n\xe9\n")
                                          << QStringLiteral("line 2: is not valid UTF-8");
        QTest::newRow("utf-16") << QByteArray("\xff\xfe" "a\0\n\0", 6)
                                << QStringLiteral("UTF-16");
        QTest::newRow("nul byte") << QByteArray("a,b\n1,\0\n", 8) << QStringLiteral("NUL byte");
        QTest::newRow("header without names") << QByteArray(",,\n1,2,3\n")
                                              << QStringLiteral("line 1: the header line");
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.contains(message), qPrintable(p.error));
    }

    void hugeField()
    {
        CsvOptions o;
        o.maxFieldBytes = 1000;
        QByteArray big = "a,b\n1,2\n3,\"" + QByteArray(5000, 'x') + "\"\n";
        Parsed p = parse(big, o);
        QVERIFY2(p.error.contains(QStringLiteral("line 3: a quoted field opened here is longer")),
                 qPrintable(p.error));
        big = "a,b\n1," + QByteArray(5000, 'y') + "\n";
        p = parse(big, o);
        QVERIFY2(p.error.contains(QStringLiteral("line 2: a field is longer than 1000")),
                 qPrintable(p.error));
    }

    void streamsAcrossBuffers()
    {
        // Records straddle the reader's 1 MiB buffer boundary, with quotes and CRLF.
        QByteArray bytes = "id,text\r\n";
        const int n = 60000;
        for (int i = 0; i < n; ++i)
            bytes += QByteArray::number(i) + ",\"line " + QByteArray::number(i) +
                     " \"\"q\"\"\r\nsecond\"\r\n";
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), n);
        QCOMPARE(p.rows.last().at(1), QStringLiteral("line %1 \"q\"\r\nsecond").arg(n - 1));
        QCOMPARE(p.lines.last(), 2 + 2 * qint64(n - 1));
    }

    void fieldWriter()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"x\"\n")), QByteArray("\"say \"\"x\"\"\n\""));
        QCOMPARE(columnKey(QStringLiteral("\uFEFF Nom de l’élu ")), QStringLiteral("nom de l'élu"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
