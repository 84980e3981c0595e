// Problems, actions with indicators, meetings, cross-highlighting, diagnostics and the
// quality-of-life overview, driven through their panels as a user would.
#include "core/diagnostics/diagnostics.h"
#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/io/sample.h"
#include "testsupport.h"
#include "ui/tracking/actionspanel.h"
#include "ui/tracking/actoractivitywidget.h"
#include "ui/tracking/diagnosticspanel.h"
#include "ui/tracking/indicatorchart.h"
#include "ui/tracking/indicatoreditor.h"
#include "ui/tracking/meetingspanel.h"
#include "ui/tracking/overviewpanel.h"
#include "ui/tracking/problemspanel.h"
#include "ui/tracking/recordlist.h"
#include "ui/tracking/relationeditor.h"
#include "ui/tracking/trackingcommon.h"
#include "ui/tracking/trackingdocks.h"
#include "uitestsupport.h"
#include "core/util/i18n.h"
#include "ui/widgets/optionaldateedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>

using namespace maillage;
using tracking::RelationEditor;

namespace {
#define K(x) QStringLiteral(x)

/// Picks `index` in a combo box as a user would (the panels listen to activated()).
void choose(QComboBox *box, int index)
{
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

/// Types `text` into a line edit and leaves it (editingFinished).
void type(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    emit edit->editingFinished();
}

qint64 idByName(Document &doc, const QString &name)
{
    for (const Actor &a : doc.actors())
        if (a.name == name)
            return a.id;
    return 0;
}

qint64 idOf(Document &doc, const QString &table, const QString &column, const QString &value)
{
    for (const Row &r : doc.store().rows(table))
        if (r.value(column).toString() == value)
            return r.value(K("id")).toLongLong();
    return 0;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const std::function<bool(QTreeWidgetItem *)> &pred)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        if (pred(top))
            return top;
        for (int j = 0; j < top->childCount(); ++j)
            if (pred(top->child(j)))
                return top->child(j);
    }
    return nullptr;
}
} // namespace

class TestTracking : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString freshPath(const QString &stem)
    {
        const QString p = test::tempPath(QStringLiteral("%1-%2.maillage").arg(stem).arg(++counter));
        QFile::remove(p);
        return p;
    }
    void openSample(Document &doc)
    {
        const QString p = freshPath(K("sample"));
        QString error;
        QVERIFY2(writeSample(p, &error), qPrintable(error));
        QVERIFY2(doc.open(p, Store::Access::ReadWrite, &error), qPrintable(error));
    }
    void openEmpty(Document &doc)
    {
        QString error;
        QVERIFY2(doc.create(freshPath(K("empty")), K("Vide"), &error), qPrintable(error));
    }

private slots:
    void initTestCase() { test::isolateSettings(); }
    void cleanup() { i18n::install(K("en")); }

    void problemThroughItsEditor()
    {
        Document doc;
        openSample(doc);
        ProblemsPanel panel(&doc);
        panel.show();
        const int before = int(doc.store().count(K("problem")));
        const qint64 id = panel.addProblem(K("Stationnement en centre-ville"));
        QVERIFY(id > 0);
        QCOMPARE(doc.store().count(K("problem")), before + 1);
        QCOMPARE(panel.currentProblem(), id);
        ProblemEditor *editor = panel.editor();
        QCOMPARE(editor->problemId(), id);
        QCOMPARE(editor->titleEdit()->text(), K("Stationnement en centre-ville"));

        const qint64 mobility = idOf(doc, K("theme"), K("code"), K("mobility"));
        auto *theme = editor->findChild<QComboBox *>(K("problemTheme"));
        choose(theme, theme->findData(mobility));
        auto *status = editor->findChild<QComboBox *>(K("problemStatus"));
        choose(status, status->findData(K("qualified")));
        auto *scale = editor->findChild<QComboBox *>(K("problemScale"));
        choose(scale, scale->findData(K("territory")));
        auto *severity = editor->findChild<QSpinBox *>(K("problemSeverity"));
        severity->setValue(5);
        type(editor->titleEdit(), K("Stationnement saturé"));

        // An actor who can act, added through the picker and the role box.
        const qint64 mairie = idByName(doc, K("Mairie de Mirecourt"));
        QVERIFY(mairie);
        RelationEditor *actors = editor->actorsEditor();
        actors->picker()->setCurrentId(mairie);
        actors->roleBox()->setCurrentIndex(actors->roleBox()->findData(K("can_act")));
        actors->addButton()->click();

        const Problem p = *Repository<Problem>(doc.store()).get(id);
        QCOMPARE(p.title, K("Stationnement saturé"));
        QCOMPARE(p.themeId, mobility);
        QCOMPARE(p.status, K("qualified"));
        QCOMPARE(p.scale, K("territory"));
        QCOMPARE(p.severity, 5);
        const auto roles = Relations(doc.store()).problemActors(id);
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().first, mairie);
        QCOMPARE(roles.first().second, K("can_act"));
        QCOMPARE(actors->list()->topLevelItemCount(), 1);
        QCOMPARE(actors->list()->topLevelItem(0)->text(1), labels::problemRole(K("can_act")));

        // The table shows it with its theme; filters hide and show it.
        QTRY_VERIFY(findItem(panel.table(), [id](QTreeWidgetItem *i) {
            return i->data(0, Qt::UserRole).toLongLong() == id && i->text(0) == K("Stationnement saturé");
        }));
        auto *severityFilter = panel.findChild<QComboBox *>(K("problemSeverityFilter"));
        auto *scaleFilter = panel.findChild<QComboBox *>(K("problemScaleFilter"));
        choose(scaleFilter, scaleFilter->findData(K("inhabitants")));
        QVERIFY(!findItem(panel.table(), [id](QTreeWidgetItem *i) { return i->data(0, Qt::UserRole).toLongLong() == id; }));
        choose(scaleFilter, 0);
        choose(severityFilter, severityFilter->findData(5));
        for (int r = 0; r < panel.table()->topLevelItemCount(); ++r)
            QCOMPARE(panel.table()->topLevelItem(r)->text(3), K("5"));
        QVERIFY(findItem(panel.table(), [id](QTreeWidgetItem *i) { return i->data(0, Qt::UserRole).toLongLong() == id; }));

        // Undo takes the actor off, then the edits one by one.
        doc.undoStack()->undo();
        QVERIFY(Relations(doc.store()).problemActors(id).isEmpty());
        QTRY_COMPARE(actors->list()->topLevelItemCount(), 0);
        doc.undoStack()->undo();
        QCOMPARE(Repository<Problem>(doc.store()).get(id)->title, K("Stationnement en centre-ville"));
        QCOMPARE(editor->titleEdit()->text(), K("Stationnement en centre-ville"));

        // Removing the actor through the editor is one more undoable step.
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        actors->list()->topLevelItem(0)->setSelected(true);
        actors->removeButton()->click();
        QVERIFY(Relations(doc.store()).problemActors(id).isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(Relations(doc.store()).problemActors(id).size(), 1);

        // An empty title is refused, the previous one kept.
        type(editor->titleEdit(), QString());
        QCOMPARE(Repository<Problem>(doc.store()).get(id)->title, K("Stationnement saturé"));
        QCOMPARE(editor->titleEdit()->text(), K("Stationnement saturé"));
    }

    void boardDropChangesStatusInOneUndoStep()
    {
        Document doc;
        openSample(doc);
        ProblemsPanel panel(&doc);
        panel.resize(900, 600);
        panel.show();
        panel.views()->setCurrentIndex(1);
        const qint64 id = idOf(doc, K("problem"), K("status"), K("identified"));
        QVERIFY(id);
        BoardColumn *from = panel.board()->column(K("identified"));
        BoardColumn *to = panel.board()->column(K("addressed"));
        QVERIFY(from && to);
        auto cardIn = [id](BoardColumn *c) {
            for (int r = 0; r < c->count(); ++r)
                if (c->item(r)->data(Qt::UserRole).toLongLong() == id)
                    return true;
            return false;
        };
        QVERIFY(cardIn(from));
        QVERIFY(!cardIn(to));
        const int steps = doc.undoStack()->count();

        // The events a drag delivers to the target column's viewport: enter, move, drop.
        QMimeData mime;
        mime.setData(BoardColumn::mimeType(), QByteArray::number(id));
        QDragEnterEvent enter(QPoint(20, 20), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(to->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(QPoint(20, 20), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(to->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(to->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(Repository<Problem>(doc.store()).get(id)->status, K("addressed"));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QTRY_VERIFY(cardIn(to));
        QVERIFY(!cardIn(from));
        QCOMPARE(panel.editor()->problemId(), id);
        QCOMPARE(panel.editor()->findChild<QComboBox *>(K("problemStatus"))->currentData().toString(),
                 K("addressed"));

        doc.undoStack()->undo();
        QCOMPARE(Repository<Problem>(doc.store()).get(id)->status, K("identified"));
        QTRY_VERIFY(cardIn(from));
        QVERIFY(!cardIn(to));

        // Dropping on its own column changes nothing; data from elsewhere is refused.
        QVERIFY(panel.board()->moveProblem(id, K("identified")));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QVERIFY(!panel.board()->moveProblem(id, K("nonsense")));
        QMimeData text;
        text.setText(K("hello"));
        QDropEvent foreign(QPointF(20, 20), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QDragEnterEvent foreignEnter(QPoint(20, 20), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(to->viewport(), &foreignEnter);
        QVERIFY(!foreignEnter.isAccepted());
        QCoreApplication::sendEvent(to->viewport(), &foreign);
        QCOMPARE(Repository<Problem>(doc.store()).get(id)->status, K("identified"));
    }

    void indicatorProgress_data()
    {
        QTest::addColumn<double>("baseline");
        QTest::addColumn<double>("target");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("expected");  // NaN: none
        const double none = std::nan("");
        QTest::newRow("half way up") << 10.0 << 30.0 << QList<double>{15, 20} << 0.5;
        QTest::newRow("target below baseline") << 100.0 << 60.0 << QList<double>{90, 80} << 0.5;
        QTest::newRow("past the target") << 6.0 << 1.0 << QList<double>{2, 0} << 1.2;
        QTest::newRow("wrong way") << 10.0 << 20.0 << QList<double>{5} << -0.5;
        QTest::newRow("no baseline: first value") << none << 50.0 << QList<double>{10, 30} << 0.5;
        QTest::newRow("no target") << 0.0 << none << QList<double>{3} << none;
        QTest::newRow("no value") << 0.0 << 10.0 << QList<double>{} << none;
        QTest::newRow("target equals baseline") << 5.0 << 5.0 << QList<double>{7} << none;
    }
    void indicatorProgress()
    {
        QFETCH(double, baseline);
        QFETCH(double, target);
        QFETCH(QList<double>, values);
        QFETCH(double, expected);
        Indicator ind;
        ind.baseline = baseline;
        ind.target = target;
        QList<IndicatorValue> vs;
        for (int i = 0; i < values.size(); ++i) {
            IndicatorValue v;
            v.measuredOn = QDate(2020, 1, 1).addMonths(i);
            v.value = values[i];
            vs << v;
        }
        std::reverse(vs.begin(), vs.end());  // the latest by date counts, not the last listed
        const auto p = maillage::indicatorProgress(ind, vs);
        if (std::isnan(expected))
            QVERIFY(!p);
        else
            QVERIFY2(p && std::abs(*p - expected) < 1e-9, qPrintable(QString::number(p.value_or(-99))));
    }

    void actionWithIndicatorThroughItsEditor()
    {
        Document doc;
        openSample(doc);
        ActionsPanel panel(&doc);
        panel.resize(500, 900);
        panel.show();
        const qint64 id = panel.createAction(K("Jardin partagé"));
        QVERIFY(id);
        ActionEditor *editor = panel.editor();
        QCOMPARE(editor->actionId(), id);
        choose(editor->statusBox(), editor->statusBox()->findData(K("running")));
        const qint64 lead = idByName(doc, K("La Bouée"));
        QVERIFY(lead);
        editor->leadPicker()->setCurrentId(lead);
        emit editor->leadPicker()->activated(editor->leadPicker()->currentIndex());
        const qint64 partner = idByName(doc, K("Mairie de Mirecourt"));
        editor->partnersEditor()->picker()->setCurrentId(partner);
        editor->partnersEditor()->addButton()->click();
        const qint64 problem = idOf(doc, K("problem"), K("status"), K("identified"));
        editor->problemsEditor()->picker()->setCurrentId(problem);
        editor->problemsEditor()->addButton()->click();

        const ActionItem a = *Repository<ActionItem>(doc.store()).get(id);
        QCOMPARE(a.status, K("running"));
        QCOMPARE(a.leadActorId, lead);
        QCOMPARE(Relations(doc.store()).partners(id), QList<qint64>{partner});
        QCOMPARE(Relations(doc.store()).problemsOfAction(id), QList<qint64>{problem});

        // An indicator with a baseline, a target and two dated values.
        editor->newIndicatorButton()->click();
        IndicatorEditor *ind = editor->indicatorEditor();
        QVERIFY(ind->indicatorId());
        QVERIFY(ind->isEnabled());
        type(ind->nameEdit(), K("Parcelles cultivées"));
        type(ind->unitEdit(), K("parcelles"));
        type(ind->baselineEdit(), K("10"));
        type(ind->targetEdit(), K("30"));
        ind->valueDate()->setDate(QDate(2024, 3, 1));
        ind->valueSpin()->setValue(15);
        ind->valueNote()->setText(K("Printemps"));
        ind->addValueButton()->click();
        ind->valueDate()->setDate(QDate(2024, 6, 1));
        ind->valueSpin()->setValue(20);
        ind->addValueButton()->click();

        const Indicator stored = *Repository<Indicator>(doc.store()).get(ind->indicatorId());
        QCOMPARE(stored.name, K("Parcelles cultivées"));
        QCOMPARE(stored.actionId, id);
        QCOMPARE(stored.baseline, 10.0);
        QCOMPARE(stored.target, 30.0);
        QCOMPARE(ind->valuesList()->topLevelItemCount(), 2);
        QVERIFY(ind->progress());
        QCOMPARE(*ind->progress(), 0.5);
        QCOMPARE(ind->progressBar()->value(), 50);
        QCOMPARE(editor->indicatorList()->topLevelItem(0)->text(3), K("50 %"));

        // Editing a value: select it, change it, save.
        ind->valuesList()->topLevelItem(1)->setSelected(true);
        ind->valuesList()->setCurrentItem(ind->valuesList()->topLevelItem(1));
        QCOMPARE(ind->valueSpin()->value(), 20.0);
        ind->valueSpin()->setValue(34);
        ind->saveValueButton()->click();
        QCOMPARE(ind->progressBar()->value(), 100);
        QVERIFY(*ind->progress() > 1.0);
        doc.undoStack()->undo();
        QCOMPARE(*ind->progress(), 0.5);

        // A bad number is refused and changes nothing.
        type(ind->targetEdit(), K("trente"));
        QCOMPARE(Repository<Indicator>(doc.store()).get(ind->indicatorId())->target, 30.0);
        QCOMPARE(ind->targetEdit()->text(), K("30"));

        // Removing a value.
        ind->valuesList()->clearSelection();
        ind->valuesList()->topLevelItem(0)->setSelected(true);
        ind->removeValueButton()->click();
        QCOMPARE(ind->valuesList()->topLevelItemCount(), 1);
        QCOMPARE(*ind->progress(), 0.5);  // baseline 10, latest 20
        doc.undoStack()->undo();
        QCOMPARE(ind->valuesList()->topLevelItemCount(), 2);

        // The action list shows the mean progress.
        QTRY_VERIFY(findItem(panel.list(), [id](QTreeWidgetItem *i) {
            return i->data(0, Qt::UserRole).toLongLong() == id && i->text(5) == K("50 %");
        }));
    }

    void meetingWithQuickNewCitizen()
    {
        Document doc;
        openSample(doc);
        MeetingsPanel panel(&doc);
        panel.resize(500, 900);
        panel.show();
        const qint64 id = panel.createMeeting(K("Débat sur le marché"));
        QVERIFY(id);
        MeetingEditor *editor = panel.editor();
        choose(editor->kindBox(), editor->kindBox()->findData(K("workshop")));
        type(editor->placeEdit(), K("Halle aux dentelles"));
        editor->dateEdit()->setDate(QDate(2024, 5, 17));
        emit editor->dateEdit()->dateCommitted(QDate(2024, 5, 17));
        const qint64 claire = idByName(doc, K("Claire Mougenot"));
        editor->attendeesEditor()->picker()->setCurrentId(claire);
        editor->attendeesEditor()->addButton()->click();
        const qint64 problem = idOf(doc, K("problem"), K("status"), K("identified"));
        editor->problemsEditor()->picker()->setCurrentId(problem);
        editor->problemsEditor()->addButton()->click();

        const Meeting m = *Repository<Meeting>(doc.store()).get(id);
        QCOMPARE(m.kind, K("workshop"));
        QCOMPARE(m.place, K("Halle aux dentelles"));
        QCOMPARE(m.heldOn, QDate(2024, 5, 17));
        QCOMPARE(Relations(doc.store()).attendees(id), QList<qint64>{claire});
        QCOMPARE(Relations(doc.store()).problemsOfMeeting(id), QList<qint64>{problem});

        // A new citizen on the spot: one undo step for the person and the attendance.
        const qint64 actorsBefore = doc.store().count(K("actor"));
        const int steps = doc.undoStack()->count();
        editor->citizenName()->setText(K("Jeanne Vautrin"));
        QVERIFY(editor->citizenButton()->isEnabled());
        editor->citizenButton()->click();
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.store().count(K("actor")), actorsBefore + 1);
        const qint64 jeanne = idByName(doc, K("Jeanne Vautrin"));
        QVERIFY(jeanne);
        const Actor j = *doc.actor(jeanne);
        QVERIFY(j.isPerson);
        qint64 citizen = 0;
        for (const Category &c : doc.categories())
            if (c.code == K("citizen"))
                citizen = c.id;
        QCOMPARE(j.categoryId, citizen);
        QCOMPARE(j.lastContact, QDate(2024, 5, 17));
        QVERIFY(j.retentionDate > j.lastContact);
        QVERIFY(Relations(doc.store()).attendees(id).contains(jeanne));
        QCOMPARE(editor->attendeesEditor()->list()->topLevelItemCount(), 2);
        QVERIFY(editor->citizenName()->text().isEmpty());

        doc.undoStack()->undo();
        QCOMPARE(doc.store().count(K("actor")), actorsBefore);
        QVERIFY(!doc.actor(jeanne));
        QCOMPARE(Relations(doc.store()).attendees(id), QList<qint64>{claire});
        QCOMPARE(editor->attendeesEditor()->list()->topLevelItemCount(), 1);
        doc.undoStack()->redo();
        QCOMPARE(Relations(doc.store()).attendees(id).size(), 2);

        // A name already recorded is added, not recorded twice.
        const qint64 count = doc.store().count(K("actor"));
        QCOMPARE(editor->addNewCitizen(K("benoît perrin")), idByName(doc, K("Benoît Perrin")));
        QCOMPARE(doc.store().count(K("actor")), count);
        QCOMPARE(Relations(doc.store()).attendees(id).size(), 3);

        // The list is chronological: the 2018 meetings first, this one last.
        QTRY_COMPARE(panel.list()->topLevelItemCount(), 6);
        QCOMPARE(panel.list()->topLevelItem(5)->data(0, Qt::UserRole).toLongLong(), id);
        QTRY_COMPARE(panel.list()->topLevelItem(5)->text(3), K("3"));
        for (int r = 1; r < 5; ++r)
            QVERIFY(panel.list()->topLevelItem(r - 1)->data(0, tracking::SortItem::SortRole).toDouble() <=
                    panel.list()->topLevelItem(r)->data(0, tracking::SortItem::SortRole).toDouble());

        // Deleting an attendee (as the window does) empties their row here; undo restores it.
        QVERIFY(doc.removeActors({claire}));
        QTRY_COMPARE(editor->attendeesEditor()->list()->topLevelItemCount(), 2);
        doc.undoStack()->undo();
        QTRY_COMPARE(editor->attendeesEditor()->list()->topLevelItemCount(), 3);
        QVERIFY(Relations(doc.store()).attendees(id).contains(claire));
    }

    void crossHighlightingAndActorActivity()
    {
        Document doc;
        openSample(doc);
        QMainWindow window;
        auto *details = new QDockWidget(&window);
        details->setObjectName(K("detailsDock"));
        window.addDockWidget(Qt::RightDockWidgetArea, details);
        TrackingDocks docks(&doc, &window);
        window.resize(1200, 800);
        window.show();
        QCOMPARE(docks.docks().size(), 5);
        for (QDockWidget *d : docks.docks()) {
            QVERIFY(!d->objectName().isEmpty());
            QVERIFY(!d->windowTitle().isEmpty());
            QVERIFY(window.tabifiedDockWidgets(details).contains(d));
        }
        QSignalSpy highlight(&docks, &TrackingDocks::highlightActors);

        const qint64 problem = idOf(doc, K("problem"), K("title"), K("Isolement des personnes âgées du centre ancien"));
        docks.selectProblem(problem);
        QVERIFY(!highlight.isEmpty());
        QSet<qint64> expected;
        for (const auto &[actor, role] : Relations(doc.store()).problemActors(problem))
            expected.insert(actor);
        QCOMPARE(expected.size(), 5);
        QCOMPARE(highlight.last().first().value<QSet<qint64>>(), expected);

        const qint64 action = idOf(doc, K("action_item"), K("title"), K("Festival Utopic & Co 2018"));
        docks.selectAction(action);
        expected.clear();
        for (qint64 a : Relations(doc.store()).partners(action))
            expected.insert(a);
        expected.insert(Repository<ActionItem>(doc.store()).get(action)->leadActorId);
        QCOMPARE(expected.size(), 9);
        QCOMPARE(highlight.last().first().value<QSet<qint64>>(), expected);

        // Clicking in the list selects too.
        const qint64 meeting = idOf(doc, K("meeting"), K("held_on"), K("2018-03-22"));
        QTreeWidget *meetings = docks.meetings()->list();
        QTreeWidgetItem *row = findItem(meetings, [meeting](QTreeWidgetItem *i) {
            return i->data(0, Qt::UserRole).toLongLong() == meeting;
        });
        QVERIFY(row);
        docks.meetingsDock()->raise();
        meetings->setCurrentItem(row);
        const QList<qint64> attendees = Relations(doc.store()).attendees(meeting);
        QCOMPARE(highlight.last().first().value<QSet<qint64>>(), QSet<qint64>(attendees.begin(), attendees.end()));

        // The highlight follows a change of the selected meeting's attendees.
        const int emitted = int(highlight.size());
        docks.meetings()->editor()->attendeesEditor()->list()->topLevelItem(0)->setSelected(true);
        docks.meetings()->editor()->attendeesEditor()->removeButton()->click();
        QVERIFY(highlight.size() > emitted);
        QCOMPARE(highlight.last().first().value<QSet<qint64>>().size(), attendees.size() - 1);

        // An actor's activity; clicking an entry selects it in its panel.
        ActorActivityWidget *activity = docks.createActivityWidget(nullptr);
        std::unique_ptr<ActorActivityWidget> owner(activity);
        const qint64 benoit = idByName(doc, K("Benoît Perrin"));
        docks.setSelectedActor(benoit);
        QCOMPARE(activity->actorId(), benoit);
        QCOMPARE(activity->count(0), Relations(doc.store()).meetingsOfActor(benoit).size());
        QCOMPARE(activity->count(1), 3);  // isolement, santé (affected), logement (raised)
        QTreeWidgetItem *problemItem = activity->tree()->topLevelItem(1)->child(0);
        QVERIFY(problemItem);
        const qint64 clicked = problemItem->data(0, Qt::UserRole + 1).toLongLong();
        emit activity->tree()->itemClicked(problemItem, 0);
        QCOMPARE(docks.problems()->currentProblem(), clicked);
        QTreeWidgetItem *meetingItem = activity->tree()->topLevelItem(0)->child(0);
        emit activity->tree()->itemClicked(meetingItem, 0);
        QCOMPARE(docks.meetings()->currentMeeting(), meetingItem->data(0, Qt::UserRole + 1).toLongLong());
        const qint64 utopic = idByName(doc, K("Café L'UtopiC"));
        QVERIFY(utopic);
        docks.setSelectedActor(utopic);
        QVERIFY(activity->count(2) >= 1);
        emit activity->tree()->itemClicked(activity->tree()->topLevelItem(2)->child(0), 0);
        QVERIFY(docks.actions()->currentAction() != 0);

        // Deleting the actor shown: the panels follow the delete and its undo.
        docks.setSelectedActor(benoit);
        QCOMPARE(activity->count(1), 3);
        QVERIFY(doc.removeActors({benoit}));
        QTRY_COMPARE(activity->count(1), 0);
        doc.undoStack()->undo();
        QTRY_COMPARE(activity->count(1), 3);

        // Switching language rebuilds the panels with their selection.
        const qint64 selected = docks.problems()->currentProblem();
        i18n::install(K("fr"));
        docks.retranslate();
        QCOMPARE(docks.problems()->currentProblem(), selected);
        QCOMPARE(docks.problemsDock()->windowTitle().isEmpty(), false);
    }

    void hiddenDiagnosticsCatchUpWhenShown()
    {
        // While hidden (a dock tab not shown), the panel skips the checks after edits and
        // runs them when shown again.
        Document doc;
        openSample(doc);
        DiagnosticsPanel panel(&doc);
        panel.setAsOf(QDate(2019, 6, 1));
        diagnostics::Options options;
        options.asOf = QDate(2019, 6, 1);
        const int before = int(panel.items().size());
        Actor a;
        a.name = K("Nouvel acteur jamais rencontré");
        QVERIFY(doc.addActor(a));
        const int after = int(diagnostics::diagnose(doc.store(), options).size());
        QCOMPARE(after, before + 1);  // an actor never met
        QTest::qWait(600);           // past the panel's delay
        QCOMPARE(int(panel.items().size()), before);
        panel.show();
        QTRY_COMPARE(int(panel.items().size()), after);
        // Shown, it follows edits a moment after each.
        doc.undoStack()->undo();
        QTRY_COMPARE(int(panel.items().size()), before);
        // Moving an actor on the map changes nothing it checks: the list is not rebuilt.
        const QTreeWidgetItem *first = panel.tree()->topLevelItem(0);
        QVERIFY(first);
        const Actor moved = doc.actors().constFirst();
        QVERIFY(doc.updateActor(moved.id, {{K("x"), moved.x + 10}, {K("y"), moved.y - 5}}));
        QTest::qWait(600);
        QCOMPARE(panel.tree()->topLevelItem(0), first);
        QVERIFY(doc.updateActor(moved.id, {{K("name"), K("Renommé")}}));
        QTRY_VERIFY(panel.tree()->topLevelItem(0) != first);
    }

    void diagnosticsListAndJump()
    {
        Document doc;
        openSample(doc);
        QMainWindow window;
        TrackingDocks docks(&doc, &window);
        window.show();
        DiagnosticsPanel *panel = docks.diagnostics();
        panel->setAsOf(QDate(2019, 6, 1));
        const QList<diagnostics::Item> items = panel->items();
        diagnostics::Options options;
        options.asOf = QDate(2019, 6, 1);
        QCOMPARE(items.size(), diagnostics::diagnose(doc.store(), options).size());
        QVERIFY(!items.isEmpty());
        int children = 0;
        for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i)
            children += panel->tree()->topLevelItem(i)->childCount();
        QCOMPARE(children, items.size());

        QSignalSpy show(&docks, &TrackingDocks::showActor);
        auto itemFor = [&](const QString &table) -> QTreeWidgetItem * {
            return findItem(panel->tree(), [&](QTreeWidgetItem *i) {
                return i->parent() && i->data(0, Qt::UserRole).toString() == table;
            });
        };
        QTreeWidgetItem *actorItem = itemFor(K("actor"));
        QVERIFY(actorItem);
        // A real click on the item.
        panel->tree()->scrollToItem(actorItem);
        const QRect r = panel->tree()->visualItemRect(actorItem);
        QTest::mouseClick(panel->tree()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().first().toLongLong(), actorItem->data(0, Qt::UserRole + 1).toLongLong());

        for (const QString &table : {K("problem"), K("action_item"), K("indicator")}) {
            QTreeWidgetItem *item = itemFor(table);
            if (!item)
                continue;
            const qint64 id = item->data(0, Qt::UserRole + 1).toLongLong();
            panel->activate(item);
            if (table == K("problem")) {
                QCOMPARE(docks.problems()->currentProblem(), id);
            } else if (table == K("action_item")) {
                QCOMPARE(docks.actions()->currentAction(), id);
            } else {
                const auto ind = Repository<Indicator>(doc.store()).get(id);
                QCOMPARE(docks.actions()->currentAction(), ind->actionId);
                QCOMPARE(docks.actions()->editor()->indicatorEditor()->indicatorId(), id);
            }
        }
        QVERIFY(itemFor(K("problem")) || itemFor(K("action_item")));

        // Fixing what an item names makes it go away (after the debounce).
        QTreeWidgetItem *noPartner = findItem(panel->tree(), [](QTreeWidgetItem *i) {
            return i->parent() && i->data(0, Qt::UserRole).toString() == K("action_item");
        });
        const int before = int(items.size());
        if (noPartner) {
            const qint64 action = noPartner->data(0, Qt::UserRole + 1).toLongLong();
            const qint64 someone = doc.actors().first().id;
            QVERIFY(doc.apply(K("test"), {doc.insertOp(K("action_partner"), {{K("action_id"), action}, {K("actor_id"), someone}}),
                                          doc.insertOp(K("indicator"), {{K("name"), K("x")}, {K("action_id"), action}})}));
            QTRY_VERIFY(panel->items().size() < before);
        }
    }

    void overviewCounts()
    {
        Document doc;
        openEmpty(doc);
        const QList<Theme> themes = doc.themes();
        QVERIFY(themes.size() >= 3);
        auto add = [&](qint64 theme, const char *scale, int severity, const char *status) {
            Row r{{K("title"), K("p")}, {K("scale"), QString::fromLatin1(scale)},
                  {K("severity"), severity}, {K("status"), QString::fromLatin1(status)}};
            r.insert(K("theme_id"), theme ? QVariant(theme) : tracking::noRef());
            QVERIFY(doc.addRow(K("problem"), r, K("add")));
        };
        add(themes[0].id, "inhabitants", 4, "identified");
        add(themes[0].id, "inhabitants", 4, "resolved");
        add(themes[0].id, "territory", 2, "identified");
        add(themes[2].id, "territory", 5, "addressed");
        add(0, "inhabitants", 1, "dropped");

        const QualityOfLife q = computeQualityOfLife(doc.store());
        QCOMPARE(q.problems, 5);
        QCOMPARE(q.rows.size(), themes.size() + 1);  // every theme, then "no theme"
        const auto &first = q.rows[0];
        QCOMPARE(first.themeId, themes[0].id);
        QCOMPARE(first.total(0), 2);
        QCOMPARE(first.total(1), 1);
        QCOMPARE(first.byStatus[0][0], 1);  // identified
        QCOMPARE(first.byStatus[0][3], 1);  // resolved
        QCOMPARE(first.bySeverity[0][3], 2);  // severity 4
        QCOMPARE(first.bySeverity[1][1], 1);  // severity 2
        QCOMPARE(q.rows[1].total(0) + q.rows[1].total(1), 0);
        QCOMPARE(q.rows[2].byStatus[1][2], 1);  // addressed, territory
        QCOMPARE(q.rows[2].bySeverity[1][4], 1);
        QCOMPARE(q.rows.last().themeId, 0);
        QCOMPARE(q.rows.last().byStatus[0][4], 1);  // dropped
        QCOMPARE(q.maxTotal(), 2);

        OverviewPanel panel(&doc);
        panel.show();
        QCOMPARE(panel.chart()->data().problems, 5);
        add(themes[1].id, "territory", 3, "qualified");
        QTRY_COMPARE(panel.chart()->data().problems, 6);
        doc.undoStack()->undo();
        QTRY_COMPARE(panel.chart()->data().problems, 5);

        Document sample;
        openSample(sample);
        const QualityOfLife s = computeQualityOfLife(sample.store());
        QCOMPARE(s.problems, 9);
        int inhabitants = 0, territory = 0, resolved = 0;
        for (const auto &row : s.rows) {
            inhabitants += row.total(0);
            territory += row.total(1);
            resolved += row.byStatus[0][3] + row.byStatus[1][3];
        }
        QCOMPARE(inhabitants, 5);
        QCOMPARE(territory, 4);
        QCOMPARE(resolved, 2);
    }

    void overviewSaysWhyItCannotCount()
    {
        Document doc;
        openSample(doc);
        OverviewPanel panel(&doc);
        QVERIFY(panel.summary()->text().contains(QStringLiteral("9")));
        {
            QSqlQuery q(doc.store().database());
            QVERIFY(q.exec(K("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(K("ALTER TABLE problem RENAME TO problem_gone")));
        }
        const QualityOfLife q = computeQualityOfLife(doc.store());
        QVERIFY(!q.error.isEmpty());
        QCOMPARE(q.problems, 0);
        QVERIFY(q.rows.isEmpty());
        panel.refresh();
        QCOMPARE(panel.chart()->data().problems, 0);
        QVERIFY2(panel.summary()->text().contains(q.error), qPrintable(panel.summary()->text()));
    }

    /// Pictures of every panel for looking at them, in English and French, when
    /// MAILLAGE_SCREENSHOTS names a folder.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MAILLAGE_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set MAILLAGE_SCREENSHOTS to a folder to write the panels' pictures");
        for (const QString &language : {K("en"), K("fr")}) {
            i18n::install(language);
            Document doc;
            openSample(doc);
            QMainWindow window;
            auto *details = new QDockWidget(&window);
            details->setObjectName(K("detailsDock"));
            window.addDockWidget(Qt::RightDockWidgetArea, details);
            TrackingDocks docks(&doc, &window);
            auto *activity = docks.createActivityWidget(details);
            details->setWidget(activity);
            window.resize(1400, 860);
            window.show();
            docks.diagnostics()->setAsOf(QDate(2019, 6, 1));
            docks.selectProblem(idOf(doc, K("problem"), K("title"), K("Isolement des personnes âgées du centre ancien")));
            docks.selectAction(idOf(doc, K("action_item"), K("title"), K("Festival Utopic & Co 2018")));
            docks.selectMeeting(idOf(doc, K("meeting"), K("held_on"), K("2018-03-22")));
            docks.setSelectedActor(idByName(doc, K("Benoît Perrin")));
            // Each panel alone at a given size, then back in its dock.
            auto shoot = [&](QWidget *w, const QString &name, QSize size) {
                QWidget *parent = w->parentWidget();
                auto *dock = qobject_cast<QDockWidget *>(parent);
                w->setParent(nullptr);
                w->resize(size);
                w->show();
                QTest::qWait(50);
                QVERIFY(w->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, language)));
                w->hide();
                if (dock)
                    dock->setWidget(w);
                else
                    w->setParent(parent);
            };
            docks.problems()->views()->setCurrentIndex(0);
            QWidget *problems = docks.problemsDock()->widget();
            shoot(problems, K("problems-table"), QSize(420, 860));
            docks.problems()->views()->setCurrentIndex(1);
            docks.problems()->setOrientation(Qt::Horizontal);
            shoot(problems, K("problems-board"), QSize(1300, 420));
            shoot(docks.actionsDock()->widget(), K("actions"), QSize(440, 1800));
            IndicatorEditor *indicator = docks.actions()->editor()->indicatorEditor();
            QVERIFY(indicator->grab().save(QStringLiteral("%1/indicator-%2.png").arg(dir, language)));
            shoot(docks.meetingsDock()->widget(), K("meetings"), QSize(440, 1100));
            shoot(docks.diagnosticsDock()->widget(), K("diagnostics"), QSize(440, 700));
            shoot(docks.overviewDock()->widget(), K("overview"), QSize(720, 480));
            shoot(activity, K("activity"), QSize(380, 320));
        }
    }
};

QTEST_MAIN(TestTracking)
#include "tst_tracking.moc"
