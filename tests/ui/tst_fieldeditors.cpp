#include "core/document/document.h"
#include "ui/editors/actoreditor.h"
#include "ui/editors/fieldvalueseditor.h"
#include "ui/editors/linkeditor.h"
#include "ui/editors/vocabularydialog.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "ui/widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QtTest>

using namespace maillage;

/// The custom fields in the editors: a widget per type in the actor and link editors, each
/// finished change one undo step; field definitions edited in the vocabulary dialog.
class TestFieldEditors : public QObject
{
    Q_OBJECT
    Document doc;
    qint64 actor = 0, other = 0, link = 0;

    qint64 field(const QString &subject, const QString &name, FieldType type,
                 const QStringList &choices = {})
    {
        CustomField f;
        f.subject = subject;
        f.name = name;
        f.type = type;
        f.choices = choices;
        return doc.addCustomField(f).value_or(0);
    }
    QString value(const QString &subject, qint64 owner, qint64 fieldId)
    {
        return doc.fieldValues(subject, owner).value(fieldId, QStringLiteral("<none>"));
    }
    static void typeIn(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    void init()
    {
        static int n = 0;
        QVERIFY(doc.create(test::tempPath(QStringLiteral("fields%1.maillage").arg(++n)),
                           QStringLiteral("F")));
        actor = doc.addActor(Actor{.name = QStringLiteral("La Bouée")}).value_or(0);
        other = doc.addActor(Actor{.name = QStringLiteral("Mairie")}).value_or(0);
        Link l;
        l.sourceId = actor;
        l.targetId = other;
        link = doc.addLink(l).value_or(0);
        QVERIFY(actor && other && link);
    }
    void cleanup() { doc.close(); }

    void actorEditorWidgetPerType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("widget");  // class of the editing widget
        QTest::addRow("text") << int(FieldType::Text) << "QLineEdit";
        QTest::addRow("number") << int(FieldType::Number) << "QLineEdit";
        QTest::addRow("integer") << int(FieldType::Integer) << "QLineEdit";
        QTest::addRow("date") << int(FieldType::Date) << "maillage::OptionalDateEdit";
        QTest::addRow("yes/no") << int(FieldType::YesNo) << "QCheckBox";
        QTest::addRow("choice") << int(FieldType::Choice) << "QComboBox";
        QTest::addRow("url") << int(FieldType::Url) << "QLineEdit";
    }
    void actorEditorWidgetPerType()
    {
        QFETCH(int, type);
        QFETCH(QString, widget);
        ActorEditor editor(&doc);
        editor.setActor(actor);
        QVERIFY(!editor.fieldValues()->hasFields());
        const qint64 f = field(QStringLiteral("actor"), QStringLiteral("F"), FieldType(type),
                               {QStringLiteral("Oui"), QStringLiteral("Peut-être")});
        // The editor follows the new field at once.
        QWidget *w = editor.fieldValues()->editorOf(f);
        QVERIFY(w);
        QCOMPARE(QString::fromLatin1(w->metaObject()->className()), widget);
        const int steps = doc.undoStack()->count();
        QString expected;
        switch (FieldType(type)) {
        case FieldType::Text:
            typeIn(qobject_cast<QLineEdit *>(w), QStringLiteral(" Centre-ville "));
            expected = QStringLiteral("Centre-ville");
            break;
        case FieldType::Number:
            // Typed the French way, stored in the C locale, shown the French way again.
            typeIn(qobject_cast<QLineEdit *>(w), QStringLiteral("1234,5"));
            expected = QStringLiteral("1234.5");
            break;
        case FieldType::Integer:
            typeIn(qobject_cast<QLineEdit *>(w), QStringLiteral("42"));
            expected = QStringLiteral("42");
            break;
        case FieldType::Date: {
            auto *d = qobject_cast<OptionalDateEdit *>(w);
            d->setDate(QDate(2026, 12, 5));
            emit d->dateCommitted(QDate(2026, 12, 5));
            expected = QStringLiteral("2026-12-05");
            break;
        }
        case FieldType::YesNo: {
            auto *box = qobject_cast<QCheckBox *>(w);
            QCOMPARE(box->checkState(), Qt::PartiallyChecked);  // no answer yet
            box->click();
            expected = QStringLiteral("1");
            break;
        }
        case FieldType::Choice: {
            auto *combo = qobject_cast<QComboBox *>(w);
            QCOMPARE(combo->count(), 3);  // (none) and the two choices
            combo->setCurrentIndex(2);
            emit combo->activated(2);
            expected = QStringLiteral("Peut-être");
            break;
        }
        case FieldType::Url:
            typeIn(qobject_cast<QLineEdit *>(w), QStringLiteral("https://labouee.fr"));
            expected = QStringLiteral("https://labouee.fr");
            break;
        }
        QCOMPARE(value(QStringLiteral("actor"), actor, f), expected);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        if (FieldType(type) == FieldType::Number)
            QCOMPARE(qobject_cast<QLineEdit *>(w)->text(),
                     QStringLiteral("1\u202F234,5"));  // French digit groups, decimal comma
        if (FieldType(type) == FieldType::YesNo) {
            qobject_cast<QCheckBox *>(w)->click();  // then it toggles: no
            QCOMPARE(value(QStringLiteral("actor"), actor, f), QStringLiteral("0"));
            doc.undoStack()->undo();
        }
        // Undo clears it, and the widget shows it.
        doc.undoStack()->undo();
        QCOMPARE(value(QStringLiteral("actor"), actor, f), QStringLiteral("<none>"));
        if (auto *line = qobject_cast<QLineEdit *>(w))
            QCOMPARE(line->text(), QString());
        if (auto *box = qobject_cast<QCheckBox *>(w))
            QCOMPARE(box->checkState(), Qt::PartiallyChecked);
        if (auto *combo = qobject_cast<QComboBox *>(w))
            QCOMPARE(combo->currentIndex(), 0);
        // Another actor has its own values.
        doc.undoStack()->redo();
        editor.setActor(other);
        if (auto *line = qobject_cast<QLineEdit *>(editor.fieldValues()->editorOf(f)))
            QCOMPARE(line->text(), QString());
        editor.setActor(actor);
        if (auto *line = qobject_cast<QLineEdit *>(editor.fieldValues()->editorOf(f)))
            QVERIFY(!line->text().isEmpty());
    }

    /// The Location group: coordinates typed in the locale's numbers are one undo step and
    /// "set by hand"; out of range or half typed, nothing is written. MAILLAGE_SHOT=FILE.png
    /// saves a picture of the editor.
    void actorEditorLocation()
    {
        ActorEditor editor(&doc);
        editor.setActor(actor);
        editor.resize(420, 1100);
        auto *lat = editor.findChild<QLineEdit *>(QStringLiteral("actor_latitude"));
        auto *lon = editor.findChild<QLineEdit *>(QStringLiteral("actor_longitude"));
        auto *precision = editor.findChild<QComboBox *>(QStringLiteral("actor_location_precision"));
        QVERIFY(lat && lon && precision);
        QVERIFY(lat->text().isEmpty());
        const int steps = doc.undoStack()->count();
        typeIn(lat, QStringLiteral("48,3012345"));  // the other one still to type: nothing
        QVERIFY(!doc.actor(actor)->hasLocation());
        typeIn(lon, QStringLiteral("6,1412345"));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.actor(actor)->latitude, 48.3012345);
        QCOMPARE(doc.actor(actor)->longitude, 6.1412345);
        QCOMPARE(doc.actor(actor)->locationPrecision, QStringLiteral("manual"));
        QCOMPARE(lat->text(), QStringLiteral("48,301234"));  // shown the French way
        QCOMPARE(precision->currentData().toString(), QStringLiteral("manual"));
        // Out of range: refused, said, nothing written.
        typeIn(lat, QStringLiteral("95"));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.actor(actor)->latitude, 48.3012345);
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("nameWarning"))->text().contains(
            QStringLiteral("−90")));
        if (const QString shot = qEnvironmentVariable("MAILLAGE_SHOT"); !shot.isEmpty()) {
            editor.setActor(actor);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            editor.grab().save(shot);
        }
        // Both emptied: the place is removed, in one more step.
        lat->clear();
        lon->clear();
        lon->setFocus();
        QTest::keyClick(lon, Qt::Key_Return);
        QVERIFY(!doc.actor(actor)->hasLocation());
        QCOMPARE(doc.actor(actor)->locationPrecision, QString());
        // Undone (successive edits of one actor's fields merge): no place, as at first.
        QCOMPARE(doc.undoStack()->index(), steps + 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.undoStack()->index(), steps);
        QVERIFY(!doc.actor(actor)->hasLocation());
        doc.undoStack()->redo();
        QVERIFY(!doc.actor(actor)->hasLocation());
    }

    void refusedValueSaysWhy()
    {
        ActorEditor editor(&doc);
        editor.setActor(actor);
        const qint64 f = field(QStringLiteral("actor"), QStringLiteral("Adresse web"), FieldType::Url);
        auto *edit = qobject_cast<QLineEdit *>(editor.fieldValues()->editorOf(f));
        QVERIFY(edit);
        const int steps = doc.undoStack()->count();
        typeIn(edit, QStringLiteral("pas une adresse"));
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(value(QStringLiteral("actor"), actor, f), QStringLiteral("<none>"));
        auto *error = editor.findChild<QLabel *>(QStringLiteral("fieldValueError"));
        QVERIFY(error && !error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("Adresse web")), qPrintable(error->text()));
        QCOMPARE(edit->text(), QString());  // the stored value is shown again
    }

    void linkEditorValues()
    {
        LinkEditor editor(&doc);
        const qint64 amount = field(QStringLiteral("link"), QStringLiteral("Montant"), FieldType::Number);
        field(QStringLiteral("actor"), QStringLiteral("Of actors only"), FieldType::Text);
        editor.setLink(link);
        QVERIFY(editor.fieldValues()->hasFields());
        QVERIFY(!editor.fieldValues()->editorOf(amount + 1));  // not an actor field
        auto *edit = qobject_cast<QLineEdit *>(editor.fieldValues()->editorOf(amount));
        QVERIFY(edit);
        typeIn(edit, QStringLiteral("0,5"));
        QCOMPARE(value(QStringLiteral("link"), link, amount), QStringLiteral("0.5"));
        // Changed elsewhere (an import, an undo): the editor shows it.
        QVERIFY(doc.setFieldValue(amount, link, QStringLiteral("12")));
        QCOMPARE(edit->text(), QStringLiteral("12"));
    }

    // Deleting a category (a link type) an exercise lists: the exercise's row goes with it
    // (the database removes it), and the one undo step brings both back.
    void vocabularyDeleteIsUndoneWhole_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("join");
        QTest::addColumn<QString>("column");
        QTest::newRow("category") << QStringLiteral("category") << QStringLiteral("exercise_category")
                                  << QStringLiteral("category_id");
        QTest::newRow("link type") << QStringLiteral("link_type")
                                   << QStringLiteral("exercise_link_type")
                                   << QStringLiteral("link_type_id");
    }
    void vocabularyDeleteIsUndoneWhole()
    {
        QFETCH(QString, table);
        QFETCH(QString, join);
        QFETCH(QString, column);
        const auto id = doc.addRow(table, {{QStringLiteral("name"), QStringLiteral("Inutilisé")}},
                                   QStringLiteral("add"));
        QVERIFY(id);
        QString error;
        QVERIFY2(doc.addRow(QStringLiteral("exercise"), {{QStringLiteral("id"), 1}},
                            QStringLiteral("add"), &error),
                 qPrintable(error));
        QVERIFY2(doc.addRow(join, {{QStringLiteral("exercise_id"), 1}, {column, *id}},
                            QStringLiteral("add"), &error),
                 qPrintable(error));
        auto count = [this](const QString &t, const QString &c, qint64 v) {
            return doc.store().countWhere(t, c, v).value_or(-1);
        };
        VocabularyDialog dialog(&doc);
        const int steps = doc.undoStack()->count();
        if (table == QLatin1String("category"))
            dialog.deleteCategory(*id);
        else
            dialog.deleteLinkType(*id);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(count(table, QStringLiteral("id"), *id), 0);
        QCOMPARE(count(join, column, *id), 0);
        doc.undoStack()->undo();
        QCOMPARE(count(table, QStringLiteral("id"), *id), 1);
        QCOMPARE(count(join, column, *id), 1);
        doc.undoStack()->redo();
        QCOMPARE(count(table, QStringLiteral("id"), *id), 0);
        QCOMPARE(count(join, column, *id), 0);
    }

    void vocabularyDialogEditsFields()
    {
        VocabularyDialog dialog(&doc);
        QTableWidget *table = dialog.fieldTable();
        QCOMPARE(table->rowCount(), 0);
        const auto f = dialog.addField(QStringLiteral("actor"), QStringLiteral("Adhérents"));
        QVERIFY(f);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Adhérents"));
        QVERIFY(doc.setFieldValue(*f, actor, QStringLiteral("40")));
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("1"));  // values
        // Retype (one step, values converted), unit, personal, rename: each one undo step.
        int steps = doc.undoStack()->count();
        auto *typeBox = qobject_cast<QComboBox *>(table->cellWidget(0, 2));
        QVERIFY(typeBox);
        typeBox->setCurrentIndex(typeBox->findData(int(FieldType::Integer)));
        emit typeBox->activated(typeBox->currentIndex());
        QCOMPARE(doc.customField(*f)->type, FieldType::Integer);
        QCOMPARE(doc.undoStack()->count(), ++steps);
        table->item(0, 3)->setText(QStringLiteral("personnes"));
        QCOMPARE(doc.customField(*f)->unit, QStringLiteral("personnes"));
        QCOMPARE(doc.undoStack()->count(), ++steps);
        qobject_cast<QCheckBox *>(table->cellWidget(0, 5))->setChecked(true);
        QVERIFY(doc.customField(*f)->personal);
        QCOMPARE(doc.undoStack()->count(), ++steps);
        table->item(0, 0)->setText(QStringLiteral("Membres"));
        QCOMPARE(doc.customField(*f)->name, QStringLiteral("Membres"));
        QCOMPARE(doc.undoStack()->count(), ++steps);
        doc.undoStack()->undo();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Adhérents"));
        // A retype the values do not fit is refused, said in a message, nothing changed.
        QVERIFY(doc.setFieldValue(*f, other, QStringLiteral("12")));
        CustomField text = *doc.customField(*f);
        text.type = FieldType::Text;
        QVERIFY(doc.updateCustomField(text));
        QVERIFY(doc.setFieldValue(*f, other, QStringLiteral("douze")));
        steps = doc.undoStack()->count();
        QString message;
        test::whenModal([&message](QWidget *box) {
            message = qobject_cast<QMessageBox *>(box)->text();
            qobject_cast<QMessageBox *>(box)->accept();
        });
        typeBox = qobject_cast<QComboBox *>(table->cellWidget(0, 2));
        typeBox->setCurrentIndex(typeBox->findData(int(FieldType::Integer)));
        emit typeBox->activated(typeBox->currentIndex());
        QVERIFY2(message.contains(QStringLiteral("douze")), qPrintable(message));
        QCOMPARE(doc.customField(*f)->type, FieldType::Text);
        QCOMPARE(doc.undoStack()->count(), steps);
        // A choice list's values, edited as "a | b".
        const auto choice = dialog.addField(QStringLiteral("link"), QStringLiteral("Statut"));
        QVERIFY(choice);
        CustomField c = *doc.customField(*choice);
        c.type = FieldType::Choice;
        QVERIFY(doc.updateCustomField(c));
        const int row = table->item(0, 0)->data(Qt::UserRole + 1).toLongLong() == *choice ? 0 : 1;
        table->item(row, 4)->setText(QStringLiteral("Actif | En sommeil"));
        QCOMPARE(doc.customField(*choice)->choices,
                 (QStringList{QStringLiteral("Actif"), QStringLiteral("En sommeil")}));
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Links"));
        // Fields are ordered per subject: the only field of links cannot move up; a second
        // one moved above it is one step.
        QVERIFY(!doc.moveCustomField(*choice, -1));
        const auto second = dialog.addField(QStringLiteral("link"), QStringLiteral("Depuis"));
        QVERIFY(second);
        steps = doc.undoStack()->count();
        QVERIFY(doc.moveCustomField(*second, -1));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.customFields(QStringLiteral("link")).first().id, *second);
        // The link editor shows them in that order, and follows the undo.
        LinkEditor linkEditor(&doc);
        linkEditor.setLink(link);
        auto rowOf = [&](qint64 fieldId) {
            auto *form = linkEditor.fieldValues()->findChild<QFormLayout *>();
            int row = -1;
            QFormLayout::ItemRole role;
            form->getWidgetPosition(linkEditor.fieldValues()->editorOf(fieldId), &row, &role);
            return row;
        };
        QCOMPARE(rowOf(*second), 0);
        QCOMPARE(rowOf(*choice), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.customFields(QStringLiteral("link")).first().id, *choice);
        QCOMPARE(rowOf(*choice), 0);
        QCOMPARE(rowOf(*second), 1);
        QVERIFY(doc.removeCustomField(*second));
        // A field without values is deleted without a question; undo brings it back.
        dialog.deleteField(*choice);
        QVERIFY(!doc.customField(*choice));
        QCOMPARE(table->rowCount(), 1);
        doc.undoStack()->undo();
        QCOMPARE(table->rowCount(), 2);
        // A field with values asks first; deleting it removes its values, undo restores them.
        test::whenModal([](QWidget *box) {
            auto *question = qobject_cast<QMessageBox *>(box);
            QVERIFY(question->text().contains(QStringLiteral("2 actor(s) or link(s)")));
            question->button(QMessageBox::Yes)->click();
        });
        dialog.deleteField(*f);
        QVERIFY(!doc.customField(*f));
        QCOMPARE(doc.store().count(QStringLiteral("actor_field_value")), 0);
        doc.undoStack()->undo();
        QCOMPARE(value(QStringLiteral("actor"), other, *f), QStringLiteral("douze"));
    }
};

QTEST_MAIN(TestFieldEditors)
#include "tst_fieldeditors.moc"
