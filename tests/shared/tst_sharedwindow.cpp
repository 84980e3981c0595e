// The main window on a shared territory (docs/shared-territories.md, "In the window"): the
// File menu's entries, the address dialog and its territory list, publish and download from
// the window, the password prompt (no keyring in CI: asked each time, said once, never
// written anywhere), a viewer's read-only window, the members dialog for an owner and for
// the others, the status bar naming the author of others' edits, and the fault banner while
// the server is stopped. Needs a server (pg_virtualenv), as tst_shared.
#include "pgserver.h"
#include "uitestsupport.h"

#include "core/document/document.h"
#include "core/store/postgres.h"
#include "core/store/serversession.h"
#include "ui/mainwindow.h"
#include "ui/models/actortablemodel.h"
#include "ui/network/networkscene.h"
#include "ui/panels/actorlistpanel.h"
#include "ui/tracking/problemspanel.h"
#include "ui/tracking/trackingdocks.h"
#include "ui/shared/passwordkeeper.h"
#include "ui/shared/shareddialogs.h"
#include "ui/shared/sharedstatus.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QTimer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace maillage;
using maillage::test::action;
using maillage::test::shoot;
namespace pg = maillage::test::pg;


class TestSharedWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fileMenuEntries();
    void addressDialogListsTerritories();
    void publishAndDownloadFromTheWindow();
    void publishCancelledLeavesNothing();
    void passwordAskedAndNeverKept();
    void viewerWindowIsReadOnly();
    void membersDialogForOwnerAndOthers();
    void statusBarNamesTheAuthor();
    void faultBannerAndReconnection();

private:
    QString publish(const QString &stem) { return m_territories.publish(stem); }
    QString role(const QString &stem, postgres::Level level, const QString &addr,
                 const QString &password)
    {
        const QString r = stem + m_suffix;
        m_roles << r;
        QString error;
        if (!postgres::addMember(*SharedAddress::parse(addr), r, level, &error))
            qWarning("addMember: %s", qPrintable(error));
        pg::admin(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(r, password));
        return r;
    }
    QString m_suffix;
    pg::Territories m_territories;
    QStringList m_roles;
};

void TestSharedWindow::initTestCase()
{
    test::isolateSettings();
    // Pictures in another language: a .qm given by file (the strings not yet in the
    // resources' translations), loaded over the built-in ones.
    if (const QString qm = qEnvironmentVariable("MAILLAGE_SHOTS_QM"); !qm.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY2(translator->load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(translator);
    }
    MAILLAGE_PG_INIT_TEST_CASE("sharedwindow");
    m_territories.start();
    m_suffix = m_territories.suffix();
}

void TestSharedWindow::cleanupTestCase()
{
    m_territories.dropAll();
    for (const QString &r : std::as_const(m_roles))
        pg::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
}

void TestSharedWindow::fileMenuEntries()
{
    MainWindow w;
    QMenu *file = w.menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(file);
    QStringList names;
    for (QAction *a : file->actions())
        names << a->objectName();
    for (const char *name : {"openSharedAction", "publishAction", "downloadAction", "membersAction"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QCOMPARE(action(w, "openShared")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QVERIFY(action(w, "openShared")->text().endsWith(QStringLiteral("…")));
    // Nothing open: a shared territory can be opened or downloaded, not published.
    QVERIFY(action(w, "openShared")->isEnabled());
    QVERIFY(action(w, "download")->isEnabled());
    QVERIFY(!action(w, "publish")->isEnabled());
    QVERIFY(!action(w, "members")->isEnabled());
    // A file: publish it; no members.
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("menu"))));
    QVERIFY(action(w, "publish")->isEnabled());
    QVERIFY(!action(w, "members")->isEnabled());
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("sharedStatus"))->isVisibleTo(&w));
}

void TestSharedWindow::addressDialogListsTerritories()
{
    const QString addr = publish(QStringLiteral("listed"));
    QVERIFY(!addr.isEmpty());
    const QString server = addr.section(QLatin1Char('?'), 0, 0);
    SharedAddressDialog dialog(SharedAddressDialog::Purpose::Open, server);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(edit->placeholderText().contains(QStringLiteral("?territory=")));
    QVERIFY(!ok->isEnabled());  // no territory yet
    dialog.findChild<QPushButton *>(QStringLiteral("listTerritories"))->click();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("territoryList"));
    const auto found = list->findItems(QStringLiteral("listed") + m_suffix, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    list->setCurrentItem(found.first());
    QCOMPARE(dialog.address(), addr);
    QVERIFY(ok->isEnabled());
    dialog.resize(dialog.sizeHint());
    shoot(&dialog, QStringLiteral("open-shared"));
    // A wrong address: one line, and no Open.
    edit->setText(QStringLiteral("postgresql://h/db?territory=Bad-Name"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().contains(QLatin1Char('\n')));
    QVERIFY(error->text().contains(QStringLiteral("Bad-Name")));
    // The password prompt hides what is typed; the keyring box is off without a keyring.
    PasswordDialog password(QStringLiteral("postgresql://anne@carto.example.org/maillage?territory=mirecourt"),
                            QStringLiteral("password authentication failed for user \"anne\""), false);
    QCOMPARE(password.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->echoMode(), QLineEdit::Password);
    QVERIFY(!password.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isEnabled());
    QVERIFY(!password.remember());
    password.resize(password.sizeHint());
    shoot(&password, QStringLiteral("password"));
    SharedAddressDialog publishing(SharedAddressDialog::Purpose::Publish, server + QStringLiteral("?territory="));
    // The name still to type is not an error yet, and the server's list can be read.
    QVERIFY(publishing.findChild<QLabel *>(QStringLiteral("errorLabel"))->isHidden());
    QVERIFY(publishing.findChild<QPushButton *>(QStringLiteral("listTerritories"))->isEnabled());
    publishing.resize(publishing.sizeHint());
    shoot(&publishing, QStringLiteral("publish"));
    // A server that cannot be reached: the list says why in one line.
    edit->setText(QStringLiteral("postgresql://127.0.0.1:1/db"));
    dialog.findChild<QPushButton *>(QStringLiteral("listTerritories"))->click();
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QStringLiteral("127.0.0.1")));
}

void TestSharedWindow::publishAndDownloadFromTheWindow()
{
    MainWindow w;
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("topublish"))));
    const int actors = w.document()->actors().size();
    const QString t = m_territories.adopt(QStringLiteral("windowpub"));
    QVERIFY(w.publishTo(pg::address(t)));
    QVERIFY(w.recentFiles().contains(pg::address(t)));
    // Published once: a second time is refused in one line, nothing changed.
    Store shared;
    QString error;
    QVERIFY2(shared.open(pg::address(t), Store::Access::ReadOnly, &error), qPrintable(error));
    QCOMPARE(shared.count(QStringLiteral("actor")), actors);
    shared.close();
    // Download it from the window opened on it.
    QVERIFY(w.openFile(pg::address(t)));
    QVERIFY(w.document()->store().isShared());
    QVERIFY(!action(w, "publish")->isEnabled());
    QVERIFY(action(w, "download")->isEnabled());
    const QString copy = test::tempPath(t + QStringLiteral(".maillage"));
    QVERIFY(w.downloadTo(copy));
    Store file;
    QVERIFY2(file.open(copy, Store::Access::ReadOnly, &error), qPrintable(error));
    QCOMPARE(file.count(QStringLiteral("actor")), actors);
    // The window shows where it is, the level and the encryption as the server says.
    auto *status = w.findChild<QLabel *>(QStringLiteral("sharedStatus"));
    QVERIFY(status->isVisibleTo(&w));
    QVERIFY(status->text().contains(t));
    QVERIFY(status->text().contains(QStringLiteral("Owner")));
    const auto encrypted = postgres::connectionEncrypted(w.document()->store(), &error);
    QVERIFY2(encrypted, qPrintable(error));
    QVERIFY(status->text().endsWith(*encrypted ? QStringLiteral("· encrypted") : QStringLiteral("· not encrypted")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("territory=") + t));
}

void TestSharedWindow::publishCancelledLeavesNothing()
{
    // A territory large enough for publishing to last (seconds), so that Cancel is clicked
    // while the server is writing it.
    const QString file = test::freshSample(QStringLiteral("tocancel"));
    const auto imported =
        test::runCli(QStringList{QStringLiteral("import"), file} + test::writeImportFiles(QStringLiteral("tocancel") + m_suffix, 6000),
                     300000);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    MainWindow w;
    QVERIFY(w.openFile(file));
    const QString t = m_territories.adopt(QStringLiteral("cancelled"));
    // Cancel is clicked once the busy bar shows and the publishing session is at work on the
    // server (its application name is maillage-publish-…).
    bool clicked = false;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &w, [&] {
        auto *progress = w.findChild<QProgressDialog *>(QStringLiteral("serverJobProgress"));
        if (clicked || !progress || !progress->isVisible())
            return;
        QSqlQuery q(QSqlDatabase::database(pg::adminConnection()));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name "
                                   "LIKE 'maillage-publish-%' AND state = 'active'")) ||
            !q.next() || q.value(0).toInt() == 0)
            return;
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        shoot(progress, QStringLiteral("publish-cancel"));
        cancel->click();
        clicked = true;
    });
    poll.start();
    QElapsedTimer clock;
    clock.start();
    const bool published = w.publishTo(pg::address(t));
    poll.stop();
    qInfo("publishing ran %lld ms", clock.elapsed());
    QVERIFY2(clicked, "publishing ended before Cancel could be clicked");
    QVERIFY(!published);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    // Nothing of it is left on the server: no schema, no views, no group roles; the file is
    // still open in the window, and it can be published there afterwards.
    QSqlQuery q(QSqlDatabase::database(pg::adminConnection()));
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM pg_namespace WHERE nspname LIKE 't\\_%1%%'), "
                                  "(SELECT count(*) FROM pg_roles WHERE rolname LIKE 'maillage\\_%1\\_%%')")
                       .arg(t)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 0);
    QVERIFY(!w.document()->store().isShared());
    QCOMPARE(w.document()->path(), file);
}

void TestSharedWindow::passwordAskedAndNeverKept()
{
    const QString addr = publish(QStringLiteral("password"));
    const QString secret = QStringLiteral("Sésame-%1").arg(m_suffix);
    const QString anne = role(QStringLiteral("anne"), postgres::Level::Editor, addr, secret);
    // The superuser's PGPASSWORD is not Anne's: the server asks.
    const QByteArray saved = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] { qputenv("PGPASSWORD", saved); });
    MainWindow w;
    QStringList reasons;
    int asked = 0;
    w.passwordPrompt = [&](const QString &display, const QString &why, bool *remember) {
        ++asked;
        reasons << why;
        if (display.contains(secret))
            return std::optional<QString>();
        *remember = true;  // asks for the keyring, which CI does not have
        return std::optional<QString>(asked == 1 ? QStringLiteral("wrong") : secret);
    };
    const QString anneAddr = pg::address(QStringLiteral("password") + m_suffix, anne);
    QVERIFY(w.openShared(anneAddr));
    QCOMPARE(asked, 2);  // a wrong password is asked again, saying so
    QVERIFY(reasons.at(1).contains(QStringLiteral("refused")));
    QCOMPARE(w.sharedLevel(), std::optional(postgres::Level::Editor));
    QVERIFY(!w.document()->isReadOnly());
    // The password is nowhere: title, status bar, path, recent files, settings.
    QVERIFY(!w.windowTitle().contains(secret));
    QVERIFY(!w.document()->path().contains(secret));
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("sharedStatus"))->text().contains(secret));
    QSettings settings;
    settings.sync();
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    QVERIFY(stored.contains(anne.toUtf8()));
    QVERIFY(!stored.contains(secret.toUtf8()));
    QVERIFY(!w.recentFiles().join(QLatin1Char(' ')).contains(secret));
    if (!w.passwords().available()) {
        // No keyring here: said once (the first prompt), then never again.
        QVERIFY(reasons.at(0).contains(QStringLiteral("keyring")));
        QVERIFY(!reasons.at(1).contains(QStringLiteral("keyring")));
        QVERIFY(w.passwords().unavailableNote().isEmpty());
    }
}

void TestSharedWindow::viewerWindowIsReadOnly()
{
    const QString addr = publish(QStringLiteral("viewer"));
    const QString paul = role(QStringLiteral("paul"), postgres::Level::Viewer, addr,
                              QStringLiteral("pw-paul"));
    MainWindow w;
    QVERIFY(w.openShared(pg::address(QStringLiteral("viewer") + m_suffix, paul, QStringLiteral("pw-paul"))));
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    shoot(&w, QStringLiteral("viewer-window"));
    QCOMPARE(w.sharedLevel(), std::optional(postgres::Level::Viewer));
    QVERIFY(w.document()->isReadOnly());
    for (const char *name : {"addActor", "addLink", "delete", "rename", "import", "layoutForce"})
        QVERIFY2(!action(w, name)->isEnabled(), name);
    auto *banner = w.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisibleTo(&w));
    QVERIFY(banner->text().contains(QStringLiteral("shared territory")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("[read-only]")));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("sharedStatus"))->text().contains(QStringLiteral("Viewer")));
    QVERIFY(!w.windowTitle().contains(QStringLiteral("pw-paul")));
    // Members: read-only for a viewer, said in one line.
    MembersDialog *members = w.membersDialog(false);
    QVERIFY(members);
    QVERIFY(!members->findChild<QPushButton *>(QStringLiteral("addMember"))->isEnabled());
    QVERIFY(!members->findChild<QLineEdit *>(QStringLiteral("roleEdit"))->isEnabled());
    QVERIFY(members->findChild<QLabel *>(QStringLiteral("membersNote"))->text().contains(QStringLiteral("Only an owner")));
    QVERIFY(members->findChild<QTableWidget *>(QStringLiteral("membersTable"))->rowCount() >= 1);
    members->resize(members->sizeHint());
    shoot(members, QStringLiteral("members-viewer"));
    delete members;
}

void TestSharedWindow::membersDialogForOwnerAndOthers()
{
    const QString addr = publish(QStringLiteral("members"));
    const QString bob = QStringLiteral("bob") + m_suffix;
    m_roles << bob;
    QString error;
    MembersDialog dialog(*SharedAddress::parse(addr), true);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("membersTable"));
    const int before = table->rowCount();
    dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"))->setText(bob);
    auto *level = dialog.findChild<QComboBox *>(QStringLiteral("levelBox"));
    level->setCurrentIndex(level->findData(int(postgres::Level::Viewer)));
    dialog.findChild<QPushButton *>(QStringLiteral("addMember"))->click();
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(table->rowCount(), before + 1);
    const auto rows = table->findItems(bob, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(table->item(rows.first()->row(), 1)->text(), levelText(postgres::Level::Viewer));
    dialog.resize(dialog.sizeHint());
    shoot(&dialog, QStringLiteral("members-owner"));
    // A role name that cannot be one: one line, nothing changed.
    dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"))->setText(QStringLiteral("Robert'); DROP"));
    dialog.findChild<QPushButton *>(QStringLiteral("addMember"))->click();
    QVERIFY(!dialog.lastError().isEmpty());
    QVERIFY(!dialog.lastError().contains(QLatin1Char('\n')));
    QCOMPARE(table->rowCount(), before + 1);
    // Remove Bob.
    table->selectRow(table->findItems(bob, Qt::MatchExactly).first()->row());
    dialog.findChild<QPushButton *>(QStringLiteral("removeMember"))->click();
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(table->rowCount(), before);
    QCOMPARE(postgres::members(*SharedAddress::parse(addr), &error)->size(), before);
}

void TestSharedWindow::statusBarNamesTheAuthor()
{
    const QString addr = publish(QStringLiteral("author"));
    const QString anne = role(QStringLiteral("anne2"), postgres::Level::Editor, addr, QStringLiteral("pw-anne"));
    MainWindow w;
    QVERIFY(w.openShared(addr));
    Document other;
    QString error;
    QVERIFY2(other.open(pg::address(QStringLiteral("author") + m_suffix, anne, QStringLiteral("pw-anne")),
                        Store::Access::ReadWrite, &error), qPrintable(error));
    const Actor actor = other.actors().first();
    QVERIFY(other.renameActor(actor.id, QStringLiteral("Mairie renommée"), &error));
    QTRY_VERIFY_WITH_TIMEOUT(!w.lastOthersEdit().isEmpty(), 5000);
    QCOMPARE(w.lastOthersEdit(), QStringLiteral("%1 renamed “Mairie renommée”").arg(anne));
    QCOMPARE(w.statusBar()->currentMessage(), w.lastOthersEdit());
    // The views follow: the map's label and the actor list.
    QTRY_COMPARE(w.networkScene()->item(actor.id)->label(), QStringLiteral("Mairie renommée"));
    auto *model = w.actorList()->model();
    bool listed = false;
    for (int r = 0; r < model->rowCount(); ++r)
        listed = listed || model->index(r, 0).data().toString() == QStringLiteral("Mairie renommée");
    QVERIFY(listed);
    // An addition and a deletion are named too.
    Actor added;
    added.name = QStringLiteral("Nouvelle association");
    const auto id = other.addActor(added, {}, &error);
    QVERIFY2(id, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(w.lastOthersEdit(), QStringLiteral("%1 added “Nouvelle association”").arg(anne), 5000);
    QTRY_VERIFY(w.networkScene()->item(*id));
    QVERIFY(other.removeActors({*id}, &error));
    // (English plurals come from maillage_en.ts, not loaded here: the count's words are not compared.)
    QTRY_VERIFY_WITH_TIMEOUT(w.lastOthersEdit().startsWith(anne + QStringLiteral(" deleted 1 actor")), 5000);
    QTRY_VERIFY(!w.networkScene()->item(*id));
    // The follow-up panels follow too: a problem Anne raises appears in the problems table.
    w.showSection(QStringLiteral("problems"));
    const QString stamp = QStringLiteral("2026-01-01T00:00:00");
    QVERIFY2(other.addRow(QStringLiteral("problem"),
                          {{QStringLiteral("title"), QStringLiteral("Inondations du quartier")},
                           {QStringLiteral("created_at"), stamp},
                           {QStringLiteral("updated_at"), stamp}},
                          QStringLiteral("Add problem"), &error),
             qPrintable(error));
    QTreeWidget *problems = w.tracking()->problems()->table();
    QTRY_VERIFY_WITH_TIMEOUT(!problems->findItems(QStringLiteral("Inondations du quartier"),
                                                  Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty() ||
                                 !problems->findItems(QStringLiteral("Inondations du quartier"),
                                                      Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty(),
                             5000);
}

void TestSharedWindow::faultBannerAndReconnection()
{
    const QString addr = publish(QStringLiteral("banner"));
    MainWindow w;
    w.document()->setConnectionTiming(100, {100, 200, 400});
    QVERIFY(w.openShared(addr));
    auto *banner = w.findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(!banner->isVisibleTo(&w));
    QVERIFY(action(w, "addActor")->isEnabled());
    QString error;
    QVERIFY2(pg::control(QStringLiteral("stop"), &error), qPrintable(error));
    const auto restart = qScopeGuard([] { pg::ensureRunning(); });  // even when a check fails
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(&w), 5000);
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    shoot(&w, QStringLiteral("offline-window"));
    QVERIFY(banner->text().contains(QStringLiteral("read-only")));
    QVERIFY(!action(w, "addActor")->isEnabled());
    QVERIFY(!action(w, "undo")->isEnabled());
    QVERIFY(!action(w, "members")->isEnabled());
    QVERIFY(w.windowTitle().contains(QStringLiteral("[offline]")));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("sharedStatus"))->text().contains(QStringLiteral("offline")));
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisibleTo(&w));
    // An edit asked for anyway is refused and not pushed.
    const int steps = w.document()->undoStack()->count();
    QCOMPARE(w.addActor(QStringLiteral("Pendant la panne")), 0);
    QCOMPARE(w.document()->undoStack()->count(), steps);
    QVERIFY2(pg::control(QStringLiteral("start"), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisibleTo(&w), 20000);
    QVERIFY(action(w, "addActor")->isEnabled());
    QVERIFY(!w.windowTitle().contains(QStringLiteral("[offline]")));
    QVERIFY(w.addActor(QStringLiteral("Après la panne")) > 0);
}

QTEST_MAIN(TestSharedWindow)
#include "tst_sharedwindow.moc"
