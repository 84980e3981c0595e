#include "ui/tracking/trackingcommon.h"
#include "core/util/dates.h"

#include "core/document/document.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QPixmap>

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage::tracking {

QVariant noRef()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

bool touches(const ChangeSet &changes, const QList<Table> &tables)
{
    for (const Change &c : changes)
        if (tables.contains(c.table))
            return true;
    return false;
}

bool actorNamesChanged(const ChangeSet &changes)
{
    return touchesActorNames(changes);
}

QSet<qint64> touchedIds(const ChangeSet &changes, Table table)
{
    const QList<qint64> ids = changedIds(changes, table);
    return QSet<qint64>(ids.begin(), ids.end());
}

QHash<qint64, QString> actorNames(const Document *doc)
{
    QHash<qint64, QString> out;
    if (!doc->isOpen())
        return out;
    // Two columns read straight, not every column of every actor as rows (10 000 actors:
    // the actions panel refreshed after each rename).
    for (const ActorName &n : Projections(doc->store()).names().value_or(QList<ActorName>()))
        out.insert(n.id, n.name);
    return out;
}

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

TitleRow addTitleRow(QWidget *owner, QFormLayout *form, const QString &objectName,
                     const QString &emptyMessage, std::function<void()> reload,
                     std::function<void(const QString &)> commit)
{
    TitleRow row;
    row.edit = new QLineEdit(owner);
    row.edit->setObjectName(objectName);
    row.edit->setPlaceholderText(QCoreApplication::translate("maillage::tracking", "Required"));
    form->addRow(QCoreApplication::translate("maillage::tracking", "&Title:"), row.edit);
    row.warning = new QLabel(owner);
    row.warning->setWordWrap(true);
    row.warning->setStyleSheet(QStringLiteral("color: #a04000;"));
    row.warning->hide();
    form->addRow(QString(), row.warning);
    QObject::connect(row.edit, &QLineEdit::editingFinished, owner,
                     [row, emptyMessage, reload = std::move(reload),
                      commit = std::move(commit)] {
                         const QString title = row.edit->text().trimmed();
                         if (title.isEmpty()) {
                             row.warning->setText(emptyMessage);
                             row.warning->show();
                             reload();
                             return;
                         }
                         row.warning->hide();
                         commit(title);
                     });
    return row;
}

QScrollArea *scrolled(QWidget *inner, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    return scroll;
}

QString shortDate(const QDate &date)
{
    return dates::text(date);
}

ColumnFitter::ColumnFitter(QTreeWidget *tree, int stretch, const QList<int> &optional)
    : QObject(tree), m_tree(tree), m_stretch(stretch), m_optional(optional)
{
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setStretchLastSection(false);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->viewport()->installEventFilter(this);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    const int available = m_tree->viewport()->width();
    const int columns = m_tree->columnCount();
    const QFontMetrics fm = m_tree->header()->fontMetrics();
    QList<int> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        if (c == m_stretch)
            continue;
        const int header = fm.horizontalAdvance(m_tree->headerItem()->text(c)) + 24;
        widths[c] = std::min(std::max(header, static_cast<QAbstractItemView *>(m_tree)->sizeHintForColumn(c) + 8), 220);
    }
    QSet<int> hidden;
    auto rest = [&] {
        int used = 0;
        for (int c = 0; c < columns; ++c)
            if (c != m_stretch && !hidden.contains(c))
                used += widths[c];
        return available - used;
    };
    for (int i = int(m_optional.size()) - 1; i >= 0 && rest() < 180; --i)
        hidden.insert(m_optional[i]);
    for (int c = 0; c < columns; ++c) {
        m_tree->setColumnHidden(c, hidden.contains(c));
        if (!hidden.contains(c))
            m_tree->setColumnWidth(c, c == m_stretch ? std::max(80, rest()) : widths[c]);
    }
}

void refit(QTreeWidget *tree)
{
    if (auto *fitter = tree->findChild<ColumnFitter *>(QString(), Qt::FindDirectChildrenOnly))
        fitter->fit();
}

bool SortItem::operator<(const QTreeWidgetItem &other) const
{
    const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
    const QVariant a = data(column, SortRole), b = other.data(column, SortRole);
    if (a.isValid() && b.isValid()) {
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return a.toString() < b.toString();
        return a.toDouble() < b.toDouble();
    }
    return QString::localeAwareCompare(text(column), other.text(column)) < 0;
}

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
