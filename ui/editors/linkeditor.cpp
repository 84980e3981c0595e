#include "ui/editors/linkeditor.h"
#include "ui/editors/fieldvalueseditor.h"
#include "ui/editors/vocabularyfilter.h"

#include "core/document/document.h"
#include "ui/widgets/notesedit.h"
#include "ui/widgets/optionaldateedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)

/// The link types `doc` offers (an exercise restricts them), and `keep` whatever it is.
void fillTypes(QComboBox *combo, Document *doc, qint64 keep = 0)
{
    combo->clear();
    for (const LinkType &t : doc->linkTypes()) {
        if (!linkTypeOffered(doc, t.id) && t.id != keep)
            continue;
        QPixmap swatch(12, 12);
        swatch.fill(QColor(t.color));
        combo->addItem(QIcon(swatch), t.name, t.id);
    }
}
} // namespace

LinkEditor::LinkEditor(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_source = new QPushButton(this);
    m_target = new QPushButton(this);
    m_source->setFlat(true);
    m_target->setFlat(true);
    m_source->setToolTip(tr("Show this actor"));
    m_target->setToolTip(tr("Show this actor"));
    form->addRow(tr("From:"), m_source);
    form->addRow(tr("To:"), m_target);
    m_direction = new QLabel(this);
    m_direction->setWordWrap(true);
    m_swap = new QPushButton(tr("&Reverse direction"), this);
    auto *dir = new QHBoxLayout;
    dir->addWidget(m_direction, 1);
    dir->addWidget(m_swap);
    form->addRow(tr("Direction:"), dir);
    m_type = new QComboBox(this);
    m_type->setObjectName(K("linkType"));
    form->addRow(tr("&Type:"), m_type);
    m_strength = new QSpinBox(this);
    m_strength->setObjectName(K("linkStrength"));
    m_strength->setRange(1, 5);
    m_strength->setToolTip(tr("1 (weak) to 5 (strong)"));
    form->addRow(tr("&Strength:"), m_strength);
    m_since = new OptionalDateEdit(this);
    m_until = new OptionalDateEdit(this);
    form->addRow(tr("Since:"), m_since);
    form->addRow(tr("Until:"), m_until);
    m_description = new NotesEdit(this);
    m_description->setMaximumHeight(100);
    connect(m_description, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(K("description"), text); });
    form->addRow(tr("Description:"), m_description);
    // The territory's own fields of links.
    m_fieldValues = new FieldValuesEditor(doc, K("link"), this);
    m_fieldValues->setObjectName(K("linkFieldValues"));
    layout->addWidget(m_fieldValues);
    m_error = new QLabel(this);
    m_error->setStyleSheet(K("color: #a04000;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_delete = new QPushButton(tr("&Delete this link"), this);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_delete);
    layout->addLayout(row);
    layout->addStretch();

    connect(m_source, &QPushButton::clicked, this, [this] {
        if (const auto l = m_doc->link(m_id))
            emit actorActivated(l->sourceId);
    });
    connect(m_target, &QPushButton::clicked, this, [this] {
        if (const auto l = m_doc->link(m_id))
            emit actorActivated(l->targetId);
    });
    connect(m_swap, &QPushButton::clicked, this, [this] {
        const auto l = m_doc->link(m_id);
        if (!l)
            return;
        m_doc->updateRow(K("link"), m_id, {{K("source_id"), l->targetId}, {K("target_id"), l->sourceId}},
                         tr("Reverse link"));
    });
    connect(m_type, &QComboBox::activated, this, [this] { commit(K("type_id"), m_type->currentData()); });
    connect(m_strength, &QSpinBox::valueChanged, this, [this](int v) { commit(K("strength"), v); });
    connect(m_since, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("since"), convert::date(d)); });
    connect(m_until, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("until"), convert::date(d)); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_id)
            m_doc->removeLinks({m_id});
    });
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        for (const Change &c : changes)
            if ((c.table == Table::Link && c.ids.contains(m_id)) ||
                c.table == Table::LinkType || c.table == Table::Actor) {
                load();
                return;
            }
    });
}

void LinkEditor::setLink(qint64 id)
{
    m_id = id;
    m_error->hide();
    load();
    m_fieldValues->setOwner(m_id);
}

void LinkEditor::load()
{
    const auto l = m_doc->isOpen() && m_id ? m_doc->link(m_id) : std::nullopt;
    setEnabled(l.has_value() && !m_doc->isReadOnly());
    if (!l) {
        m_id = 0;
        return;
    }
    const QSignalBlocker b1(m_type), b2(m_strength);
    fillTypes(m_type, m_doc, l->typeId);
    m_type->setCurrentIndex(m_type->findData(l->typeId));
    m_strength->setValue(l->strength);
    const auto a = m_doc->actor(l->sourceId), b = m_doc->actor(l->targetId);
    m_source->setText(a ? a->name : QString());
    m_target->setText(b ? b->name : QString());
    bool directed = false;
    for (const LinkType &t : m_doc->linkTypes())
        if (t.id == l->typeId)
            directed = t.directed;
    m_direction->setText(directed ? tr("From the first actor to the second")
                                  : tr("Both ways (this type is not directed)"));
    m_swap->setEnabled(directed);
    m_since->setDate(l->since);
    m_until->setDate(l->until);
    m_description->load(l->description);
}

void LinkEditor::commit(const QString &column, const QVariant &value)
{
    if (!m_id)
        return;
    QString error;
    if (!m_doc->updateRow(K("link"), m_id, {{column, value}}, tr("Edit link"),
                          Document::MergeFieldEdit, &error)) {
        m_error->setText(tr("Not saved: %1").arg(error));
        m_error->show();
    }
}

NewLinkDialog::NewLinkDialog(Document *doc, qint64 from, qint64 to, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New link"));
    auto *form = new QFormLayout(this);
    auto makeActorCombo = [&](qint64 selected) {
        auto *combo = new QComboBox(this);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        QList<Actor> actors = doc->actors();
        std::sort(actors.begin(), actors.end(), [](const Actor &a, const Actor &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Actor &a : actors)
            combo->addItem(a.name, a.id);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->setCurrentIndex(combo->findData(selected));
        return combo;
    };
    m_from = makeActorCombo(from);
    m_from->setObjectName(K("linkFrom"));
    m_to = makeActorCombo(to);
    m_to->setObjectName(K("linkTo"));
    m_type = new QComboBox(this);
    m_type->setObjectName(K("newLinkType"));
    fillTypes(m_type, doc);
    m_strength = new QSpinBox(this);
    m_strength->setRange(1, 5);
    m_strength->setValue(3);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Strength:"), m_strength);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create link"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (sourceId() == 0 || targetId() == 0) {
            QMessageBox::information(this, windowTitle(), tr("Choose two actors."));
            return;
        }
        if (sourceId() == targetId()) {
            QMessageBox::information(this, windowTitle(),
                                     tr("A link joins two different actors."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 NewLinkDialog::sourceId() const
{
    const int i = m_from->findText(m_from->currentText());
    return i >= 0 ? m_from->itemData(i).toLongLong() : 0;
}
qint64 NewLinkDialog::targetId() const
{
    const int i = m_to->findText(m_to->currentText());
    return i >= 0 ? m_to->itemData(i).toLongLong() : 0;
}
qint64 NewLinkDialog::typeId() const
{
    return m_type->currentData().toLongLong();
}
int NewLinkDialog::strength() const
{
    return m_strength->value();
}

qint64 createLinkInteractively(Document *doc, qint64 from, qint64 to, QWidget *parent)
{
    NewLinkDialog dialog(doc, from, to, parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    Link l;
    l.sourceId = dialog.sourceId();
    l.targetId = dialog.targetId();
    l.typeId = dialog.typeId();
    l.strength = dialog.strength();
    QString error;
    const auto id = doc->addLink(l, &error);
    if (!id) {
        QMessageBox::warning(parent, QObject::tr("New link"), error);
        return 0;
    }
    return *id;
}

} // namespace maillage
