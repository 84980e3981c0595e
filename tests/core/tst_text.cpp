#include "core/util/i18n.h"
#include "core/util/text.h"

#include <QtTest>

using namespace maillage;

class TestText : public QObject
{
    Q_OBJECT
private slots:
    // "%n …(s)" messages read as real plurals in both languages (English has a plural-only
    // translation file; French uses 1 in the singular, like 0).
    void plurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 meeting");
        QTest::newRow("en 3") << QStringLiteral("en") << 3 << QStringLiteral("3 meetings");
        QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("1 réunion");
        QTest::newRow("fr 3") << QStringLiteral("fr") << 3 << QStringLiteral("3 réunions");
        // Counts are written as the language writes numbers (%Ln).
        QTest::newRow("en 12000") << QStringLiteral("en") << 12000 << QStringLiteral("12,000 meetings");
        QTest::newRow("fr 12000") << QStringLiteral("fr") << 12000
                                  << QLocale(QLocale::French).toString(12000) + QStringLiteral(" réunions");
    }
    void plurals()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        maillage::i18n::install(language);
        QCOMPARE(QCoreApplication::translate("maillage::MeetingsPanel", "%Ln meeting(s)", nullptr,
                                             count),
                 expected);
        maillage::i18n::install(QStringLiteral("en"));
    }

    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accent") << QStringLiteral("École") << QStringLiteral("ecole");
        QTest::newRow("ligature") << QStringLiteral("Mercœur") << QStringLiteral("mercoeur");
        QTest::newRow("capital ligature") << QStringLiteral("ŒUVRE") << QStringLiteral("oeuvre");
        QTest::newRow("apostrophe") << QStringLiteral("L’UtopiC") << QStringLiteral("l'utopic");
        QTest::newRow("spaces") << QStringLiteral("  La   Bouée ") << QStringLiteral("la bouee");
        QTest::newRow("cedilla") << QStringLiteral("Français") << QStringLiteral("francais");
        QTest::newRow("middle dot") << QStringLiteral("Élu·e") << QStringLiteral("elu.e");
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(text::fold(input), expected);
    }
    void nearDuplicate_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("expected");
        QTest::newRow("case") << QStringLiteral("Mairie de Mirecourt")
                              << QStringLiteral("mairie de mirecourt") << true;
        QTest::newRow("typo") << QStringLiteral("Mairie de Mirecourt")
                              << QStringLiteral("Mairie de Mirecour") << true;
        QTest::newRow("accents") << QStringLiteral("Café L’UtopiC") << QStringLiteral("cafe l'utopic")
                                 << true;
        QTest::newRow("different") << QStringLiteral("La Bouée") << QStringLiteral("La vie ensemble")
                                   << false;
        QTest::newRow("short names differ") << QStringLiteral("CAF") << QStringLiteral("CCI")
                                            << false;
    }
    void nearDuplicate()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, expected);
        QCOMPARE(text::nearDuplicate(a, b), expected);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
