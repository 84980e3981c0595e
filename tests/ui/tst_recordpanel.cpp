// What the three record panels share (ui/tracking/recordpanel.h), run over each kind:
// adding, editing through the form, undo, deleting (from the list's key), duplicating with
// what the form lists, searching, and following edits made elsewhere.

#include "core/document/document.h"
#include "testsupport.h"
#include "ui/tracking/actionspanel.h"
#include "ui/tracking/meetingspanel.h"
#include "ui/tracking/problemspanel.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace maillage;

namespace {
#define K(x) QStringLiteral(x)

enum Kind { Problems, Actions, Meetings };
using Joins = QList<QPair<Table, Column>>;

std::unique_ptr<RecordPanel> makePanel(int kind, Document *doc)
{
    switch (kind) {
    case Problems:
        return std::make_unique<ProblemsPanel>(doc);
    case Actions:
        return std::make_unique<ActionsPanel>(doc);
    default:
        return std::make_unique<MeetingsPanel>(doc);
    }
}

/// The list's item of record `id`, or null when the list does not show it.
QTreeWidgetItem *itemOf(QTreeWidget *list, qint64 id)
{
    for (int r = 0; r < list->topLevelItemCount(); ++r)
        if (list->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id)
            return list->topLevelItem(r);
    return nullptr;
}

QString storedTitle(Document &doc, Table table, qint64 id)
{
    const auto row = doc.store().row(tableName(table), id);
    return row ? row->value(K("title")).toString() : QString();
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    emit edit->editingFinished();
}
} // namespace

class TestRecordPanel : public QObject
{
    Q_OBJECT

    void kinds()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<Table>("table");
        QTest::addColumn<int>("titleColumn");
        // The rows a duplicate copies: their table and the column naming the record.
        QTest::addColumn<Joins>("copied");
        QTest::newRow("problems") << int(Problems) << Table::Problem << 0
                                  << Joins{{Table::ProblemActor, Column::ProblemId}};
        QTest::newRow("actions") << int(Actions) << Table::ActionItem << 0
                                 << Joins{{Table::ActionPartner, Column::ActionId},
                                                                {Table::ActionProblem, Column::ActionId}};
        QTest::newRow("meetings") << int(Meetings) << Table::Meeting << 2
                                  << Joins{{Table::MeetingAttendee, Column::MeetingId},
                                                                 {Table::MeetingProblem, Column::MeetingId}};
    }

    void open(Document &doc)
    {
        QString error;
        QVERIFY2(doc.open(test::freshSample(K("record")), Store::Access::ReadWrite, &error),
                 qPrintable(error));
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void addEditUndoDelete_data() { kinds(); }
    void addEditUndoDelete()
    {
        QFETCH(int, kind);
        QFETCH(Table, table);
        QFETCH(int, titleColumn);
        Document doc;
        open(doc);
        auto panel = makePanel(kind, &doc);
        panel->resize(500, 800);
        panel->show();
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        const QString name = tableName(table);
        const qint64 before = doc.store().count(name);
        const int steps = doc.undoStack()->count();
        QVERIFY(!panel->deleteButton()->isEnabled());
        QVERIFY(!panel->duplicateButton()->isEnabled());

        // New: one undo step, selected, shown in the list and the form, title ready to type.
        panel->newButton()->click();
        QCOMPARE(doc.store().count(name), before + 1);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        const qint64 id = panel->currentRecord();
        QVERIFY(id > 0);
        QVERIFY(itemOf(panel->list(), id));
        QCOMPARE(panel->form()->recordId(), id);
        QVERIFY(panel->form()->isEnabled());
        QCOMPARE(panel->form()->titleEdit()->text(), storedTitle(doc, table, id));
        QVERIFY(panel->form()->titleEdit()->hasFocus());
        QVERIFY(panel->deleteButton()->isEnabled());

        // The title through the form: stored, and the list follows.
        const QString first = storedTitle(doc, table, id);
        type(panel->form()->titleEdit(), K("Zèbre à rayures"));
        QCOMPARE(storedTitle(doc, table, id), K("Zèbre à rayures"));
        QTRY_COMPARE(itemOf(panel->list(), id)->text(titleColumn), K("Zèbre à rayures"));
        // An emptied title is refused: nothing stored, the title comes back.
        const int edited = doc.undoStack()->count();
        type(panel->form()->titleEdit(), QString());
        QCOMPARE(storedTitle(doc, table, id), K("Zèbre à rayures"));
        QCOMPARE(panel->form()->titleEdit()->text(), K("Zèbre à rayures"));
        QCOMPARE(doc.undoStack()->count(), edited);

        // Undo: the old title in the file, the form and the list.
        doc.undoStack()->undo();
        QCOMPARE(storedTitle(doc, table, id), first);
        QCOMPARE(panel->form()->titleEdit()->text(), first);
        QTRY_COMPARE(itemOf(panel->list(), id)->text(titleColumn), first);

        // The list's Delete key deletes the selected record, one undo step.
        panel->list()->setFocus();
        QVERIFY(panel->list()->hasFocus());
        QTest::keyClick(panel->list(), Qt::Key_Delete);
        QCOMPARE(doc.store().count(name), before);
        QTRY_COMPARE(panel->currentRecord(), 0);
        QVERIFY(!itemOf(panel->list(), id));
        QVERIFY(!panel->form()->isEnabled());
        QVERIFY(!panel->deleteButton()->isEnabled());
        doc.undoStack()->undo();
        QCOMPARE(doc.store().count(name), before + 1);
        QTRY_VERIFY(itemOf(panel->list(), id));
        panel->selectRecord(id);
        QCOMPARE(panel->form()->titleEdit()->text(), first);

        // Insert adds one from the list.
        panel->list()->setFocus();
        QTest::keyClick(panel->list(), Qt::Key_Insert);
        QCOMPARE(doc.store().count(name), before + 2);
        QVERIFY(panel->currentRecord() != id);
    }

    void duplicateCopiesWhatTheFormLists_data() { kinds(); }
    void duplicateCopiesWhatTheFormLists()
    {
        QFETCH(int, kind);
        QFETCH(Table, table);
        QFETCH(int, titleColumn);
        QFETCH(Joins, copied);
        Document doc;
        open(doc);
        auto panel = makePanel(kind, &doc);
        panel->resize(500, 800);
        panel->show();
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        auto related = [&doc](const QPair<Table, Column> &join, qint64 id) {
            return doc.store().rows(tableName(join.first), columnName(join.second), id).size();
        };
        // The sample's record with the most related rows.
        qint64 original = 0;
        qsizetype most = -1;
        for (const qint64 id : doc.store().ids(tableName(table)).value_or(QList<qint64>())) {
            qsizetype n = 0;
            for (const auto &join : copied)
                n += related(join, id);
            if (n > most)
                most = n, original = id;
        }
        QVERIFY(most > 0);
        panel->selectRecord(original);
        const qint64 before = doc.store().count(tableName(table));
        const int steps = doc.undoStack()->count();

        panel->list()->setFocus();
        QTest::keyClick(panel->list(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.store().count(tableName(table)), before + 1);
        const qint64 copy = panel->currentRecord();
        QVERIFY(copy != original && copy > 0);
        const QString title = storedTitle(doc, table, original);
        QVERIFY(storedTitle(doc, table, copy).startsWith(title));
        QVERIFY(storedTitle(doc, table, copy) != title);
        QCOMPARE(itemOf(panel->list(), copy)->text(titleColumn), storedTitle(doc, table, copy));
        for (const auto &join : copied)
            QCOMPARE(related(join, copy), related(join, original));
        // Its other fields too.
        Row a = *doc.store().row(tableName(table), original), b = *doc.store().row(tableName(table), copy);
        for (const QString &column : {K("id"), K("title"), K("created_at"), K("updated_at")})
            a.remove(column), b.remove(column);
        QCOMPARE(b, a);

        // One undo takes the copy and its rows away.
        doc.undoStack()->undo();
        QCOMPARE(doc.store().count(tableName(table)), before);
        for (const auto &join : copied)
            QCOMPARE(related(join, copy), 0);
        QTRY_VERIFY(!itemOf(panel->list(), copy));
        QCOMPARE(panel->currentRecord(), 0);
    }

    void searchAndFilters_data() { kinds(); }
    void searchAndFilters()
    {
        QFETCH(int, kind);
        QFETCH(Table, table);
        Document doc;
        open(doc);
        auto panel = makePanel(kind, &doc);
        panel->show();
        const int all = panel->list()->topLevelItemCount();
        QCOMPARE(all, int(doc.store().count(tableName(table))));
        QVERIFY(all >= 3);
        // A word of one record's title, case and accents ignored.
        const qint64 wanted = panel->list()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
        const QString word = storedTitle(doc, table, wanted).section(QLatin1Char(' '), -1).toUpper();
        panel->searchField()->setText(word);
        const int shown = panel->list()->topLevelItemCount();
        QVERIFY(shown >= 1 && shown < all);
        QVERIFY(itemOf(panel->list(), wanted));
        QCOMPARE(panel->countLabel()->text(), K("%1 of %2 shown").arg(shown).arg(all));
        panel->searchField()->setText(K("aucun titre ne contient ceci"));
        QCOMPARE(panel->list()->topLevelItemCount(), 0);
        // Asking for a hidden record clears the search.
        panel->selectRecord(wanted);
        QVERIFY(panel->searchField()->text().isEmpty());
        QCOMPARE(panel->list()->topLevelItemCount(), all);
        QCOMPARE(panel->currentRecord(), wanted);
        QVERIFY(panel->list()->currentItem());
        QCOMPARE(panel->list()->currentItem()->data(0, Qt::UserRole).toLongLong(), wanted);
    }

    void followsEditsMadeElsewhere_data() { kinds(); }
    void followsEditsMadeElsewhere()
    {
        QFETCH(int, kind);
        QFETCH(Table, table);
        QFETCH(int, titleColumn);
        Document doc;
        open(doc);
        auto panel = makePanel(kind, &doc);
        panel->show();
        const qint64 id = panel->list()->topLevelItem(1)->data(0, Qt::UserRole).toLongLong();
        panel->selectRecord(id);
        QSignalSpy selected(panel.get(), &RecordPanel::recordSelected);

        // Renamed by another view (or another user of a shared territory).
        QVERIFY(doc.setFields(table, id, {{Column::Title, K("Renommé ailleurs")}}, K("test")));
        QTRY_COMPARE(itemOf(panel->list(), id)->text(titleColumn), K("Renommé ailleurs"));
        QCOMPARE(panel->form()->titleEdit()->text(), K("Renommé ailleurs"));
        QCOMPARE(panel->currentRecord(), id);

        // Deleted elsewhere: the panel lets it go; undo brings it back to the list.
        QVERIFY(doc.removeRows(tableName(table), {id}, K("test")));
        QTRY_COMPARE(panel->currentRecord(), 0);
        QVERIFY(!itemOf(panel->list(), id));
        QVERIFY(!panel->form()->isEnabled());
        QCOMPARE(selected.last().first().toLongLong(), 0);
        doc.undoStack()->undo();
        QTRY_VERIFY(itemOf(panel->list(), id));

        // A closed territory empties the panel.
        doc.close();
        QCOMPARE(panel->list()->topLevelItemCount(), 0);
        QVERIFY(!panel->newButton()->isEnabled());
    }
};

QTEST_MAIN(TestRecordPanel)
#include "tst_recordpanel.moc"
