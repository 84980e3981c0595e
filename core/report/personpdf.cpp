// The right-of-access document (GDPR art. 15) of one person, as a PDF.
#include "core/report/report.h"
#include "core/geo/locate.h"

#include "core/domain/labels.h"
#include "core/report/pdfcanvas.h"
#include "core/privacy/personrecord.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace maillage::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::report::PersonRecord)
};

using detail::Canvas;
namespace colors = detail::colors;

QString date(const QLocale &locale, const QDate &d)
{
    return d.isValid() ? locale.toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString roleName(const QString &role)
{
    if (role == QLatin1String("lead"))
        return Tr::tr("lead");
    if (role == QLatin1String("partner"))
        return Tr::tr("partner");
    return labels::problemRole(role);
}

void heading(Canvas &c, const QString &text, double keepWith)
{
    const QFont f = c.font(12, true);
    if (!c.atTop())
        c.advance(c.mm(4));
    c.ensure(c.metrics(f).lineSpacing() + keepWith);
    const double top = c.y();
    const QRectF b = c.body();
    c.paragraph(text, f, colors::accent, c.mm(1));
    const double y = c.y();
    c.add([=](QPainter &p) {
        p.setPen(QPen(colors::rule, c.pt(0.6)));
        p.drawLine(QPointF(b.left(), y), QPointF(b.right(), y));
    });
    c.advance(c.mm(2.5));
    (void)top;
}

void none(Canvas &c)
{
    c.paragraph(Tr::tr("Nothing recorded."), c.font(9), colors::muted, c.mm(2));
}

/// Label – value rows.
void fields(Canvas &c, const QList<QPair<QString, QString>> &rows)
{
    const QFont lf = c.font(8.5), vf = c.font(9);
    const QFontMetricsF lfm = c.metrics(lf), vfm = c.metrics(vf);
    const QRectF b = c.body();
    const double labelW = b.width() * 0.3, valueX = b.left() + labelW + c.mm(3);
    const double valueW = b.right() - valueX;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList label = c.wrap(rows.at(i).first, lf, labelW, 2);
        const QString v = rows.at(i).second.trimmed();
        const QStringList value = c.wrap(v.isEmpty() ? QStringLiteral("—") : v, vf, valueW);
        const double h = std::max(label.size() * lfm.lineSpacing(),
                                  value.size() * vfm.lineSpacing()) +
                         c.mm(1.6);
        c.ensure(h);
        const double top = c.y();
        const bool stripe = i % 2 == 0;
        const QColor valueColor = v.isEmpty() ? colors::muted : colors::text;
        c.add([=](QPainter &p) {
            if (stripe)
                p.fillRect(QRectF(b.left(), top, b.width(), h), colors::zebra);
            Canvas::drawLines(p, label, lf, colors::muted, b.left() + c.mm(1.5), top + c.mm(0.8),
                              labelW, lfm.lineSpacing(), lfm.ascent(), Qt::AlignLeft);
            Canvas::drawLines(p, value, vf, valueColor, valueX, top + c.mm(0.8), valueW,
                              vfm.lineSpacing(), vfm.ascent(), Qt::AlignLeft);
        });
        c.advance(h);
    }
    c.advance(c.mm(2));
}

} // namespace

bool writePersonRecordPdf(const privacy::PersonRecord &record, const QString &path,
                          const QString &language, QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString gui = detail::needsGui(); !gui.isEmpty())
        return failWith(gui);
    QString message;
    if (!detail::LanguageScope::valid(language, &message))
        return failWith(message);
    const detail::LanguageScope scope(language);
    const QLocale loc;
    const Actor &a = record.actor;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(Tr::tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Maillage"));
        writer.setTitle(Tr::tr("Personal data held about %1").arg(a.name));
        Canvas c(&writer);
        c.newPage();
        const QDateTime generated =
            record.generatedAt.isValid() ? record.generatedAt : QDateTime::currentDateTime();

        c.paragraph(Tr::tr("Personal data held about").toUpper(), c.font(9.5, true),
                    colors::muted, c.mm(2));
        c.paragraph(a.name, c.font(20, true), colors::accent, c.mm(3));
        c.paragraph(Tr::tr("This document lists everything the territory “%1” records about "
                           "%2, as of %3 at %4, in answer to a request under the right of "
                           "access (article 15 of the GDPR). Other people appear only by "
                           "name, where needed to make sense of a link, a meeting or a note.")
                        .arg(record.territory, a.name, date(loc, generated.date()),
                             loc.toString(generated.time(), QLocale::ShortFormat)),
                    c.font(9), colors::text, c.mm(2));

        heading(c, Tr::tr("Recorded details"), c.mm(20));
        auto level = [&](int v) { return QStringLiteral("%1 / 5").arg(v); };
        QList<QPair<QString, QString>> rows{
                      {Tr::tr("Name"), a.name},
                      {Tr::tr("Category"), record.category},
                      {Tr::tr("Recorded as a person"), a.isPerson ? Tr::tr("Yes") : Tr::tr("No")},
                      {Tr::tr("Organisation"), a.organisation},
                      {Tr::tr("Role"), a.role},
                      {Tr::tr("Sector"), a.sector},
                      {Tr::tr("Commune"), a.commune},
                      {Tr::tr("E-mail"), a.email},
                      {Tr::tr("Phone"), a.phone},
                      {Tr::tr("Address"), a.address},
                      {Tr::tr("Location"), geo::locationText(loc, a)},
                      {Tr::tr("Website"), a.website},
                      {Tr::tr("Description"), a.description},
                      {Tr::tr("Tags"), record.tags.join(QStringLiteral(", "))},
                      {Tr::tr("Influence"), level(a.influence)},
                      {Tr::tr("Interest"), level(a.interest)},
                      {Tr::tr("Attitude"), labels::attitude(a.attitude)},
                      {Tr::tr("Engagement"), labels::engagement(a.engagement)},
                      {Tr::tr("Legal basis"), a.legalBasis.isEmpty()
                                                  ? QString()
                                                  : labels::legalBasis(a.legalBasis)},
                      {Tr::tr("Consent given on"), date(loc, a.consentDate)},
                      {Tr::tr("Consent obtained by"), a.consentMethod},
                      {Tr::tr("Last contact"), date(loc, a.lastContact)},
                      {Tr::tr("Kept until"), date(loc, a.retentionDate)},
                      {Tr::tr("Active since"), date(loc, a.since)},
                      {Tr::tr("Active until"), date(loc, a.until)},
                  };
        // The territory's own fields: their values, as people read them.
        for (const privacy::PersonFieldValue &f : record.fields)
            rows << qMakePair(f.name, f.unit.isEmpty()
                                          ? fields::display(f.type, f.value)
                                          : fields::display(f.type, f.value) +
                                                QChar(0x00A0) + f.unit);
        fields(c, rows);

        heading(c, Tr::tr("Links with other actors (%1)").arg(loc.toString(record.links.size())),
                c.mm(15));
        if (record.links.isEmpty()) {
            none(c);
        } else {
            QList<QStringList> rows;
            for (const privacy::PersonLink &l : record.links) {
                const QString direction = !l.directed ? QStringLiteral("—")
                                          : l.outgoing ? Tr::tr("towards them")
                                                       : Tr::tr("from them");
                QString period;
                if (l.since.isValid() && l.until.isValid())
                    period = QStringLiteral("%1 – %2").arg(date(loc, l.since), date(loc, l.until));
                else if (l.since.isValid())
                    period = Tr::tr("since %1").arg(date(loc, l.since));
                else if (l.until.isValid())
                    period = Tr::tr("until %1").arg(date(loc, l.until));
                rows << QStringList{l.otherName + QStringLiteral(" (") + l.otherCategory +
                                        QLatin1Char(')'),
                                    l.type, direction, loc.toString(l.strength),
                                    period.isEmpty() || l.description.isEmpty()
                                        ? l.description + period
                                        : l.description + QStringLiteral(" (") + period +
                                              QLatin1Char(')')};
            }
            c.table({{Tr::tr("Linked with"), 26},
                     {Tr::tr("Type"), 14},
                     {Tr::tr("Direction"), 12},
                     {Tr::tr("Strength"), 9, Qt::AlignHCenter},
                     {Tr::tr("Description"), 39}},
                    rows, 4);
        }

        heading(c, Tr::tr("Meetings attended (%1)").arg(loc.toString(record.meetings.size())),
                c.mm(15));
        if (record.meetings.isEmpty()) {
            none(c);
        } else {
            QList<QStringList> rows;
            for (const privacy::PersonMeeting &m : record.meetings)
                rows << QStringList{date(loc, m.heldOn), labels::meetingKind(m.kind), m.title,
                                    m.place};
            c.table({{Tr::tr("Date"), 16}, {Tr::tr("Kind"), 16}, {Tr::tr("Meeting"), 40},
                     {Tr::tr("Place"), 28}},
                    rows, 3);
        }

        auto involvements = [&](const QString &title, const QList<privacy::PersonInvolvement> &list,
                                bool problems) {
            heading(c, title, c.mm(15));
            if (list.isEmpty()) {
                none(c);
                return;
            }
            QList<QStringList> rows;
            for (const privacy::PersonInvolvement &i : list) {
                QStringList roles;
                for (const QString &r : i.roles)
                    roles << roleName(r);
                rows << QStringList{i.title,
                                    problems ? labels::problemStatus(i.status)
                                             : labels::actionStatus(i.status),
                                    roles.join(QStringLiteral(", "))};
            }
            c.table({{problems ? Tr::tr("Problem") : Tr::tr("Action"), 55},
                     {Tr::tr("Status"), 18},
                     {Tr::tr("Their role"), 27}},
                    rows, 3);
        };
        involvements(Tr::tr("Problems (%1)").arg(loc.toString(record.problems.size())),
                     record.problems, true);
        involvements(Tr::tr("Actions (%1)").arg(loc.toString(record.actions.size())),
                     record.actions, false);

        heading(c, Tr::tr("Notes and descriptions that name them (%1)")
                       .arg(loc.toString(record.mentions.size())),
                c.mm(15));
        if (record.mentions.isEmpty()) {
            none(c);
        } else {
            const QFont wf = c.font(8.5, true), ef = c.font(8.5);
            for (const privacy::Mention &m : record.mentions) {
                QString where = privacy::tableLabel(m.table);
                if (!m.rowLabel.isEmpty())
                    where += QStringLiteral(" “%1”").arg(m.rowLabel);
                where += QStringLiteral(", ") + privacy::columnLabel(m.column);
                if (m.occurrences > 1)
                    where += QStringLiteral(" — ") +
                             Tr::tr("%1 occurrences").arg(loc.toString(m.occurrences));
                c.ensure(c.mm(10));
                c.paragraph(where, wf, colors::text, c.mm(0.8));
                for (const QString &e : m.excerpts)
                    c.paragraph(Tr::tr("“%1”").arg(e.simplified()), ef, colors::muted,
                                c.mm(0.8), c.mm(4));
                c.advance(c.mm(2));
            }
        }

        // Workshop snapshots keep a copy of the map, with the person in it.
        if (!record.snapshots.isEmpty()) {
            heading(c, Tr::tr("Snapshots of the map that include them (%1)")
                           .arg(loc.toString(record.snapshots.size())),
                    c.mm(15));
            QList<QStringList> rows;
            for (const privacy::PersonSnapshot &s : record.snapshots)
                rows << QStringList{s.name, date(loc, s.takenAt.toLocalTime().date())};
            c.table({{Tr::tr("Snapshot"), 70}, {Tr::tr("Taken on"), 30}}, rows, 3);
        }

        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return failWith(Tr::tr("Cannot write “%1”.").arg(path));
        }
        painter.setRenderHint(QPainter::Antialiasing);
        const QString right = Tr::tr("Right of access — personal data");
        const QString footer = Tr::tr("Made on %1").arg(date(loc, generated.date()));
        c.render(painter, &writer,
                 [&](QPainter &p, int page, int count) {
                     detail::drawChrome(p, c, record.territory, right, footer, page, count);
                 },
                 {});
        painter.end();
    }
    if (!file.commit())
        return failWith(Tr::tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    return true;
}

} // namespace maillage::report
