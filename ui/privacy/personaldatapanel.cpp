#include "ui/privacy/personaldatapanel.h"
#include "core/util/dates.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/privacy/erasure.h"
#include "core/privacy/personrecord.h"
#include "core/report/report.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage {

namespace {

enum Column {
    // What a narrow side panel shows first: who, on what legal basis, until when. The row's
    // colour and the icon on the name say whether it needs attention; the status spells out
    // why.
    ColName, ColBasis, ColRetention, ColStatus, ColLastContact, ColConsentDate, ColCategory,
    ColConsentMethod, ColumnCount
};
constexpr int IdRole = Qt::UserRole + 1;
constexpr int kContext = 60;    // characters shown around a change in a note
constexpr int kLongChange = 160;

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString dateText(const QDate &date)
{
    return dates::text(date);
}

/// Where a note is, for the user: "Meeting “Débat du 5 novembre”".
QString placeOf(const QString &table, qint64 id, const QString &rowLabel)
{
    QString kind;
    if (table == QLatin1String("territory")) kind = PersonalDataPanel::tr("Territory");
    else if (table == QLatin1String("actor")) kind = PersonalDataPanel::tr("Actor");
    else if (table == QLatin1String("link")) kind = PersonalDataPanel::tr("Link");
    else if (table == QLatin1String("meeting")) kind = PersonalDataPanel::tr("Meeting");
    else if (table == QLatin1String("problem")) kind = PersonalDataPanel::tr("Problem");
    else if (table == QLatin1String("action_item")) kind = PersonalDataPanel::tr("Action");
    else if (table == QLatin1String("indicator")) kind = PersonalDataPanel::tr("Indicator");
    else if (table == QLatin1String("indicator_value")) kind = PersonalDataPanel::tr("Indicator value");
    else kind = privacy::tableLabel(table);  // tags, snapshots, the exercise…
    return rowLabel.isEmpty() ? PersonalDataPanel::tr("%1 #%2").arg(kind).arg(id)
                              : PersonalDataPanel::tr("%1 “%2”").arg(kind, rowLabel);
}

/// The part of `text` from `from` to `to` in bold (struck out if `struck`), with some context
/// on either side.
QString excerptAround(const QString &text, qsizetype from, qsizetype to, bool struck)
{
    const qsizetype start = std::max<qsizetype>(0, from - kContext);
    const qsizetype end = std::min<qsizetype>(text.size(), to + kContext);
    QString middle = text.mid(from, to - from);
    if (middle.size() > kLongChange)
        middle = middle.left(kLongChange / 2) + QStringLiteral(" … ") + middle.right(kLongChange / 2);
    QString html = start > 0 ? QStringLiteral("…") : QString();
    html += esc(text.mid(start, from - start));
    html += struck ? QStringLiteral("<b><s>%1</s></b>").arg(esc(middle))
                   : QStringLiteral("<b>%1</b>").arg(esc(middle));
    html += esc(text.mid(to, end - to));
    if (end < text.size())
        html += QStringLiteral("…");
    return html;
}

/// A note before and after a change, each cut to the changed part and its context.
QString changeHtml(const privacy::TextChange &c)
{
    const QString &a = c.before, &b = c.after;
    qsizetype p = 0;
    while (p < a.size() && p < b.size() && a.at(p) == b.at(p))
        ++p;
    qsizetype s = 0;
    while (s < a.size() - p && s < b.size() - p && a.at(a.size() - 1 - s) == b.at(b.size() - 1 - s))
        ++s;
    return PersonalDataPanel::tr("Before: %1").arg(excerptAround(a, p, a.size() - s, true)) +
           QStringLiteral("<br>") +
           PersonalDataPanel::tr("After: %1").arg(excerptAround(b, p, b.size() - s, false));
}

QString listHtml(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString html = QStringLiteral("<ul style=\"margin-top:2px\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

QString textChangesHtml(const QList<privacy::TextChange> &changes, const QString &heading)
{
    if (changes.isEmpty())
        return QString();
    QStringList items;
    for (const privacy::TextChange &c : changes)
        items << QStringLiteral("<i>%1, %2</i><br>%3")
                     .arg(esc(placeOf(c.table, c.id, c.rowLabel)),
                          esc(privacy::columnLabel(c.column)), changeHtml(c));
    return QStringLiteral("<p><b>%1</b></p>").arg(esc(heading)) + listHtml(items);
}

QString possibleMentionsHtml(const QList<privacy::Mention> &mentions)
{
    if (mentions.isEmpty())
        return QString();
    QStringList items;
    for (const privacy::Mention &m : mentions)
        items << QStringLiteral("<i>%1</i>: “%2”")
                     .arg(esc(placeOf(m.table, m.id, m.rowLabel)),
                          esc(m.excerpts.join(QStringLiteral(" … "))));
    return QStringLiteral("<p><b>%1</b></p>")
               .arg(esc(PersonalDataPanel::tr("Left unchanged — check them yourself: these notes "
                                              "may name them by family name only:"))) +
           listHtml(items);
}

QString erasureHtml(const privacy::ErasurePlan &plan)
{
    const QLocale locale;
    QString html;
    for (const privacy::PersonRecord &p : plan.persons) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(p.category.isEmpty()
                                 ? PersonalDataPanel::tr("“%1” and everything held about them:")
                                       .arg(p.actor.name)
                                 : PersonalDataPanel::tr("“%1” (%2) and everything held about them:")
                                       .arg(p.actor.name, p.category)));
        QStringList items;
        items << esc(PersonalDataPanel::tr("every field: contact details, description, consent, dates"));
        if (!p.tags.isEmpty())
            items << esc(PersonalDataPanel::tr("tags: %1").arg(p.tags.join(QStringLiteral(", "))));
        QStringList links;
        for (const privacy::PersonLink &l : p.links)
            links << (l.type.isEmpty() ? l.otherName
                                       : PersonalDataPanel::tr("%1 (%2)").arg(l.otherName, l.type));
        if (!links.isEmpty())
            items << esc(PersonalDataPanel::tr("links (%1): %2")
                             .arg(locale.toString(links.size()), links.join(QStringLiteral(", "))));
        QStringList meetings;
        for (const privacy::PersonMeeting &m : p.meetings)
            meetings << (m.heldOn.isValid() ? PersonalDataPanel::tr("%1 (%2)").arg(m.title, dateText(m.heldOn))
                                            : m.title);
        if (!meetings.isEmpty())
            items << esc(PersonalDataPanel::tr("attendance at meetings (%1): %2")
                             .arg(locale.toString(meetings.size()), meetings.join(QStringLiteral(", "))));
        QStringList problems;
        for (const privacy::PersonInvolvement &pr : p.problems) {
            QStringList roles;
            for (const QString &r : pr.roles)
                roles << labels::problemRole(r);
            problems << PersonalDataPanel::tr("%1 (%2)").arg(pr.title, roles.join(QStringLiteral(", ")));
        }
        if (!problems.isEmpty())
            items << esc(PersonalDataPanel::tr("roles in problems: %1").arg(problems.join(QStringLiteral(", "))));
        QStringList actions;
        for (const privacy::PersonInvolvement &a : p.actions)
            actions << (a.roles.contains(QLatin1String("lead"))
                            ? PersonalDataPanel::tr("%1 (lead: the action keeps no lead)").arg(a.title)
                            : PersonalDataPanel::tr("%1 (partner)").arg(a.title));
        if (!actions.isEmpty())
            items << esc(PersonalDataPanel::tr("actions: %1").arg(actions.join(QStringLiteral(", "))));
        html += listHtml(items);
    }
    html += textChangesHtml(
        plan.textChanges,
        PersonalDataPanel::tr("Their name is replaced by “%1” in these places:").arg(privacy::erasedMarker()));
    html += possibleMentionsHtml(plan.possibleMentions);
    return html;
}

QString pseudonymHtml(const privacy::PseudonymPlan &plan)
{
    QStringList items;
    for (const privacy::Pseudonymisation &p : plan.persons)
        items << QStringLiteral("%1 → <b>%2</b>").arg(esc(p.name), esc(p.pseudonym));
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(esc(PersonalDataPanel::tr("New names (their e-mail, phone, address and "
                                                      "website are blanked; links, meetings, "
                                                      "problems and actions are kept):"))) +
                   listHtml(items);
    html += textChangesHtml(plan.textChanges,
                            PersonalDataPanel::tr("Their name is replaced by the pseudonym in these places:"));
    html += possibleMentionsHtml(plan.possibleMentions);
    return html;
}

} // namespace

namespace privacyui {

ConfirmationDialog::ConfirmationDialog(const QString &title, const QString &headline,
                                       const QString &detailsHtml, const QString &warning,
                                       const QString &confirmText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("privacyConfirmation"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *head = new QLabel(QStringLiteral("<b>%1</b>").arg(esc(headline)), this);
    head->setWordWrap(true);
    top->addWidget(head, 1);
    layout->addLayout(top);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("confirmationDetails"));
    m_details->setHtml(detailsHtml);
    m_details->setOpenLinks(false);
    layout->addWidget(m_details, 1);
    if (detailsHtml.isEmpty())
        m_details->hide();
    auto *warn = new QLabel(this);
    warn->setObjectName(QStringLiteral("confirmationWarning"));
    warn->setWordWrap(true);
    warn->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(esc(warning)));
    if (warning.isEmpty())
        warn->hide();
    layout->addWidget(warn);
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter must not destroy data: the safe choice is the default.
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(detailsHtml.isEmpty() ? 460 : 620, detailsHtml.isEmpty() ? 180 : 480);
}

} // namespace privacyui

PersonalDataPanel::PersonalDataPanel(Document *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc)
{
    buildUi();
    retranslate();
    connect(m_doc, &Document::opened, this, &PersonalDataPanel::refresh);
    connect(m_doc, &Document::closed, this, &PersonalDataPanel::refresh);
    connect(m_doc, &Document::changed, this, &PersonalDataPanel::onDocumentChanged);
    refresh();
}

QColor PersonalDataPanel::expiredColour() { return QColor(0xf6, 0xc6, 0xc6); }
QColor PersonalDataPanel::attentionColour() { return QColor(0xfc, 0xe8, 0xb2); }

void PersonalDataPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_defaultsBox = new QGroupBox(this);
    auto *defaults = new QHBoxLayout(m_defaultsBox);
    m_defaultLabel = new QLabel(m_defaultsBox);
    m_defaultRetention = new QSpinBox(m_defaultsBox);
    m_defaultRetention->setObjectName(QStringLiteral("defaultRetention"));
    m_defaultRetention->setRange(1, 600);
    m_defaultRetention->setKeyboardTracking(false);
    m_defaultLabel->setBuddy(m_defaultRetention);
    m_defaultAfter = new QLabel(m_defaultsBox);
    m_defaultAfter->setWordWrap(true);
    m_defaultLabel->setWordWrap(true);
    defaults->addWidget(m_defaultLabel);
    defaults->addWidget(m_defaultRetention);
    defaults->addWidget(m_defaultAfter, 1);
    layout->addWidget(m_defaultsBox);
    connect(m_defaultRetention, &QSpinBox::valueChanged, this,
            &PersonalDataPanel::commitDefaultRetention);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("personalDataSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personalDataSearch"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("personalDataTable"));
    m_table->setModel(m_proxy);
    // The order is the point: those needing attention first.
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Consent methods are sentences: the last column takes the room left, the whole text is
    // in the tooltip.
    m_table->horizontalHeader()->setSectionResizeMode(ColConsentMethod, QHeaderView::Stretch);
    // Name and legal basis must show in the side panel beside the map (about 330 px at
    // 1280×720): a very long name is elided rather than pushing the legal basis out of sight.
    m_table->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Interactive);
    m_table->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_table, 1);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonalDataPanel::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit actorActivated(index.siblingAtColumn(ColName).data(IdRole).toLongLong());
    });

    m_actionsBox = new QGroupBox(this);
    auto *actions = new QVBoxLayout(m_actionsBox);
    m_selection = new QLabel(m_actionsBox);
    m_selection->setObjectName(QStringLiteral("personalDataSelection"));
    actions->addWidget(m_selection);
    auto *extendRow = new QHBoxLayout;
    m_extend = new QPushButton(m_actionsBox);
    m_extend->setObjectName(QStringLiteral("extendRetention"));
    m_months = new QSpinBox(m_actionsBox);
    m_months->setObjectName(QStringLiteral("extendMonths"));
    m_months->setRange(1, 120);
    m_months->setValue(12);
    m_monthsLabel = new QLabel(m_actionsBox);
    extendRow->addWidget(m_extend);
    extendRow->addWidget(m_months);
    extendRow->addWidget(m_monthsLabel);
    extendRow->addStretch();
    actions->addLayout(extendRow);
    auto *row = new QHBoxLayout;
    m_pseudonymise = new QPushButton(m_actionsBox);
    m_pseudonymise->setObjectName(QStringLiteral("pseudonymise"));
    m_erase = new QPushButton(m_actionsBox);
    m_erase->setObjectName(QStringLiteral("erase"));
    m_export = new QPushButton(m_actionsBox);
    m_export->setObjectName(QStringLiteral("exportPerson"));
    row->addWidget(m_pseudonymise);
    row->addWidget(m_erase);
    row->addStretch();
    actions->addLayout(row);
    // On a row of its own: the side panel beside the map is narrow.
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch();
    actions->addLayout(exportRow);
    layout->addWidget(m_actionsBox);
    connect(m_extend, &QPushButton::clicked, this, [this] { extendSelected(); });
    connect(m_pseudonymise, &QPushButton::clicked, this, &PersonalDataPanel::pseudonymiseSelected);
    connect(m_erase, &QPushButton::clicked, this, &PersonalDataPanel::eraseSelected);
    connect(m_export, &QPushButton::clicked, this, &PersonalDataPanel::exportSelected);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("personalDataMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
}

void PersonalDataPanel::retranslate()
{
    m_intro->setText(tr("Every person recorded in this territory, with why they are recorded "
                        "and until when. Those past their retention date or without a legal "
                        "basis come first: extend, pseudonymise or erase them."));
    m_defaultsBox->setTitle(tr("Default retention"));
    m_defaultLabel->setText(tr("New persons are &kept"));
    m_defaultRetention->setSuffix(tr(" months"));
    m_defaultAfter->setText(tr("after the last contact."));
    m_search->setPlaceholderText(tr("Search a person, a category, a status…"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Legal basis"), tr("Keep until"),
                                        tr("Status"), tr("Last contact"), tr("Consent given"),
                                        tr("Category"), tr("Consent method")});
    m_actionsBox->setTitle(tr("Selected persons"));
    m_extend->setText(tr("E&xtend retention by"));
    m_months->setSuffix(tr(" months"));
    m_monthsLabel->clear();
    m_pseudonymise->setText(tr("&Pseudonymise…"));
    m_pseudonymise->setToolTip(tr("Replace their names by pseudonyms and blank their contact "
                                  "details, keeping their links and history (for a file to "
                                  "share as an example)."));
    m_erase->setText(tr("&Erase…"));
    m_erase->setToolTip(tr("Erase them and every trace of them from the file, for good."));
    m_export->setText(tr("Export everything about this person…"));
    m_export->setToolTip(tr("Right of access: a PDF or JSON file with everything the territory "
                            "holds about the selected person."));
    fillModel();
}

void PersonalDataPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PersonalDataPanel::setAsOf(const QDate &date)
{
    m_asOf = date;
    refresh();
}

void PersonalDataPanel::onDocumentChanged(const ChangeSet &changes)
{
    for (const Change &c : changes) {
        // An update of actors who are not persons and stay so (a move, a rename of an
        // organisation) leaves the list as it is.
        const bool actor = c.table == Table::Actor &&
                           (c.kind != Change::Updated || c.updates(maillage::Column::IsPerson) ||
                            std::any_of(c.ids.begin(), c.ids.end(),
                                        [this](qint64 id) { return m_personIds.contains(id); }));
        if (actor || c.table == Table::Category || c.table == Table::Territory) {
            refresh();
            return;
        }
    }
}

void PersonalDataPanel::refresh()
{
    m_persons = m_doc->isOpen() ? privacy::retentionListing(m_doc->store(), asOf())
                                : QList<privacy::PersonStatus>();
    m_personIds.clear();
    for (const privacy::PersonStatus &p : std::as_const(m_persons))
        m_personIds.insert(p.id);
    {
        const QSignalBlocker blocker(m_defaultRetention);
        m_defaultRetention->setValue(m_doc->isOpen() ? m_doc->territory().retentionMonths : 36);
    }
    m_defaultRetention->setEnabled(m_doc->isOpen() && !m_doc->isReadOnly());
    fillModel();
}

void PersonalDataPanel::fillModel()
{
    const QList<qint64> selected = selectedPersons();
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    int expired = 0, noBasis = 0, noDate = 0;
    const QIcon critical = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const privacy::PersonStatus &p : std::as_const(m_persons)) {
        QList<QStandardItem *> row(ColumnCount);
        auto *name = new QStandardItem(p.name);
        name->setData(p.id, IdRole);
        row[ColName] = name;
        // Short words in the column, the full advice in the tooltip.
        QStringList issues, shortIssues;
        for (privacy::RetentionIssue issue : p.issues) {
            issues << privacy::retentionIssueText(issue);
            switch (issue) {
            case privacy::RetentionIssue::Expired: shortIssues << tr("Overdue"); break;
            case privacy::RetentionIssue::NoLegalBasis: shortIssues << tr("No legal basis"); break;
            case privacy::RetentionIssue::NoRetentionDate: shortIssues << tr("No date"); break;
            }
        }
        auto *status = new QStandardItem(shortIssues.isEmpty() ? tr("In order")
                                                               : shortIssues.join(QStringLiteral(", ")));
        row[ColStatus] = status;
        row[ColBasis] = new QStandardItem(p.legalBasis.isEmpty() ? tr("None recorded")
                                                                 : labels::legalBasis(p.legalBasis));
        row[ColRetention] = new QStandardItem(p.retentionDate.isValid() ? dateText(p.retentionDate)
                                                                        : tr("No date"));
        row[ColLastContact] = new QStandardItem(dateText(p.lastContact));
        row[ColConsentDate] = new QStandardItem(dateText(p.consentDate));
        row[ColConsentMethod] = new QStandardItem(p.consentMethod);
        row[ColConsentMethod]->setToolTip(p.consentMethod);
        row[ColCategory] = new QStandardItem(p.category);
        const bool isExpired = p.issues.contains(privacy::RetentionIssue::Expired);
        expired += isExpired ? 1 : 0;
        noBasis += p.issues.contains(privacy::RetentionIssue::NoLegalBasis) ? 1 : 0;
        noDate += p.issues.contains(privacy::RetentionIssue::NoRetentionDate) ? 1 : 0;
        if (p.needsAttention()) {
            name->setIcon(isExpired ? critical : warning);
            const QColor background = isExpired ? expiredColour() : attentionColour();
            for (QStandardItem *item : std::as_const(row)) {
                item->setBackground(background);
                // Dark text on the light background, whatever the palette.
                item->setForeground(QColor(0x20, 0x20, 0x20));
                if (item != row[ColConsentMethod])
                    item->setToolTip(issues.join(QLatin1Char('\n')));
            }
            QFont bold = status->font();
            bold.setBold(true);
            status->setFont(bold);
        }
        m_model->appendRow(row);
    }
    fitColumns();

    QString summary;
    if (!m_doc->isOpen())
        summary = tr("No territory is open.");
    else if (m_persons.isEmpty())
        summary = tr("No actor is recorded as a person: nothing to do here.");
    else {
        summary = m_persons.size() == 1 ? tr("1 person recorded.")
                                        : tr("%1 persons recorded.").arg(locale.toString(m_persons.size()));
        QStringList problems;
        if (expired)
            problems << (expired == 1 ? tr("1 past their retention date")
                                      : tr("%1 past their retention date").arg(locale.toString(expired)));
        if (noBasis)
            problems << (noBasis == 1 ? tr("1 without a legal basis")
                                      : tr("%1 without a legal basis").arg(locale.toString(noBasis)));
        if (noDate)
            problems << (noDate == 1 ? tr("1 without a retention date")
                                     : tr("%1 without a retention date").arg(locale.toString(noDate)));
        summary = problems.isEmpty()
                      ? QStringLiteral("%1 %2").arg(esc(summary), esc(tr("All are in order.")))
                      : QStringLiteral("%1 <span style=\"color:#a40000\"><b>%2</b></span>")
                            .arg(esc(summary), esc(tr("Needing attention: %1.")
                                                       .arg(problems.join(QStringLiteral(", ")))));
    }
    m_summary->setText(summary);
    selectPersons(selected);
    updateActions();
}

void PersonalDataPanel::fitColumns()
{
    // The name's width from the names it holds (and the icon of the rows needing attention),
    // capped so that the legal basis stays in view.
    const QFontMetrics metrics(m_table->font());
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    QHeaderView *header = m_table->horizontalHeader();
    int name = header->fontMetrics().horizontalAdvance(m_model->horizontalHeaderItem(ColName)->text());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, ColName);
        name = std::max(name, metrics.horizontalAdvance(item->text()) + (item->icon().isNull() ? 0 : icon));
    }
    header->resizeSection(ColName, std::min(name, metrics.averageCharWidth() * 24) + 16);
}

QList<qint64> PersonalDataPanel::selectedPersons() const
{
    QList<qint64> ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(ColName))
        ids << index.data(IdRole).toLongLong();
    // In the listed order, so confirmations read like the table.
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        const auto at = [this](qint64 id) {
            return std::find_if(m_persons.cbegin(), m_persons.cend(),
                                [id](const privacy::PersonStatus &p) { return p.id == id; }) -
                   m_persons.cbegin();
        };
        return at(a) < at(b);
    });
    return ids;
}

void PersonalDataPanel::selectPersons(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, ColName);
        if (ids.contains(index.data(IdRole).toLongLong()))
            selection.select(index, index.siblingAtColumn(ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
}

void PersonalDataPanel::updateActions()
{
    const int n = int(selectedPersons().size());
    const bool writable = m_doc->isOpen() && !m_doc->isReadOnly();
    m_extend->setEnabled(writable && n > 0);
    m_months->setEnabled(writable && n > 0);
    m_pseudonymise->setEnabled(writable && n > 0);
    m_erase->setEnabled(writable && n > 0);
    m_export->setEnabled(m_doc->isOpen() && n == 1);
    const QLocale locale;
    if (m_doc->isOpen() && m_doc->isReadOnly())
        m_selection->setText(tr("This file is read-only: persons can be exported, not changed."));
    else if (n == 0)
        m_selection->setText(tr("Select persons in the list to act on them."));
    else if (n == 1)
        m_selection->setText(tr("Selected: %1.").arg(selectionName(selectedPersons())));
    else
        m_selection->setText(tr("%1 persons selected.").arg(locale.toString(n)));
}

QString PersonalDataPanel::selectionName(const QList<qint64> &ids) const
{
    if (ids.size() != 1)
        return tr("these %1 persons").arg(QLocale().toString(ids.size()));
    for (const privacy::PersonStatus &p : m_persons)
        if (p.id == ids.first())
            return tr("“%1”").arg(p.name);
    return QString();
}

void PersonalDataPanel::setMessage(const QString &text, bool error)
{
    m_message->setText(error ? QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(esc(text))
                             : esc(text));
}

bool PersonalDataPanel::confirm(const QString &title, const QString &headline,
                                const QString &detailsHtml, const QString &warning,
                                const QString &confirmText)
{
    privacyui::ConfirmationDialog dialog(title, headline, detailsHtml, warning, confirmText, this);
    return dialog.exec() == QDialog::Accepted;
}

void PersonalDataPanel::commitDefaultRetention(int months)
{
    if (!m_doc->isOpen() || m_doc->isReadOnly() || m_doc->territory().retentionMonths == months)
        return;
    QString error;
    if (!m_doc->updateTerritory({{QStringLiteral("retention_months"), months}}, &error))
        setMessage(tr("The default retention could not be changed: %1").arg(error), true);
    else
        setMessage(tr("New persons will be kept %1 months after the last contact.")
                       .arg(QLocale().toString(months)));
}

bool PersonalDataPanel::extendSelected(int months)
{
    const QList<qint64> ids = selectedPersons();
    if (ids.isEmpty() || !m_doc->isOpen())
        return false;
    if (months <= 0)
        months = m_months->value();
    const QString who = selectionName(ids);
    const QString headline =
        months == 1 ? tr("Keep %1 one month longer?").arg(who)
                    : tr("Keep %1 %2 months longer?").arg(who, QLocale().toString(months));
    if (!confirm(tr("Extend retention"), headline, QString(),
                 tr("Their retention date moves %1 months later (from today's default date "
                    "when they have none). Make sure the reason for keeping them still holds. "
                    "You can undo this.")
                     .arg(QLocale().toString(months)),
                 tr("Extend")))
        return false;
    QString error;
    if (!privacy::extendRetention(*m_doc, ids, months, &error)) {
        setMessage(tr("The retention could not be extended: %1").arg(error), true);
        return false;
    }
    setMessage(tr("Retention of %1 extended by %2 months.").arg(who, QLocale().toString(months)));
    selectPersons(ids);
    return true;
}

bool PersonalDataPanel::pseudonymiseSelected()
{
    const QList<qint64> ids = selectedPersons();
    if (ids.isEmpty() || !m_doc->isOpen())
        return false;
    const QString who = selectionName(ids);
    const privacy::PseudonymPlan plan = privacy::planPseudonymisation(m_doc->store(), ids);
    if (!confirm(tr("Pseudonymise"), tr("Pseudonymise %1?").arg(who), pseudonymHtml(plan),
                 tr("This cannot be undone: the names are gone from the file. The undo "
                    "history will be cleared, so earlier edits cannot be undone either. "
                    "Copies, backups and exports made before are not changed."),
                 tr("Pseudonymise")))
        return false;
    QString error;
    privacy::PseudonymPlan done;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = privacy::pseudonymize(*m_doc, ids, &error, &done);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        setMessage(tr("Nothing was pseudonymised: %1").arg(error), true);
        return false;
    }
    setMessage(done.persons.size() == 1
                   ? tr("Pseudonymised 1 person; the undo history was cleared.")
                   : tr("Pseudonymised %1 persons; the undo history was cleared.")
                         .arg(QLocale().toString(done.persons.size())));
    return true;
}

bool PersonalDataPanel::eraseSelected()
{
    const QList<qint64> ids = selectedPersons();
    if (ids.isEmpty() || !m_doc->isOpen())
        return false;
    const QString who = selectionName(ids);
    const privacy::ErasurePlan plan = privacy::planErasure(m_doc->store(), ids);
    if (!confirm(tr("Erase"), tr("Erase %1 for good?").arg(who), erasureHtml(plan),
                 tr("This cannot be undone. The undo history will be cleared, so earlier "
                    "edits cannot be undone either. Copies, backups and exports made before "
                    "still hold the data: erase them there too."),
                 tr("Erase for good")))
        return false;
    QString error;
    privacy::ErasurePlan done;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = privacy::erase(*m_doc, ids, &error, &done);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        setMessage(tr("Nothing was erased: %1").arg(error), true);
        return false;
    }
    QStringList names;
    for (const privacy::PersonRecord &p : done.persons)
        names << tr("“%1”").arg(p.actor.name);
    setMessage(tr("Erased %1 and every trace of them; the undo history was cleared.")
                   .arg(names.join(QStringLiteral(", "))));
    return true;
}

bool PersonalDataPanel::exportPerson(qint64 actorId, const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("json"))
        return fail(tr("Cannot write “%1”: choose a name ending in .pdf or .json.").arg(path));
    if (!m_doc->isOpen())
        return fail(tr("No territory is open."));
    const auto record = privacy::collectPersonRecord(m_doc->store(), actorId);
    if (!record)
        return fail(tr("This person is no longer in the territory."));
    if (suffix == QLatin1String("pdf")) {
        QString why;
        if (!report::writePersonRecordPdf(*record, path, QString(), &why))
            return fail(why);
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write “%1”: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(privacy::personRecordJson(*record)).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return fail(tr("Cannot write “%1”: %2").arg(path, f.errorString()));
    return true;
}

void PersonalDataPanel::exportSelected()
{
    const QList<qint64> ids = selectedPersons();
    if (ids.size() != 1)
        return;
    const auto person = std::find_if(m_persons.cbegin(), m_persons.cend(),
                                     [&](const privacy::PersonStatus &p) { return p.id == ids.first(); });
    if (person == m_persons.cend())
        return;
    QString stem = person->name;
    stem.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString dir = QFileInfo(m_doc->path()).absolutePath();
    QString filter;
    const QString pdf = tr("PDF document (*.pdf)"), json = tr("JSON data (*.json)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export everything about “%1”").arg(person->name),
        QDir(dir).filePath(stem + QStringLiteral(".pdf")), pdf + QStringLiteral(";;") + json,
        &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter == json ? QStringLiteral(".json") : QStringLiteral(".pdf");
    QString error;
    if (!exportPerson(person->id, target, &error)) {
        setMessage(error, true);
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    setMessage(tr("Wrote everything held about “%1” to “%2”. It holds personal data: give it "
                  "to the person only.")
                   .arg(person->name, QDir::toNativeSeparators(target)));
}

} // namespace maillage
