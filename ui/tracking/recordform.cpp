#include "ui/tracking/recordform.h"

#include "core/store/panelqueries.h"
#include "core/document/document.h"
#include "ui/tracking/relationeditor.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>
#include <vector>

namespace maillage {

using tracking::RelationEditor;

RecordForm::RecordForm(Document *doc, Table table, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_table(table)
{
    connect(doc, &Document::changed, this, &RecordForm::onChanged);
    setEnabled(false);
}

void RecordForm::addTitleRow(QFormLayout *form, const QString &objectName,
                             const QString &emptyMessage)
{
    // The texts keep the context they had in trackingcommon (their translations).
    m_title = new QLineEdit(this);
    m_title->setObjectName(objectName);
    m_title->setPlaceholderText(QCoreApplication::translate("maillage::tracking", "Required"));
    form->addRow(QCoreApplication::translate("maillage::tracking", "&Title:"), m_title);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a04000;"));
    m_warning->hide();
    form->addRow(QString(), m_warning);
    connect(m_title, &QLineEdit::editingFinished, this, [this, emptyMessage] {
        const QString title = m_title->text().trimmed();
        if (title.isEmpty()) {
            warn(emptyMessage);
            m_restoreTitle = true;  // the previous title comes back, even while typing
            load();
            m_restoreTitle = false;
            return;
        }
        hideWarning();
        m_title->setModified(false);
        commit(Column::Title, title);
    });
}

void RecordForm::setFollowed(const QList<Table> &choices, const QList<Table> &record)
{
    m_choiceTables = choices;
    m_recordTables = record;
}

void RecordForm::setRecord(qint64 id)
{
    m_id = id;
    hideWarning();
    if (m_doc->isOpen())
        fillChoices();
    load();
}

void RecordForm::load()
{
    const std::optional<QString> title =
        m_doc->isOpen() && m_id ? read() : std::optional<QString>();
    setEnabled(title.has_value() && !m_doc->isReadOnly());
    if (!title) {
        m_id = 0;
        m_title->clear();
        clearFields();
        return;
    }
    {
        const QList<QWidget *> all = findChildren<QWidget *>();
        std::vector<QSignalBlocker> blockers;
        blockers.reserve(all.size());
        for (QWidget *w : all)
            if (!m_unblocked.contains(w))
                blockers.emplace_back(w);
        // What the user is typing stays; a title left as it was follows the file (undo).
        if (m_restoreTitle || !m_title->hasFocus() || !m_title->isModified())
            m_title->setText(*title);
        showRecord();
    }
    shown();
}

void RecordForm::commit(Column column, const QVariant &value)
{
    if (!m_id || !m_doc->isOpen())
        return;
    QString error;
    if (!m_doc->setFields(m_table, m_id, {{column, value}}, editText().arg(m_title->text()),
                          Document::MergeFieldEdit, &error)) {
        warn(tr("Not saved: %1").arg(error));
        load();
    }
}

void RecordForm::warn(const QString &message)
{
    m_warning->setText(message);
    m_warning->show();
}

void RecordForm::hideWarning()
{
    m_warning->hide();
}

void RecordForm::connectRelation(RelationEditor *editor, Table join, Column own, Column other,
                                 const QString &addText, const QString &removeText)
{
    auto key = [this, own, other](qint64 id, const QString &role) {
        Row row{{columnName(own), m_id}, {columnName(other), id}};
        if (!role.isEmpty())
            row.insert(columnName(Column::Role), role);
        return row;
    };
    connect(editor, &RelationEditor::addRequested, this,
            [this, join, key, addText](qint64 id, const QString &role) {
                QString error;
                if (!m_doc->apply(addText.arg(m_title->text()),
                                  {m_doc->insertOp(tableName(join), key(id, role))},
                                  Document::NoMerge, &error))
                    warn(tr("Not saved: %1").arg(error));
            });
    connect(editor, &RelationEditor::removeRequested, this,
            [this, join, key, removeText](const QList<RelationEditor::Entry> &entries) {
                QList<Row> keys;
                for (const RelationEditor::Entry &e : entries)
                    keys << key(e.id, e.role);
                QString error;
                if (!m_doc->apply(removeText.arg(m_title->text()),
                                  m_doc->deleteOps(tableName(join), keys), Document::NoMerge,
                                  &error))
                    warn(tr("Not saved: %1").arg(error));
            });
}

namespace {
void sortByName(QList<QPair<qint64, QString>> &choices)
{
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
}
} // namespace

QList<QPair<qint64, QString>> RecordForm::actorChoices() const
{
    QList<QPair<qint64, QString>> out;
    // Ids and names only: a lean typed read.
    if (m_id && m_doc->isOpen())
        for (const ActorName &a : Projections(m_doc->store()).names().value_or(QList<ActorName>()))
            out << qMakePair(a.id, a.name);
    sortByName(out);
    return out;
}

QList<QPair<qint64, QString>> RecordForm::problemChoices()
{
    QList<QPair<qint64, QString>> out;
    if (m_doc->isOpen()) {
        QString error;
        const auto problems = PanelQueries(m_doc->store()).problems(&error);
        if (!problems)
            warn(tr("Not all could be read: %1").arg(error));
        for (const Problem &p : problems.value_or(QList<Problem>()))
            out << qMakePair(p.id, p.title);
    }
    sortByName(out);
    return out;
}

void RecordForm::onChanged(const ChangeSet &changes)
{
    if (!m_id)
        return;
    const bool names = touchesActorNames(changes);
    auto any = [&changes](const QList<Table> &tables) {
        return std::any_of(tables.begin(), tables.end(),
                           [&changes](Table t) { return touches(changes, t); });
    };
    if (names || any(m_choiceTables))
        fillChoices();
    if (names || any(m_recordTables))
        load();
    else
        follow(changes);
}

} // namespace maillage
