#include "ui/tracking/diagnosticspanel.h"

#include "core/document/document.h"
#include "ui/tracking/trackingcommon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QStyledItemDelegate>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)
constexpr int TableRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
/// Rows as tall as their message wrapped to the tree's width (the stock delegate measures
/// them on one line, so wrapped sentences were cut).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        int depth = 1;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1;
        const int width = m_view->viewport()->width() - depth * m_view->indentation() -
                          opt.decorationSize.width() - 6 * margin;
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        if (width < 40)
            return base;
        const QRect text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1 << 20),
                                                                Qt::TextWordWrap, opt.text);
        return {base.width(), std::max(base.height(), text.height() + 2 * margin + 2)};
    }

private:
    QTreeView *m_view;
};

/// Lays the tree's rows out again when its width changes (their heights follow it).
class RelayoutOnResize : public QObject
{
public:
    explicit RelayoutOnResize(QTreeView *view) : QObject(view), m_view(view) {}
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            m_view->doItemsLayout();
        return false;
    }

private:
    QTreeView *m_view;
};

} // namespace

DiagnosticsPanel::DiagnosticsPanel(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_summary = new QLabel(this);
    m_summary->setObjectName(K("diagnosticsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *row = new QHBoxLayout;
    auto *staleLabel = new QLabel(tr("An indicator is &stale after:"), this);
    m_staleMonths = new QSpinBox(this);
    m_staleMonths->setRange(1, 60);
    m_staleMonths->setValue(diagnostics::Options().staleMonths);
    m_staleMonths->setSuffix(tr(" months"));
    staleLabel->setBuddy(m_staleMonths);
    row->addWidget(staleLabel);
    row->addWidget(m_staleMonths);
    row->addStretch();
    layout->addLayout(row);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(K("diagnosticsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    // Messages are sentences: wrapped to the panel's width rather than cut.
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->viewport()->installEventFilter(new RelayoutOnResize(m_tree));
    m_tree->setToolTip(tr("Click an item to go to what it names"));
    layout->addWidget(m_tree, 1);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    connect(m_staleMonths, &QSpinBox::valueChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeWidget::itemClicked, this, &DiagnosticsPanel::activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, &DiagnosticsPanel::activate);
    connect(doc, &Document::changed, this, &DiagnosticsPanel::onChanged);
    // A territory opened while the panel is hidden is checked when it is shown (the checks
    // read every actor: a tenth of the first frame at 100 000 actors).
    auto reset = [this] {
        if (isVisible())
            return refresh();
        m_timer->stop();
        m_items.clear();
        m_tree->clear();
        m_stale = true;
    };
    connect(doc, &Document::opened, this, reset);
    connect(doc, &Document::closed, this, reset);
    refresh();
}

void DiagnosticsPanel::setAsOf(const QDate &date)
{
    m_asOf = date;
    refresh();
}

void DiagnosticsPanel::onChanged(const ChangeSet &changes)
{
    // Moving actors on the map changes nothing the checks look at.
    for (const Change &c : changes) {
        if (c.table == Table::Actor && c.kind == Change::Updated) {
            const bool onlyPosition = c.columns.within(
                {Column::X, Column::Y, Column::Pinned, Column::Id, Column::UpdatedAt});
            if (onlyPosition)
                continue;
        }
        if (c.table == Table::Link)
            continue;
        m_timer->start();
        return;
    }
}

void DiagnosticsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DiagnosticsPanel::refresh()
{
    m_timer->stop();
    m_stale = false;
    diagnostics::Options options;
    if (m_asOf.isValid())
        options.asOf = m_asOf;
    options.staleMonths = m_staleMonths->value();
    m_items = m_doc->isOpen() ? diagnostics::diagnose(m_doc->store(), options)
                              : QList<diagnostics::Item>();
    // Keep which groups the user folded.
    QSet<int> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->data(0, KindRole).toInt());
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    int critical = 0;
    auto iconOf = [this](diagnostics::Severity s) {
        return style()->standardIcon(s == diagnostics::Severity::Critical ? QStyle::SP_MessageBoxCritical
                                     : s == diagnostics::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                          : QStyle::SP_MessageBoxInformation);
    };
    for (const diagnostics::Item &item : std::as_const(m_items)) {
        if (!group || group->data(0, KindRole).toInt() != int(item.kind)) {
            group = new QTreeWidgetItem(m_tree);
            group->setData(0, KindRole, int(item.kind));
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setIcon(0, iconOf(item.severity));
        }
        auto *child = new QTreeWidgetItem(group);
        child->setText(0, item.message);
        child->setToolTip(0, item.message);
        child->setIcon(0, iconOf(item.severity));
        child->setData(0, TableRole, item.table);
        child->setData(0, IdRole, item.id);
        if (item.severity == diagnostics::Severity::Critical)
            ++critical;
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        const auto kind = diagnostics::Kind(g->data(0, KindRole).toInt());
        g->setText(0, QStringLiteral("%1 (%2)").arg(diagnostics::kindTitle(kind)).arg(g->childCount()));
        g->setExpanded(!collapsed.contains(int(kind)));
    }
    if (!m_doc->isOpen())
        m_summary->setText(QString());
    else if (m_items.isEmpty())
        m_summary->setText(tr("Nothing needs attention."));
    else if (critical)
        m_summary->setText(tr("%Ln item(s) need attention", nullptr, int(m_items.size())) +
                           QStringLiteral(", ") + tr("%Ln of them urgent", nullptr, critical) +
                           QLatin1Char('.'));
    else
        m_summary->setText(tr("%Ln item(s) need attention", nullptr, int(m_items.size())) +
                           QLatin1Char('.'));
}

void DiagnosticsPanel::activate(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return;
    emit jumpRequested(item->data(0, TableRole).toString(), item->data(0, IdRole).toLongLong());
}

} // namespace maillage
