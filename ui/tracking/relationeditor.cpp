#include "ui/tracking/relationeditor.h"

#include "ui/tracking/recordlist.h"
#include "ui/tracking/trackingcommon.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage::tracking {

IdPicker::IdPicker(bool allowNone, QWidget *parent) : QComboBox(parent), m_allowNone(allowNone)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

void IdPicker::setChoices(const QList<QPair<qint64, QString>> &choices)
{
    const qint64 current = currentId();
    const QSignalBlocker block(this);
    clear();
    if (m_allowNone)
        addItem(tr("(none)"), noRef());
    for (const auto &[id, name] : choices)
        addItem(name, id);
    setCurrentId(current);
}

qint64 IdPicker::currentId() const
{
    // A typed name counts when it is exactly one of the choices.
    const int typed = findText(currentText(), Qt::MatchFixedString);
    const int index = typed >= 0 ? typed : currentIndex();
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

void IdPicker::setCurrentId(qint64 id)
{
    const QSignalBlocker block(this);
    const int index = id ? findData(id) : (m_allowNone ? 0 : -1);
    setCurrentIndex(index);
    if (index < 0)
        setEditText(QString());
    // Long names show their beginning.
    if (lineEdit())
        lineEdit()->setCursorPosition(0);
}

RelationEditor::RelationEditor(const QString &nameHeader,
                               const QList<QPair<QString, QString>> &roles, QWidget *parent)
    : QWidget(parent), m_roles(roles)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(70);
    m_list->setMaximumHeight(150);
    m_list->setUniformRowHeights(true);
    if (roles.isEmpty()) {
        m_list->setHeaderHidden(true);
        m_list->setColumnCount(1);
    } else {
        m_list->setHeaderLabels({nameHeader, tr("Role")});
        new ColumnFitter(m_list, 0, {});
    }
    layout->addWidget(m_list);
    auto *row = new QHBoxLayout;
    m_picker = new IdPicker(false, this);
    m_picker->lineEdit()->setPlaceholderText(tr("Type or choose a name"));
    row->addWidget(m_picker, 1);
    if (!roles.isEmpty()) {
        m_role = new QComboBox(this);
        for (const auto &[code, label] : roles)
            m_role->addItem(label, code);
        m_role->setToolTip(tr("Role"));
        row->addWidget(m_role);
    }
    layout->addLayout(row);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), this);
    m_remove = new QPushButton(tr("Remove selected"), this);
    m_remove->setEnabled(false);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const qint64 id = m_picker->currentId();
        if (!id)
            return;
        const QString role = m_role ? m_role->currentData().toString() : QString();
        for (const Entry &e : m_entries)
            if (e.id == id && e.role == role)
                return;
        emit addRequested(id, role);
        m_picker->setCurrentId(0);
    });
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<Entry> out;
        for (QTreeWidgetItem *item : m_list->selectedItems())
            out << Entry{item->data(0, Qt::UserRole).toLongLong(),
                         item->data(1, Qt::UserRole).toString()};
        if (!out.isEmpty())
            emit removeRequested(out);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit activated(item->data(0, Qt::UserRole).toLongLong());
    });
}

void RelationEditor::setChoices(const QList<QPair<qint64, QString>> &choices)
{
    m_names.clear();
    for (const auto &[id, name] : choices)
        m_names.insert(id, name);
    m_picker->setChoices(choices);
    m_picker->setCurrentId(0);
    setEntries(m_entries);
}

void RelationEditor::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const Entry &e : entries) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, m_names.value(e.id, tr("#%1").arg(e.id)));
        item->setData(0, Qt::UserRole, e.id);
        for (const auto &[code, label] : m_roles)
            if (code == e.role)
                item->setText(1, label);
        item->setData(1, Qt::UserRole, e.role);
        items << item;
    }
    std::sort(items.begin(), items.end(), [](QTreeWidgetItem *a, QTreeWidgetItem *b) {
        return QString::localeAwareCompare(a->text(0), b->text(0)) < 0;
    });
    m_list->addTopLevelItems(items);
    refit(m_list);
    m_remove->setEnabled(false);
}

} // namespace maillage::tracking
