// Edit › History on a shared territory (ui/history; the file's cases are in
// tests/ui/tst_historypanel.cpp): another member's edit listed with their role and the status
// bar's phrase, which cannot be undone from here; the window's own steps under the role the
// others see; an undo back to an own step that someone else changed since, refused as stale
// and said so. Needs a server (pg_virtualenv), as tst_sharedwindow.
#include "pgserver.h"
#include "uitestsupport.h"

#include "core/document/document.h"
#include "core/store/postgres.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/network/networkscene.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace maillage;
using maillage::test::shoot;
namespace pg = maillage::test::pg;

class TestHistoryShared : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void othersEditListed();
    void staleUndoRefused();

private:
    QString publish(const QString &stem)
    {
        const QString t = stem + m_suffix;
        m_territories << t;
        QString error;
        const QString a = pg::publishSample(t, &error);
        if (a.isEmpty())
            qWarning("publish: %s", qPrintable(error));
        return a;
    }
    QString role(const QString &stem, const QString &addr)
    {
        const QString r = stem + m_suffix;
        m_roles << r;
        QString error;
        if (!postgres::addMember(*SharedAddress::parse(addr), r, postgres::Level::Editor, &error))
            qWarning("addMember: %s", qPrintable(error));
        pg::admin(QStringLiteral("ALTER ROLE %1 PASSWORD 'pw-%1'").arg(r));
        return r;
    }
    bool openAs(Document &doc, const QString &stem, const QString &r)
    {
        QString error;
        if (!doc.open(pg::address(stem + m_suffix, r, QStringLiteral("pw-") + r),
                      Store::Access::ReadWrite, &error)) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        return true;
    }
    QString m_suffix;
    QStringList m_territories, m_roles;
};

void TestHistoryShared::initTestCase()
{
    test::isolateSettings();
    // Pictures in another language: a .qm given by file, loaded over the built-in ones.
    if (const QString qm = qEnvironmentVariable("MAILLAGE_SHOTS_QM"); !qm.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY2(translator->load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(translator);
    }
    MAILLAGE_PG_INIT_TEST_CASE("historyshared");
    m_suffix = pg::uniqueSuffix();
}

void TestHistoryShared::cleanupTestCase()
{
    for (const QString &t : std::as_const(m_territories))
        pg::dropTerritory(t);
    for (const QString &r : std::as_const(m_roles))
        pg::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
}

void TestHistoryShared::othersEditListed()
{
    const QString addr = publish(QStringLiteral("histothers"));
    QVERIFY(!addr.isEmpty());
    const QString anne = role(QStringLiteral("hanne"), addr);
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openShared(addr));
    w.showHistory();
    HistoryPanel *panel = w.historyPanel();
    const HistoryModel *m = panel->model();
    QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("the others")));
    Document other;
    QVERIFY(openAs(other, QStringLiteral("histothers"), anne));
    QString error;
    QVERIFY2(other.followOthers(&error), qPrintable(error));
    const Actor actor = other.actors().first();
    QVERIFY2(other.renameActor(actor.id, QStringLiteral("Mairie renommée"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 1, 5000);
    // Their role, and the status bar's very phrase.
    QCOMPARE(m->index(0, HistoryModel::AuthorColumn).data().toString(), anne);
    QCOMPARE(m->index(0, HistoryModel::TextColumn).data().toString(), w.lastOthersEdit());
    QCOMPARE(w.lastOthersEdit(), QStringLiteral("%1 renamed “Mairie renommée”").arg(anne));
    QVERIFY(!m->entry(0).own);
    // Not undoable from here, and the tooltip says why.
    const QString tip = m->index(0, HistoryModel::TextColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(anne) && tip.contains(QStringLiteral("cannot undo")), qPrintable(tip));
    panel->view()->setCurrentIndex(m->index(0, 0));
    QVERIFY(!panel->goToButton()->isEnabled());
    QVERIFY(panel->goToButton()->toolTip().contains(QStringLiteral("only its author")));
    QVERIFY(!panel->goTo(0));
    QCOMPARE(w.document()->actor(actor.id)->name, QStringLiteral("Mairie renommée"));
    // Enter on it selects the actor on the map.
    QTest::keyClick(panel->view(), Qt::Key_Return);
    QCOMPARE(w.networkScene()->selectedActors(), QList<qint64>{actor.id});

    // The window's own step, under the role the others are told.
    QSignalSpy heard(&other, &Document::editedByOthers);
    const qint64 second = other.actors().at(1).id;
    QVERIFY2(w.document()->renameActor(second, QStringLiteral("Renommé ici"), &error), qPrintable(error));
    QCOMPARE(m->rowCount(), 2);
    QVERIFY(m->entry(0).own);
    QVERIFY(heard.wait(5000));
    QCOMPARE(m->index(0, HistoryModel::AuthorColumn).data().toString(), heard.first().at(0).toString());
    shoot(&w, QStringLiteral("history-shared"));
}

void TestHistoryShared::staleUndoRefused()
{
    const QString addr = publish(QStringLiteral("histstale"));
    QVERIFY(!addr.isEmpty());
    const QString anne = role(QStringLiteral("hstale"), addr);
    MainWindow w;
    QVERIFY(w.openShared(addr));
    const QList<Actor> actors = w.document()->actors();
    QString error;
    // Two own steps; Anne then reads the territory and renames the actor of the older one.
    QVERIFY2(w.document()->renameActor(actors.at(0).id, QStringLiteral("Premier"), &error), qPrintable(error));
    QVERIFY2(w.document()->renameActor(actors.at(1).id, QStringLiteral("Second"), &error), qPrintable(error));
    Document other;
    QVERIFY(openAs(other, QStringLiteral("histstale"), anne));
    QVERIFY2(other.renameActor(actors.at(0).id, QStringLiteral("Par Anne"), &error), qPrintable(error));
    HistoryPanel *panel = w.historyPanel();
    const HistoryModel *m = panel->model();
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 3, 5000);
    QVERIFY(!m->entry(0).own);
    // Undo back to the older own step (row 2): the newer one is undone, the older refused,
    // with the window's message as for Undo, and the line under the buttons.
    panel->view()->setCurrentIndex(m->index(2, 0));
    QVERIFY(panel->goToButton()->isEnabled());
    QString told;
    test::whenModal([&told](QWidget *box) {
        if (auto *b = qobject_cast<QMessageBox *>(box)) {
            told = b->text();
            b->accept();
        }
    });
    QVERIFY(!panel->goTo(2));
    QVERIFY2(told.startsWith(QStringLiteral("Not undone: ") + anne), qPrintable(told));
    QVERIFY2(panel->messageLabel()->text().startsWith(QStringLiteral("Stopped: Not undone: ") + anne),
             qPrintable(panel->messageLabel()->text()));
    QCOMPARE(w.document()->actor(actors.at(0).id)->name, QStringLiteral("Par Anne"));
    QCOMPARE(w.document()->actor(actors.at(1).id)->name, actors.at(1).name);
    // The newer step is undone (greyed); the refused one left the undo history, still done.
    QVERIFY(m->entry(1).undone);
    QVERIFY(m->index(1, HistoryModel::TextColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(m->entry(2).gone, HistoryEntry::Gone::Refused);
    QVERIFY(!m->entry(2).undone);
    QVERIFY(m->index(2, HistoryModel::TextColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("can no longer be undone")));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    panel->view()->setCurrentIndex(m->index(2, 0));
    QVERIFY(!panel->goToButton()->isEnabled());
    // The newer step comes back with a redo up to it.
    panel->view()->setCurrentIndex(m->index(1, 0));
    QVERIFY(panel->goTo(1));
    QVERIFY(!m->entry(1).undone);
    QCOMPARE(w.document()->actor(actors.at(1).id)->name, QStringLiteral("Second"));
}

QTEST_MAIN(TestHistoryShared)
#include "tst_historyshared.moc"
