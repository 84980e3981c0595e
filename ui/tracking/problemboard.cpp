#include "ui/tracking/problemboard.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/render/palette.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)
} // namespace

namespace {
/// Draws a problem as a card: a rounded box tinted by its background, its text wrapped.
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int Pad = 6;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = std::max(60, option.rect.width() > 0 ? option.rect.width()
                                                                : option.widget->width() - 24);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width - 2 * Pad - 12, 10000),
                                                           Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
        return {width, text.height() + 2 * Pad + 4};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF card = QRectF(option.rect).adjusted(2, 2, -2, -2);
        const bool selected = option.state & QStyle::State_Selected;
        const QVariant tint = index.data(Qt::BackgroundRole);
        p->setBrush(tint.isValid() ? tint.value<QBrush>() : option.palette.base());
        p->setPen(QPen(selected ? option.palette.highlight().color() : option.palette.mid().color(),
                       selected ? 2 : 1));
        p->drawRoundedRect(card, 4, 4);
        p->setPen(option.palette.text().color());
        p->drawText(card.adjusted(Pad, Pad - 2, -Pad, -Pad + 2), Qt::TextWordWrap,
                    index.data(Qt::DisplayRole).toString());
        p->restore();
    }
};
} // namespace

BoardColumn::BoardColumn(const QString &status, QWidget *parent)
    : QListWidget(parent), m_status(status)
{
    setObjectName(K("boardColumn_") + status);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setWordWrap(true);
    setSpacing(1);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMinimumWidth(130);
}

QString BoardColumn::mimeType()
{
    return K("application/x-maillage-problem");
}

QStringList BoardColumn::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *BoardColumn::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(items.first()->data(Qt::UserRole).toLongLong()));
    data->setText(items.first()->text());
    return data;
}

void BoardColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumn::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(mimeType())) {
        event->ignore();
        return;
    }
    const qint64 id = event->mimeData()->data(mimeType()).toLongLong();
    // The view is rebuilt from the document: nothing must be moved or removed by Qt itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (id > 0)
        emit problemDropped(id, m_status);
}

ProblemBoard::ProblemBoard(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(4);
    for (const QString &status : labels::problemStatusCodes()) {
        auto *box = new QVBoxLayout;
        auto *header = new QLabel(this);
        header->setAlignment(Qt::AlignCenter);
        header->setWordWrap(true);
        const QColor c = palette::problemStatusColor(status);
        header->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 3px; "
                                             "font-weight: bold; border-radius: 3px; }")
                                  .arg(c.name(), c.lightness() > 150 ? K("black") : K("white")));
        auto *column = new BoardColumn(status, this);
        column->setItemDelegate(new CardDelegate(column));
        box->addWidget(header);
        box->addWidget(column, 1);
        layout->addLayout(box, 1);
        m_headers << header;
        m_columns << column;
        connect(column, &BoardColumn::problemDropped, this, &ProblemBoard::moveProblem);
        connect(column, &QListWidget::currentItemChanged, this, [this, column](QListWidgetItem *item) {
            if (!item || !column->hasFocus())
                return;
            for (BoardColumn *other : std::as_const(m_columns))
                if (other != column)
                    other->clearSelection();
            emit problemSelected(item->data(Qt::UserRole).toLongLong());
        });
        connect(column, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            emit problemSelected(item->data(Qt::UserRole).toLongLong());
        });
    }
}

BoardColumn *ProblemBoard::column(const QString &status) const
{
    for (BoardColumn *c : m_columns)
        if (c->status() == status)
            return c;
    return nullptr;
}

void ProblemBoard::setProblems(const QList<Problem> &shown, const QHash<qint64, QString> &themes,
                               const QList<qint64> &ids)
{
    QList<Problem> problems = shown;
    const QSet<qint64> wanted(ids.begin(), ids.end());
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.severity > b.severity;
    });
    for (int i = 0; i < m_columns.size(); ++i) {
        BoardColumn *column = m_columns[i];
        const QSignalBlocker block(column);
        const qint64 selected =
            column->currentItem() && column->currentItem()->isSelected()
                ? column->currentItem()->data(Qt::UserRole).toLongLong()
                : 0;
        column->clear();
        int n = 0;
        for (const Problem &p : std::as_const(problems)) {
            if (p.status != column->status() || !wanted.contains(p.id))
                continue;
            auto *item = new QListWidgetItem(column);
            const QString theme = themes.value(p.themeId, tr("no theme"));
            item->setText(QStringLiteral("%1\n%2 · %3").arg(p.title, theme,
                                                           tr("severity %1").arg(p.severity)));
            // A card is tinted by its severity.
            QColor tint = palette::severityColor(p.severity);
            tint.setHsl(tint.hslHue(), tint.hslSaturation(), 235);
            item->setBackground(tint);
            item->setToolTip(p.description.isEmpty() ? p.title : p.title + QStringLiteral("\n\n") + p.description);
            item->setData(Qt::UserRole, p.id);
            if (p.id == selected) {
                column->setCurrentItem(item);
            }
            ++n;
        }
        m_headers[i]->setText(QStringLiteral("%1 (%2)").arg(labels::problemStatus(column->status())).arg(n));
    }
}

void ProblemBoard::select(qint64 problemId)
{
    for (BoardColumn *column : std::as_const(m_columns)) {
        const QSignalBlocker block(column);
        column->clearSelection();
        for (int r = 0; r < column->count(); ++r)
            if (column->item(r)->data(Qt::UserRole).toLongLong() == problemId) {
                column->setCurrentItem(column->item(r));
                column->scrollToItem(column->item(r));
            }
    }
}

bool ProblemBoard::moveProblem(qint64 problemId, const QString &status)
{
    const auto p = Repository<Problem>(m_doc->store()).get(problemId);
    if (!p || m_doc->isReadOnly() || !labels::problemStatusCodes().contains(status))
        return false;
    if (p->status == status)
        return true;
    QString error;
    const bool ok = m_doc->setFields(Table::Problem, problemId, {{Column::Status, status}},
                                     tr("Move “%1” to %2").arg(p->title, labels::problemStatus(status)),
                                     Document::NoMerge, &error);
    if (ok)
        emit problemSelected(problemId);
    return ok;
}
} // namespace maillage
