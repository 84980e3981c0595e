#include "ui/editors/actoreditor.h"
#include "ui/editors/fieldvalueseditor.h"
#include "ui/editors/vocabularyfilter.h"

#include "core/diagnostics/diagnostics.h"
#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/geo/locate.h"
#include "core/privacy/retention.h"
#include "core/util/text.h"
#include "ui/widgets/notesedit.h"
#include "ui/widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)
} // namespace

ActorEditor::ActorEditor(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Fields shrink to the dock's width rather than scrolling sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_name = new QLineEdit(body);
    m_name->setObjectName(K("actorName"));
    m_name->setPlaceholderText(tr("Required"));
    form->addRow(tr("&Name:"), m_name);
    m_nameWarning = new QLabel(body);
    m_nameWarning->setObjectName(K("nameWarning"));
    m_nameWarning->setWordWrap(true);
    m_nameWarning->setStyleSheet(K("color: #a04000;"));
    m_nameWarning->hide();
    form->addRow(QString(), m_nameWarning);
    // Another actor of that name: said while typing, with a way to it; never blocking.
    m_sameNameRow = new QWidget(body);
    m_sameNameRow->setObjectName(K("sameNameRow"));
    auto *sameLayout = new QHBoxLayout(m_sameNameRow);
    sameLayout->setContentsMargins(0, 0, 0, 0);
    m_sameNameLabel = new QLabel(m_sameNameRow);
    m_sameNameLabel->setObjectName(K("sameNameLabel"));
    m_sameNameLabel->setWordWrap(true);
    m_sameNameLabel->setStyleSheet(K("color: palette(mid);"));
    m_sameNameButton = new QPushButton(tr("Open"), m_sameNameRow);
    m_sameNameButton->setObjectName(K("sameNameOpen"));
    m_sameNameButton->setFlat(true);
    m_sameNameButton->setCursor(Qt::PointingHandCursor);
    sameLayout->addWidget(m_sameNameLabel, 1);
    sameLayout->addWidget(m_sameNameButton);
    m_sameNameRow->hide();
    form->addRow(QString(), m_sameNameRow);
    connect(m_sameNameButton, &QPushButton::clicked, this, [this] {
        if (m_sameNameId)
            emit actorActivated(m_sameNameId);
    });
    connect(m_name, &QLineEdit::textChanged, this, &ActorEditor::updateSameName);
    connect(m_name, &QLineEdit::editingFinished, this, &ActorEditor::commitName);

    m_category = new QComboBox(body);
    m_category->setObjectName(K("actorCategory"));
    form->addRow(tr("&Category:"), m_category);
    connect(m_category, &QComboBox::activated, this, [this] {
        // Choosing a category of persons (citizen, elected official…) makes the actor a
        // person, with the territory's default retention date: one undo step.
        Row changes{{K("category_id"), m_category->currentData()}};
        const auto a = m_doc->actor(m_id);
        for (const Category &c : m_doc->categories())
            if (a && c.id == m_category->currentData().toLongLong() && c.person && !a->isPerson) {
                changes.insert(K("is_person"), 1);
                if (!a->retentionDate.isValid())
                    changes.insert(K("retention_date"),
                                   convert::date(privacy::defaultRetentionDate(
                                       m_doc->store(), a->lastContact)));
            }
        QString error;
        if (m_id && !m_doc->updateActor(m_id, changes, &error)) {
            m_nameWarning->setText(tr("Not saved: %1").arg(error));
            m_nameWarning->show();
        }
    });

    m_organisation = addLine(form, tr("&Organisation:"), K("organisation"));
    m_role = addLine(form, tr("&Role:"), K("role"));
    m_sector = addLine(form, tr("&Sector:"), K("sector"));
    m_commune = addLine(form, tr("Co&mmune:"), K("commune"));

    m_tags = new QLineEdit(body);
    m_tags->setObjectName(K("actorTags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. culture, youth"));
    form->addRow(tr("&Tags:"), m_tags);
    connect(m_tags, &QLineEdit::editingFinished, this, &ActorEditor::commitTags);

    auto spin = [&](const QString &label, const QString &column, const QString &name) {
        auto *s = new QSpinBox(body);
        s->setObjectName(name);
        s->setRange(0, 5);
        s->setToolTip(tr("0 (none) to 5 (very high)"));
        form->addRow(label, s);
        connect(s, &QSpinBox::valueChanged, this, [this, column](int v) { commit(column, v); });
        return s;
    };
    m_influence = spin(tr("&Influence:"), K("influence"), K("actorInfluence"));
    m_interest = spin(tr("Inte&rest:"), K("interest"), K("actorInterest"));

    m_attitude = new QComboBox(body);
    m_attitude->setObjectName(K("actorAttitude"));
    for (int a = -2; a <= 2; ++a)
        m_attitude->addItem(labels::attitude(a), a);
    form->addRow(tr("&Attitude:"), m_attitude);
    connect(m_attitude, &QComboBox::activated, this,
            [this] { commit(K("attitude"), m_attitude->currentData()); });
    m_engagement = new QComboBox(body);
    m_engagement->setObjectName(K("actorEngagement"));
    for (int e = 0; e <= 4; ++e)
        m_engagement->addItem(labels::engagement(e), e);
    form->addRow(tr("&Engagement:"), m_engagement);
    connect(m_engagement, &QComboBox::activated, this,
            [this] { commit(K("engagement"), m_engagement->currentData()); });

    auto *contact = new QGroupBox(tr("Contact"), body);
    auto *contactForm = new QFormLayout(contact);
    m_email = addLine(contactForm, tr("E-&mail:"), K("email"));
    m_phone = addLine(contactForm, tr("&Phone:"), K("phone"));
    m_website = addLine(contactForm, tr("&Website:"), K("website"));
    layout->addWidget(contact);

    // Where the actor is on the ground (WGS 84), typed in the locale's numbers.
    auto *location = new QGroupBox(tr("Location"), body);
    location->setObjectName(K("actorLocation"));
    auto *locationForm = new QFormLayout(location);
    m_address = addLine(locationForm, tr("Add&ress:"), K("address"));
    auto *coordinates = new QHBoxLayout;
    m_latitude = new QLineEdit(location);
    m_latitude->setObjectName(K("actor_latitude"));
    m_latitude->setPlaceholderText(tr("latitude"));
    m_longitude = new QLineEdit(location);
    m_longitude->setObjectName(K("actor_longitude"));
    m_longitude->setPlaceholderText(tr("longitude"));
    coordinates->addWidget(m_latitude);
    coordinates->addWidget(m_longitude);
    auto *coordinatesLabel = new QLabel(tr("Lat&itude, longitude:"), location);
    coordinatesLabel->setBuddy(m_latitude);
    locationForm->addRow(coordinatesLabel, coordinates);
    connect(m_latitude, &QLineEdit::editingFinished, this, &ActorEditor::commitLocation);
    connect(m_longitude, &QLineEdit::editingFinished, this, &ActorEditor::commitLocation);
    m_precision = new QComboBox(location);
    m_precision->setObjectName(K("actor_location_precision"));
    m_precision->addItem(tr("unknown"), QString());
    for (const char *code : {"exact", "street", "commune", "manual"})
        m_precision->addItem(geo::precisionLabel(QLatin1String(code)), QLatin1String(code));
    locationForm->addRow(tr("Precision:"), m_precision);
    connect(m_precision, &QComboBox::activated, this,
            [this] { commit(K("location_precision"), m_precision->currentData()); });
    layout->addWidget(location);

    m_description = new NotesEdit(body);
    m_description->setObjectName(K("actorDescription"));
    m_description->setMaximumHeight(110);
    connect(m_description, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(K("description"), text); });
    layout->addWidget(new QLabel(tr("Description:"), body));
    layout->addWidget(m_description);

    // The territory's own fields of actors (shown when it has some).
    auto *fieldsBox = new QGroupBox(tr("Fields of this territory"), body);
    fieldsBox->setObjectName(K("actorFieldsBox"));
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    m_fieldValues = new FieldValuesEditor(doc, K("actor"), fieldsBox);
    m_fieldValues->setObjectName(K("actorFieldValues"));
    fieldsLayout->addWidget(m_fieldValues);
    layout->addWidget(fieldsBox);
    fieldsBox->setVisible(m_fieldValues->hasFields());
    connect(m_fieldValues, &FieldValuesEditor::fieldsChanged, fieldsBox,
            [this, fieldsBox] { fieldsBox->setVisible(m_fieldValues->hasFields()); });

    auto *dates = new QFormLayout;
    m_since = new OptionalDateEdit(body);
    m_until = new OptionalDateEdit(body);
    dates->addRow(tr("Active since:"), m_since);
    dates->addRow(tr("Active until:"), m_until);
    connect(m_since, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("since"), convert::date(d)); });
    connect(m_until, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("until"), convert::date(d)); });
    m_pinned = new QCheckBox(tr("Pinned on the map"), body);
    m_pinned->setToolTip(tr("Layouts leave a pinned actor where it is."));
    dates->addRow(QString(), m_pinned);
    connect(m_pinned, &QCheckBox::toggled, this, [this](bool on) { commit(K("pinned"), on ? 1 : 0); });
    layout->addLayout(dates);

    m_isPerson = new QCheckBox(tr("This actor is a &person"), body);
    m_isPerson->setObjectName(K("actorIsPerson"));
    layout->addWidget(m_isPerson);
    m_personBox = new QGroupBox(tr("Personal data"), body);
    m_personBox->setObjectName(K("personBox"));
    auto *personForm = new QFormLayout(m_personBox);
    m_legalBasis = new QComboBox(m_personBox);
    m_legalBasis->setObjectName(K("legalBasis"));
    for (const QString &code : labels::legalBasisCodes())
        m_legalBasis->addItem(labels::legalBasis(code), code);
    personForm->addRow(tr("Legal &basis:"), m_legalBasis);
    connect(m_legalBasis, &QComboBox::activated, this,
            [this] { commit(K("legal_basis"), m_legalBasis->currentData()); });
    m_consentDate = new OptionalDateEdit(m_personBox);
    personForm->addRow(tr("Consent given on:"), m_consentDate);
    connect(m_consentDate, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("consent_date"), convert::date(d)); });
    m_consentMethod = new QLineEdit(m_personBox);
    m_consentMethod->setPlaceholderText(tr("How it was obtained, e.g. signed form"));
    personForm->addRow(tr("Consent obtained:"), m_consentMethod);
    connect(m_consentMethod, &QLineEdit::editingFinished, this,
            [this] { commit(K("consent_method"), m_consentMethod->text()); });
    m_lastContact = new OptionalDateEdit(m_personBox);
    personForm->addRow(tr("Last contact:"), m_lastContact);
    connect(m_lastContact, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("last_contact"), convert::date(d)); });
    m_retentionDate = new OptionalDateEdit(m_personBox);
    m_retentionDate->setObjectName(K("retentionDate"));
    personForm->addRow(tr("Keep until:"), m_retentionDate);
    connect(m_retentionDate, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("retention_date"), convert::date(d)); });
    layout->addWidget(m_personBox);
    connect(m_isPerson, &QCheckBox::toggled, this, [this](bool on) {
        m_personBox->setVisible(on);
        if (!m_id)
            return;
        Row changes{{K("is_person"), on ? 1 : 0}};
        // A new person gets a retention date from the territory's default.
        const auto a = m_doc->actor(m_id);
        if (on && a && !a->retentionDate.isValid())
            changes.insert(K("retention_date"),
                           convert::date(privacy::defaultRetentionDate(m_doc->store(),
                                                                       a->lastContact)));
        QString error;
        if (!m_doc->updateActor(m_id, changes, &error))
            m_nameWarning->setText(error), m_nameWarning->show();
    });

    auto *linksBox = new QGroupBox(tr("Links"), body);
    auto *linksLayout = new QVBoxLayout(linksBox);
    m_links = new QTreeWidget(linksBox);
    m_links->setObjectName(K("actorLinks"));
    m_links->setRootIsDecorated(false);
    m_links->setHeaderLabels({tr("With"), tr("Type"), tr("Strength"), tr("Direction")});
    m_links->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_links->setMinimumHeight(120);
    linksLayout->addWidget(m_links);
    auto *buttons = new QHBoxLayout;
    m_newLink = new QPushButton(tr("&New link…"), linksBox);
    m_newLink->setObjectName(K("newLinkButton"));
    m_deleteLink = new QPushButton(tr("Delete link"), linksBox);
    buttons->addWidget(m_newLink);
    buttons->addWidget(m_deleteLink);
    buttons->addStretch();
    linksLayout->addLayout(buttons);
    layout->addWidget(linksBox);
    layout->addStretch();
    connect(m_links, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit linkActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_newLink, &QPushButton::clicked, this, [this] { emit newLinkRequested(m_id); });
    connect(m_deleteLink, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (QTreeWidgetItem *item : m_links->selectedItems())
            ids << item->data(0, Qt::UserRole).toLongLong();
        if (!ids.isEmpty())
            m_doc->removeLinks(ids);
    });

    connect(doc, &Document::changed, this, &ActorEditor::onChanged);
}

QLineEdit *ActorEditor::addLine(QFormLayout *form, const QString &label, const QString &column)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QStringLiteral("actor_") + column);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::editingFinished, this,
            [this, edit, column] { commit(column, edit->text().trimmed()); });
    m_lines.insert(column, edit);
    return edit;
}

void ActorEditor::fillCombos()
{
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("(none)"), QVariant(QMetaType(QMetaType::LongLong)));
    // An exercise offers only its allowed categories (the actor's own one stays visible).
    const auto current = m_id ? m_doc->actor(m_id) : std::nullopt;
    for (const Category &c : m_doc->categories()) {
        if (!categoryOffered(m_doc, c.id) && !(current && current->categoryId == c.id))
            continue;
        QPixmap swatch(12, 12);
        swatch.fill(QColor(c.color));
        m_category->addItem(QIcon(swatch), c.name, c.id);
    }
    QStringList tagNames;
    for (const Tag &t : m_doc->tags())
        tagNames << t.name;
    auto *completer = new QCompleter(tagNames, m_tags);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_tags->completer();
    m_tags->setCompleter(completer);
}

void ActorEditor::setActor(qint64 id)
{
    m_id = id;
    m_nameWarning->hide();
    load();
    m_fieldValues->setOwner(m_id);
    updateSameName();
}

void ActorEditor::updateSameName()
{
    const QString typed = m_name->text().trimmed();
    if (!m_id || !m_doc->isOpen() || typed.isEmpty()) {
        m_sameNameId = 0;
        m_sameNameRow->hide();
        return;
    }
    if (m_namesStale) {
        m_byName.clear();
        m_names.clear();
        for (const ActorName &a : Projections(m_doc->store()).names().value_or(QList<ActorName>())) {
            m_byName[diagnostics::sameNameKey(a.name)].append(a.id);
            m_names.insert(a.id, {a.name, a.categoryId});
        }
        m_namesStale = false;
    }
    QList<qint64> others = m_byName.value(diagnostics::sameNameKey(typed));
    others.removeAll(m_id);
    if (others.isEmpty()) {
        m_sameNameId = 0;
        m_sameNameRow->hide();
        return;
    }
    m_sameNameId = others.first();
    const auto [name, categoryId] = m_names.value(m_sameNameId);
    QString category;
    for (const Category &c : m_doc->categories())
        if (c.id == categoryId)
            category = c.name;
    QString text = category.isEmpty()
                       ? tr("Another actor is named “%1”.").arg(name)
                       : tr("Another actor is named “%1” (%2).").arg(name, category);
    if (others.size() > 1)
        text += QLatin1Char(' ') + tr("%Ln more share(s) this name.", nullptr,
                                      int(others.size() - 1));
    m_sameNameLabel->setText(text);
    m_sameNameButton->setToolTip(tr("Show “%1”").arg(name));
    m_sameNameRow->show();
}

void ActorEditor::load()
{
    const auto a = m_doc->isOpen() && m_id ? m_doc->actor(m_id) : std::nullopt;
    setEnabled(a.has_value() && !m_doc->isReadOnly());
    if (!a)
        return;
    fillCombos();
    const QList<QWidget *> all = findChildren<QWidget *>();
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(all.size());
    for (QWidget *w : all)
        blockers.emplace_back(w);
    m_name->setText(a->name);
    m_category->setCurrentIndex(std::max(0, m_category->findData(a->categoryId)));
    m_organisation->setText(a->organisation);
    m_role->setText(a->role);
    m_sector->setText(a->sector);
    m_commune->setText(a->commune);
    m_email->setText(a->email);
    m_phone->setText(a->phone);
    m_address->setText(a->address);
    const QLocale locale;
    m_latitude->setText(a->hasLocation() ? locale.toString(a->latitude, 'f', 6) : QString());
    m_longitude->setText(a->hasLocation() ? locale.toString(a->longitude, 'f', 6) : QString());
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(a->locationPrecision)));
    m_precision->setEnabled(a->hasLocation());
    m_website->setText(a->website);
    m_description->load(a->description);
    m_influence->setValue(a->influence);
    m_interest->setValue(a->interest);
    m_attitude->setCurrentIndex(m_attitude->findData(a->attitude));
    m_engagement->setCurrentIndex(m_engagement->findData(a->engagement));
    m_since->setDate(a->since);
    m_until->setDate(a->until);
    m_pinned->setChecked(a->pinned);
    m_isPerson->setChecked(a->isPerson);
    m_personBox->setVisible(a->isPerson);
    m_legalBasis->setCurrentIndex(std::max(0, m_legalBasis->findData(a->legalBasis)));
    m_consentDate->setDate(a->consentDate);
    m_consentMethod->setText(a->consentMethod);
    m_lastContact->setDate(a->lastContact);
    m_retentionDate->setDate(a->retentionDate);
    QStringList tagNames;
    const QList<Tag> tags = m_doc->tags();
    for (qint64 t : m_doc->tagsOfActor(m_id))
        for (const Tag &tag : tags)
            if (tag.id == t)
                tagNames << tag.name;
    tagNames.sort(Qt::CaseInsensitive);
    m_tags->setText(tagNames.join(QStringLiteral(", ")));
    loadLinks();
}

void ActorEditor::loadLinks()
{
    m_links->clear();
    if (!m_id)
        return;
    QHash<qint64, LinkType> types;
    for (const LinkType &t : m_doc->linkTypes())
        types.insert(t.id, t);
    auto add = [&](const Link &l) {
        const bool outgoing = l.sourceId == m_id;
        const auto other = m_doc->actor(outgoing ? l.targetId : l.sourceId);
        const LinkType type = types.value(l.typeId);
        auto *item = new QTreeWidgetItem(m_links);
        item->setText(0, other ? other->name : QString());
        item->setText(1, type.name);
        item->setText(2, QLocale().toString(l.strength));
        item->setText(3, !type.directed ? tr("both ways")
                         : outgoing     ? tr("to them")
                                        : tr("from them"));
        item->setData(0, Qt::UserRole, l.id);
        if (!type.color.isEmpty()) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(type.color));
            item->setIcon(1, QIcon(swatch));
        }
    };
    LinkRepository repo(m_doc->store());
    for (const Link &l : repo.list(QStringLiteral("source_id"), m_id))
        add(l);
    for (const Link &l : repo.list(QStringLiteral("target_id"), m_id))
        if (l.sourceId != m_id)
            add(l);
}

void ActorEditor::commitLocation()
{
    if (!m_id || !m_doc->isOpen())
        return;
    const auto a = m_doc->actor(m_id);
    if (!a)
        return;
    // A number in the locale's form ("48,3") or with a point ("48.3").
    auto parse = [](const QString &text, bool *ok) {
        const QString t = text.trimmed();
        double v = QLocale().toDouble(t, ok);
        if (!*ok)
            v = QLocale::c().toDouble(t, ok);
        return v;
    };
    const QString latText = m_latitude->text().trimmed(), lonText = m_longitude->text().trimmed();
    Row changes;
    if (latText.isEmpty() && lonText.isEmpty()) {
        if (!a->hasLocation())
            return;
        changes = {{K("latitude"), QVariant(QMetaType::fromType<double>())},
                   {K("longitude"), QVariant(QMetaType::fromType<double>())},
                   {K("location_precision"), QString()}};
    } else {
        if (latText.isEmpty() || lonText.isEmpty())
            return;  // the other one is still to be typed
        bool okLat = false, okLon = false;
        const double lat = parse(latText, &okLat), lon = parse(lonText, &okLon);
        QString problem;
        if (!okLat || lat < -90 || lat > 90)
            problem = tr("the latitude must be a number from −90 to 90");
        else if (!okLon || lon < -180 || lon > 180)
            problem = tr("the longitude must be a number from −180 to 180");
        if (!problem.isEmpty()) {
            m_nameWarning->setText(tr("Not saved: %1").arg(problem));
            m_nameWarning->show();
            return;
        }
        if (a->hasLocation() && std::abs(a->latitude - lat) < 5e-7 &&
            std::abs(a->longitude - lon) < 5e-7)
            return;  // what is shown, rounded
        // Typed by hand: the place is the user's.
        changes = {{K("latitude"), lat}, {K("longitude"), lon},
                   {K("location_precision"), K("manual")}};
    }
    QString error;
    if (!m_doc->updateActor(m_id, changes, &error)) {
        m_nameWarning->setText(tr("Not saved: %1").arg(error));
        m_nameWarning->show();
        load();
    }
}

void ActorEditor::commit(const QString &column, const QVariant &value)
{
    if (!m_id || !m_doc->isOpen())
        return;
    QString error;
    if (!m_doc->updateActor(m_id, {{column, value}}, &error)) {
        m_nameWarning->setText(tr("Not saved: %1").arg(error));
        m_nameWarning->show();
        load();
    }
}

void ActorEditor::commitName()
{
    if (!m_id || !m_doc->isOpen())  // (a focus leaving a closed territory)
        return;
    const QString name = m_name->text().trimmed();
    const auto current = m_doc->actor(m_id);
    if (!current || name == current->name)
        return;
    if (name.isEmpty()) {
        m_nameWarning->setText(tr("An actor needs a name; the previous one was kept."));
        m_nameWarning->show();
        m_name->setText(current->name);
        return;
    }
    QStringList similar;
    for (const Actor &a : m_doc->actors())
        if (a.id != m_id && text::nearDuplicate(a.name, name))
            similar << QStringLiteral("“%1”").arg(a.name);
    if (!similar.isEmpty()) {
        m_nameWarning->setText(tr("Possible duplicate: %1 has a very similar name.")
                                   .arg(QLocale().createSeparatedList(similar.mid(0, 3))));
        m_nameWarning->show();
    } else {
        m_nameWarning->hide();
    }
    commit(QStringLiteral("name"), name);
}

void ActorEditor::commitTags()
{
    if (!m_id || !m_doc->isOpen())  // (a focus leaving a closed territory)
        return;
    QStringList wanted;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty() && !wanted.contains(t.trimmed(), Qt::CaseInsensitive))
            wanted << t.trimmed();
    const QList<Tag> existing = m_doc->tags();
    const QList<qint64> current = m_doc->tagsOfActor(m_id);
    QList<RowOp> ops;
    QList<qint64> keep;
    qint64 placeholder = 0;
    for (const QString &name : wanted) {
        qint64 id = 0;
        for (const Tag &t : existing)
            if (text::fold(t.name) == text::fold(name))
                id = t.id;
        if (!id) {
            ops << m_doc->insertOp(QStringLiteral("tag"), {{QStringLiteral("name"), name}});
            id = --placeholder;
        }
        keep << id;
        if (!current.contains(id))
            ops << m_doc->insertOp(QStringLiteral("actor_tag"),
                                   {{QStringLiteral("actor_id"), m_id}, {QStringLiteral("tag_id"), id}});
    }
    for (qint64 t : current)
        if (!keep.contains(t))
            ops << RowOp{RowOp::Delete, QStringLiteral("actor_tag"),
                         {{QStringLiteral("actor_id"), m_id}, {QStringLiteral("tag_id"), t}}, {}};
    if (ops.isEmpty())
        return;
    const auto a = m_doc->actor(m_id);
    QString error;
    if (!m_doc->apply(tr("Change tags of “%1”").arg(a ? a->name : QString()), ops,
                      Document::NoMerge, &error)) {
        m_nameWarning->setText(tr("Not saved: %1").arg(error));
        m_nameWarning->show();
    }
}

void ActorEditor::onChanged(const ChangeSet &changes)
{
    for (const Change &c : changes)
        if (c.table == Table::Actor &&
            (c.kind != Change::Updated || c.columns.contains(Column::Name) ||
             c.columns.contains(Column::CategoryId)))
            m_namesStale = true;
    if (!m_id)
        return;
    if (m_namesStale && !m_sameNameRow->isHidden())
        updateSameName();
    for (const Change &c : changes) {
        if (c.table == Table::Actor && c.ids.contains(m_id)) {
            if (c.kind == Change::Removed) {
                m_id = 0;
                setEnabled(false);
                return;
            }
            load();
            return;
        }
        if (c.table == Table::Link || c.table == Table::ActorTag ||
            c.table == Table::Category || c.table == Table::Tag ||
            c.table == Table::LinkType) {
            load();
            return;
        }
    }
}

} // namespace maillage
