#include "ui/editors/vocabularydialog.h"

#include "core/document/document.h"
#include "core/domain/labels.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

VocabularyDialog::VocabularyDialog(Document *doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setWindowTitle(tr("Categories, link types, tags and fields"));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    auto makeTab = [&](const QString &title, const QStringList &headers, auto add, auto remove,
                       const QString &name) {
        auto *page = new QWidget(m_tabs);
        auto *v = new QVBoxLayout(page);
        auto *table = new QTableWidget(0, int(headers.size()), page);
        table->setObjectName(name);
        table->setHorizontalHeaderLabels(headers);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->addWidget(table);
        auto *buttons = new QHBoxLayout;
        auto *addButton = new QPushButton(tr("&Add"), page);
        auto *removeButton = new QPushButton(tr("&Delete…"), page);
        buttons->addWidget(addButton);
        buttons->addWidget(removeButton);
        buttons->addStretch();
        v->addLayout(buttons);
        connect(addButton, &QPushButton::clicked, this, add);
        connect(removeButton, &QPushButton::clicked, this, [this, table, remove] {
            const int row = table->currentRow();
            if (row >= 0)
                (this->*remove)(table->item(row, 0)->data(IdRole).toLongLong());
        });
        m_tabs->addTab(page, title);
        return table;
    };
    m_categories = makeTab(tr("Actor categories"),
                           {tr("Name"), tr("Colour"), tr("Shape"), tr("Persons")},
                           &VocabularyDialog::addCategory, &VocabularyDialog::deleteCategory,
                           K("categoryTable"));
    m_types = makeTab(tr("Link types"),
                      {tr("Name"), tr("Colour"), tr("Line"), tr("Directed"), tr("Sign")},
                      &VocabularyDialog::addLinkType, &VocabularyDialog::deleteLinkType,
                      K("linkTypeTable"));
    m_tags = makeTab(tr("Tags"), {tr("Name"), tr("Colour")}, &VocabularyDialog::addTag,
                     &VocabularyDialog::deleteTag, K("tagTable"));
    {
        // The territory's own fields: a tab of its own, with a button per subject.
        auto *page = new QWidget(m_tabs);
        auto *v = new QVBoxLayout(page);
        m_fields = new QTableWidget(0, 7, page);
        m_fields->setObjectName(K("fieldTable"));
        m_fields->setHorizontalHeaderLabels({tr("Name"), tr("Of"), tr("Type"), tr("Unit"),
                                             tr("Choices (separated by |)"), tr("Personal data"),
                                             tr("Values")});
        m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_fields->verticalHeader()->hide();
        m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->addWidget(m_fields);
        auto *buttons = new QHBoxLayout;
        auto *addActor = new QPushButton(tr("Add a field of &actors"), page);
        auto *addLink = new QPushButton(tr("Add a field of &links"), page);
        auto *removeButton = new QPushButton(tr("&Delete…"), page);
        auto *up = new QPushButton(tr("Move &up"), page);
        up->setObjectName(K("fieldUp"));
        auto *down = new QPushButton(tr("Move do&wn"), page);
        down->setObjectName(K("fieldDown"));
        buttons->addWidget(addActor);
        buttons->addWidget(addLink);
        buttons->addWidget(removeButton);
        buttons->addWidget(up);
        buttons->addWidget(down);
        for (auto [button, delta] : {std::pair{up, -1}, std::pair{down, 1}})
            connect(button, &QPushButton::clicked, this, [this, delta] {
                const int row = m_fields->currentRow();
                if (row < 0)
                    return;
                const qint64 id = m_fields->item(row, 0)->data(IdRole).toLongLong();
                if (m_doc->moveCustomField(id, delta)) {
                    for (int r = 0; r < m_fields->rowCount(); ++r)
                        if (m_fields->item(r, 0)->data(IdRole).toLongLong() == id)
                            m_fields->selectRow(r);
                }
            });
        buttons->addStretch();
        v->addLayout(buttons);
        connect(addActor, &QPushButton::clicked, this, [this] { addFieldInteractively(K("actor")); });
        connect(addLink, &QPushButton::clicked, this, [this] { addFieldInteractively(K("link")); });
        connect(removeButton, &QPushButton::clicked, this, [this] {
            const int row = m_fields->currentRow();
            if (row >= 0)
                deleteField(m_fields->item(row, 0)->data(IdRole).toLongLong());
        });
        connect(m_fields, &QTableWidget::cellChanged, this, &VocabularyDialog::fieldCellEdited);
        m_tabs->addTab(page, tr("Fields"));
    }
    connect(m_categories, &QTableWidget::cellChanged, this,
            [this](int r, int c) { cellEdited(m_categories, K("category"), r, c); });
    connect(m_types, &QTableWidget::cellChanged, this,
            [this](int r, int c) { cellEdited(m_types, K("link_type"), r, c); });
    connect(m_tags, &QTableWidget::cellChanged, this,
            [this](int r, int c) { cellEdited(m_tags, K("tag"), r, c); });

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(close);
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        for (const Change &c : changes)
            if (c.table == Table::Category || c.table == Table::LinkType ||
                c.table == Table::Tag || c.table == Table::Field ||
                c.table == Table::ActorFieldValue ||
                c.table == Table::LinkFieldValue) {
                reload();
                return;
            }
    });
    reload();
}

QWidget *VocabularyDialog::colourButton(const QString &table, qint64 id, const QString &color)
{
    auto *button = new QPushButton(color, this);
    button->setStyleSheet(K("QPushButton { background: %1; }").arg(color));
    button->setAccessibleName(tr("Colour"));
    connect(button, &QPushButton::clicked, this, [this, table, id, color] {
        const QColor chosen = QColorDialog::getColor(QColor(color), this, tr("Choose a colour"));
        if (chosen.isValid())
            m_doc->updateRow(table, id, {{K("color"), chosen.name()}}, tr("Change colour"));
    });
    return button;
}

void VocabularyDialog::reload()
{
    m_loading = true;
    auto nameItem = [](const QString &name, qint64 id) {
        auto *item = new QTableWidgetItem(name);
        item->setData(IdRole, id);
        return item;
    };
    const QList<Category> categories = m_doc->categories();
    m_categories->setRowCount(int(categories.size()));
    for (int r = 0; r < categories.size(); ++r) {
        const Category &c = categories[r];
        m_categories->setItem(r, 0, nameItem(c.name, c.id));
        m_categories->setCellWidget(r, 1, colourButton(K("category"), c.id, c.color));
        auto *shape = new QComboBox(this);
        for (const QString &code : labels::shapeCodes())
            shape->addItem(labels::shape(code), code);
        shape->setCurrentIndex(shape->findData(c.shape));
        connect(shape, &QComboBox::activated, this, [this, shape, id = c.id] {
            m_doc->updateRow(K("category"), id, {{K("shape"), shape->currentData()}},
                             tr("Change shape"));
        });
        m_categories->setCellWidget(r, 2, shape);
        auto *person = new QCheckBox(this);
        person->setChecked(c.person);
        person->setToolTip(tr("New actors of this category are persons"));
        connect(person, &QCheckBox::toggled, this, [this, id = c.id](bool on) {
            m_doc->updateRow(K("category"), id, {{K("person"), on ? 1 : 0}},
                             tr("Change category"));
        });
        m_categories->setCellWidget(r, 3, person);
    }
    const QList<LinkType> types = m_doc->linkTypes();
    m_types->setRowCount(int(types.size()));
    for (int r = 0; r < types.size(); ++r) {
        const LinkType &t = types[r];
        m_types->setItem(r, 0, nameItem(t.name, t.id));
        m_types->setCellWidget(r, 1, colourButton(K("link_type"), t.id, t.color));
        auto *style = new QComboBox(this);
        for (const QString &code : labels::lineStyleCodes())
            style->addItem(labels::lineStyle(code), code);
        style->setCurrentIndex(style->findData(t.lineStyle));
        connect(style, &QComboBox::activated, this, [this, style, id = t.id] {
            m_doc->updateRow(K("link_type"), id, {{K("line_style"), style->currentData()}},
                             tr("Change line style"));
        });
        m_types->setCellWidget(r, 2, style);
        auto *directed = new QCheckBox(this);
        directed->setChecked(t.directed);
        connect(directed, &QCheckBox::toggled, this, [this, id = t.id](bool on) {
            m_doc->updateRow(K("link_type"), id, {{K("directed"), on ? 1 : 0}},
                             tr("Change link type"));
        });
        m_types->setCellWidget(r, 3, directed);
        auto *sign = new QComboBox(this);
        for (int s = 1; s >= -1; --s)
            sign->addItem(labels::sign(s), s);
        sign->setCurrentIndex(sign->findData(t.sign));
        connect(sign, &QComboBox::activated, this, [this, sign, id = t.id] {
            m_doc->updateRow(K("link_type"), id, {{K("sign"), sign->currentData()}},
                             tr("Change link type"));
        });
        m_types->setCellWidget(r, 4, sign);
    }
    const QList<Tag> tags = m_doc->tags();
    m_tags->setRowCount(int(tags.size()));
    for (int r = 0; r < tags.size(); ++r) {
        m_tags->setItem(r, 0, nameItem(tags[r].name, tags[r].id));
        m_tags->setCellWidget(r, 1, colourButton(K("tag"), tags[r].id, tags[r].color));
    }
    m_loading = false;
    reloadFields();
}

void VocabularyDialog::reloadFields()
{
    m_loading = true;
    const QList<CustomField> fields = m_doc->customFields();
    m_fields->setRowCount(int(fields.size()));
    const FieldRepository repo(m_doc->store());
    for (int r = 0; r < fields.size(); ++r) {
        const CustomField &f = fields[r];
        auto *name = new QTableWidgetItem(f.name);
        name->setData(IdRole, f.id);
        m_fields->setItem(r, 0, name);
        auto *of = new QTableWidgetItem(f.subject == QLatin1String("link") ? tr("Links")
                                                                         : tr("Actors"));
        of->setFlags(of->flags() & ~Qt::ItemIsEditable);
        m_fields->setItem(r, 1, of);
        auto *type = new QComboBox(this);
        for (const FieldType t : fields::allTypes())
            type->addItem(fields::typeLabel(t), int(t));
        type->setCurrentIndex(type->findData(int(f.type)));
        connect(type, &QComboBox::activated, this, [this, type, f] {
            CustomField changed = f;
            changed.type = FieldType(type->currentData().toInt());
            QString error;
            if (!m_doc->updateCustomField(changed, &error)) {
                QMessageBox::warning(this, windowTitle(), error);
                reload();
            }
        });
        m_fields->setCellWidget(r, 2, type);
        m_fields->setItem(r, 3, new QTableWidgetItem(f.unit));
        auto *choices = new QTableWidgetItem(f.choices.join(QStringLiteral(" | ")));
        if (f.type != FieldType::Choice)
            choices->setFlags(choices->flags() & ~Qt::ItemIsEditable);
        m_fields->setItem(r, 4, choices);
        auto *personal = new QCheckBox(this);
        personal->setChecked(f.personal);
        personal->setToolTip(tr("Blanked for persons in anonymized exports and when a person "
                                "is pseudonymised"));
        connect(personal, &QCheckBox::toggled, this, [this, f](bool on) {
            CustomField changed = f;
            changed.personal = on;
            m_doc->updateCustomField(changed);
        });
        m_fields->setCellWidget(r, 5, personal);
        auto *count = new QTableWidgetItem(QLocale().toString(repo.valueCount(f)));
        count->setFlags(count->flags() & ~Qt::ItemIsEditable);
        m_fields->setItem(r, 6, count);
    }
    m_loading = false;
}

void VocabularyDialog::fieldCellEdited(int row, int column)
{
    if (m_loading || (column != 0 && column != 3 && column != 4))
        return;
    const auto f = m_doc->customField(m_fields->item(row, 0)->data(IdRole).toLongLong());
    if (!f)
        return;
    CustomField changed = *f;
    const QString text = m_fields->item(row, column)->text();
    if (column == 0) {
        changed.name = text;
    } else if (column == 3) {
        changed.unit = text.trimmed();
    } else {
        changed.choices.clear();
        for (const QString &c : text.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            if (!c.trimmed().isEmpty() && !changed.choices.contains(c.trimmed()))
                changed.choices << c.trimmed();
    }
    QString error;
    if (!m_doc->updateCustomField(changed, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        reload();
    }
}

std::optional<qint64> VocabularyDialog::addField(const QString &subject, const QString &name)
{
    CustomField f;
    f.subject = subject;
    f.name = name;
    for (const CustomField &other : m_doc->customFields(subject))
        f.position = std::max(f.position, other.position + 1);
    QString error;
    const auto id = m_doc->addCustomField(f, &error);
    if (!id)
        QMessageBox::warning(this, windowTitle(), error);
    return id;
}

void VocabularyDialog::addFieldInteractively(const QString &subject)
{
    const QString name = QInputDialog::getText(
        this, subject == QLatin1String("link") ? tr("New field of links") : tr("New field of actors"),
        tr("Name:"));
    if (!name.trimmed().isEmpty())
        addField(subject, name);
}

void VocabularyDialog::deleteField(qint64 id)
{
    const auto f = m_doc->customField(id);
    if (!f)
        return;
    const qint64 used = FieldRepository(m_doc->store()).valueCount(*f);
    if (used > 0 &&
        QMessageBox::question(this, tr("Delete field"),
                              tr("%Ln actor(s) or link(s) have a value of “%1”. Delete the field "
                                 "and its values?",
                                 nullptr, int(used))
                                  .arg(f->name)) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_doc->removeCustomField(id, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

void VocabularyDialog::cellEdited(QTableWidget *table, const QString &sqlTable, int row,
                                  int column)
{
    if (m_loading || column != 0)
        return;
    QTableWidgetItem *item = table->item(row, 0);
    const QString name = item->text().trimmed();
    if (name.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("A name is required."));
        reload();
        return;
    }
    QString error;
    if (!m_doc->updateRow(sqlTable, item->data(IdRole).toLongLong(), {{K("name"), name}},
                          tr("Rename “%1”").arg(name), Document::NoMerge, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        reload();
    }
}

void VocabularyDialog::addCategory()
{
    const QString name = QInputDialog::getText(this, tr("New category"), tr("Name:"));
    if (!name.trimmed().isEmpty())
        m_doc->addRow(K("category"),
                      {{K("name"), name.trimmed()}, {K("position"), m_categories->rowCount()}},
                      tr("Add category “%1”").arg(name.trimmed()));
}

void VocabularyDialog::addLinkType()
{
    const QString name = QInputDialog::getText(this, tr("New link type"), tr("Name:"));
    if (!name.trimmed().isEmpty())
        m_doc->addRow(K("link_type"),
                      {{K("name"), name.trimmed()}, {K("position"), m_types->rowCount()}},
                      tr("Add link type “%1”").arg(name.trimmed()));
}

void VocabularyDialog::addTag()
{
    const QString name = QInputDialog::getText(this, tr("New tag"), tr("Name:"));
    QString error;
    if (!name.trimmed().isEmpty() &&
        !m_doc->addRow(K("tag"), {{K("name"), name.trimmed()}},
                       tr("Add tag “%1”").arg(name.trimmed()), &error))
        QMessageBox::warning(this, windowTitle(), error);
}

void VocabularyDialog::deleteCategory(qint64 id)
{
    const auto named = Projections(m_doc->store()).fields(Table::Category, id, {Column::Name});
    if (!named)
        return;
    const QString name = named->value(0).toString();
    const QList<qint64> actors =
        m_doc->store().ids(K("actor"), K("category_id"), id).value_or(QList<qint64>());
    QList<RowOp> ops;
    if (!actors.isEmpty()) {
        QStringList choices{tr("Leave them without a category")};
        QList<qint64> targets{0};
        for (const Category &c : m_doc->categories())
            if (c.id != id)
                choices << tr("Move them to “%1”").arg(c.name), targets << c.id;
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("Delete category"),
            tr("%1 actors belong to “%2”. What should become of them?")
                .arg(actors.size())
                .arg(name),
            choices, 1, false, &ok);
        if (!ok)
            return;
        const qint64 target = targets.value(int(choices.indexOf(choice)));
        for (qint64 a : actors)
            if (auto op = m_doc->updateOp(K("actor"), a, {{K("category_id"), convert::ref(target)}}))
                ops << *op;
    }
    // The category and what the database removes with it (the workshop's exercise rows), so
    // that undo restores them; its actors are already dealt with above.
    for (const RowOp &op : m_doc->deleteOps(K("category"), QList<qint64>{id}))
        if (!(op.kind == RowOp::Update && op.is(Table::Actor)))
            ops << op;
    m_doc->apply(tr("Delete category “%1”").arg(name), ops);
}

void VocabularyDialog::deleteLinkType(qint64 id)
{
    const auto named = Projections(m_doc->store()).fields(Table::LinkType, id, {Column::Name});
    if (!named)
        return;
    const QString name = named->value(0).toString();
    const QList<qint64> links = m_doc->store().ids(K("link"), K("type_id"), id).value_or(QList<qint64>());
    QList<RowOp> ops;
    if (!links.isEmpty()) {
        QStringList choices{tr("Delete these links")};
        QList<qint64> targets{0};
        for (const LinkType &t : m_doc->linkTypes())
            if (t.id != id)
                choices << tr("Change them to “%1”").arg(t.name), targets << t.id;
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("Delete link type"),
            tr("%1 links are of type “%2”. What should become of them?")
                .arg(links.size())
                .arg(name),
            choices, 1, false, &ok);
        if (!ok)
            return;
        const qint64 target = targets.value(int(choices.indexOf(choice)));
        if (target == 0) {
            ops += m_doc->deleteOps(K("link"), links);
        } else {
            for (qint64 l : links)
                if (auto op = m_doc->updateOp(K("link"), l, {{K("type_id"), target}}))
                    ops << *op;
        }
    }
    // The link type and what the database removes with it (the workshop's exercise rows),
    // so that undo restores them; its links are already dealt with above.
    for (const RowOp &op : m_doc->deleteOps(K("link_type"), QList<qint64>{id}))
        if (!(op.kind == RowOp::Update && op.is(Table::Link)))
            ops << op;
    m_doc->apply(tr("Delete link type “%1”").arg(name), ops);
}

void VocabularyDialog::deleteTag(qint64 id)
{
    const auto named = Projections(m_doc->store()).fields(Table::Tag, id, {Column::Name});
    if (!named)
        return;
    const QString name = named->value(0).toString();
    const qint64 used = m_doc->store().countWhere(K("actor_tag"), K("tag_id"), id).value_or(0);
    if (used > 0 &&
        QMessageBox::question(this, tr("Delete tag"),
                              tr("%1 actors carry the tag “%2”. Remove it from them and delete "
                                 "it?")
                                  .arg(used)
                                  .arg(name)) != QMessageBox::Yes)
        return;
    m_doc->removeRows(K("tag"), {id}, tr("Delete tag “%1”").arg(name));
}

} // namespace maillage
