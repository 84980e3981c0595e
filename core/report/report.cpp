#include "core/report/report.h"
#include "core/report/reportbuilder.h"

#include "core/analysis/layout.h"
#include "core/analysis/metrics.h"
#include "core/analysis/network.h"
#include "core/diagnostics/diagnostics.h"
#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/io/pseudonymize.h"
#include "core/report/pdfcanvas.h"
#include "core/render/mappainter.h"
#include "core/render/territory.h"
#include "core/statistics/portrait.h"
#include "core/store/repositories.h"

#include <QCollator>
#include <QDateTime>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>

namespace maillage::report {

using namespace detail;

// ---------------------------------------------------------------------------------------

QStringList sectionCodes()
{
    QStringList codes;
    for (Section s : allSections())
        codes << sectionCode(s);
    return codes;
}

QString sectionCode(Section section)
{
    switch (section) {
    case Section::Cover: return QStringLiteral("cover");
    case Section::Contents: return QStringLiteral("contents");
    case Section::Figures: return QStringLiteral("figures");
    case Section::Portrait: return QStringLiteral("portrait");
    case Section::Map: return QStringLiteral("map");
    case Section::Territory: return QStringLiteral("territory");
    case Section::Categories: return QStringLiteral("categories");
    case Section::KeyActors: return QStringLiteral("key_actors");
    case Section::Grid: return QStringLiteral("grid");
    case Section::Problems: return QStringLiteral("problems");
    case Section::Actions: return QStringLiteral("actions");
    case Section::Meetings: return QStringLiteral("meetings");
    case Section::Diagnostics: return QStringLiteral("diagnostics");
    }
    return {};
}

std::optional<Section> sectionFromCode(const QString &code)
{
    for (Section s : allSections())
        if (sectionCode(s) == code)
            return s;
    return std::nullopt;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Cover: return Tr::tr("Cover");
    case Section::Contents: return Tr::tr("Contents");
    case Section::Figures: return Tr::tr("Key figures");
    case Section::Portrait: return Tr::tr("Statistical portrait");
    case Section::Map: return Tr::tr("The network of actors");
    case Section::Territory: return Tr::tr("The territory");
    case Section::Categories: return Tr::tr("Actors by category");
    case Section::KeyActors: return Tr::tr("Key actors");
    case Section::Grid: return Tr::tr("Power and interest");
    case Section::Problems: return Tr::tr("Problems by theme and status");
    case Section::Actions: return Tr::tr("Actions and their indicators");
    case Section::Meetings: return Tr::tr("Meetings log");
    case Section::Diagnostics: return Tr::tr("Points needing attention");
    }
    return {};
}

std::optional<QStringList> parseSections(const QString &list, QString *error)
{
    QStringList out;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toLower();
        if (code.isEmpty())
            continue;
        if (!sectionFromCode(code)) {
            if (error)
                *error = Tr::tr("Unknown section “%1”; valid sections: %2.")
                             .arg(part.trimmed(), sectionCodes().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!out.contains(code))
            out << code;
    }
    if (out.isEmpty()) {
        if (error)
            *error = Tr::tr("No section given; valid sections: %1.")
                         .arg(sectionCodes().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return out;
}

bool renderReport(Store &store, QPagedPaintDevice *device, const ReportOptions &options,
                  const ReportControl &control, QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString gui = detail::needsGui(); !gui.isEmpty())
        return failWith(gui);
    QString message;
    if (!detail::LanguageScope::valid(options.language, &message))
        return failWith(message);
    QList<Section> sections;
    for (const QString &code : options.sections) {
        const auto s = sectionFromCode(code);
        if (!s)
            return failWith(Tr::tr("Unknown section “%1”; valid sections: %2.")
                                .arg(code, sectionCodes().join(QStringLiteral(", "))));
    }
    if (!options.fields.isEmpty()) {
        const QList<CustomField> known = FieldRepository(store).list(QStringLiteral("actor"));
        for (const QString &name : options.fields) {
            const bool found = std::any_of(known.cbegin(), known.cend(), [&](const CustomField &f) {
                return f.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (!found) {
                QStringList names;
                for (const CustomField &f : known)
                    names << f.name;
                return failWith(names.isEmpty()
                                    ? Tr::tr("No actor field named “%1”: the territory has no "
                                             "actor fields.").arg(name)
                                    : Tr::tr("No actor field named “%1”; actor fields: %2.")
                                          .arg(name, names.join(QStringLiteral(", "))));
            }
        }
    }
    for (Section s : allSections())
        if (options.sections.isEmpty() || options.sections.contains(sectionCode(s)))
            sections << s;

    const detail::LanguageScope language(options.language);
    const QLocale locale;
    ReportOptions opt = options;
    if (!opt.date.isValid())
        opt.date = QDate::currentDate();
    auto cancelled = [&] {
        return control.cancel && control.cancel->load(std::memory_order_relaxed);
    };
    auto progress = [&](int percent) {
        if (control.progress)
            control.progress(std::clamp(percent, 0, 100));
        return !cancelled();
    };
    const QString cancelMessage = Tr::tr("The report was cancelled.");
    if (!progress(0))
        return failWith(cancelMessage);

    Data data = gather(store, opt, locale);
    const bool wants = [&] {
        for (Section s : sections)
            if (s == Section::Figures || s == Section::KeyActors)
                return true;
        return false;
    }();
    if (wants) {
        analysis::MetricsOptions mo;
        mo.measures = unsigned(analysis::Measure::Degree) |
                      unsigned(analysis::Measure::Betweenness) |
                      unsigned(analysis::Measure::Articulation);
        analysis::RunControl rc;
        rc.cancel = control.cancel;
        data.metrics = analysis::computeMetrics(
            analysis::Network(analysis::NetworkData::fromStore(store)), mo, rc);
        if (data.metrics.cancelled)
            return failWith(cancelMessage);
    }
    if (sections.contains(Section::Diagnostics)) {
        diagnostics::Options dopt;
        dopt.asOf = opt.date;
        data.diagnostics = diagnostics::diagnose(store, dopt);
    }
    if (!progress(10))
        return failWith(cancelMessage);

    Canvas canvas(device);
    auto pages = std::make_shared<QHash<int, int>>();
    Builder builder(canvas, data, store, opt, locale, pages);
    const QString author = options.author.isEmpty() ? data.territory.author : options.author;
    const QString shownAuthor = data.anonymize ? data.pseudo.text(author) : author;
    for (int i = 0; i < sections.size(); ++i) {
        switch (sections.at(i)) {
        case Section::Cover: builder.cover(shownAuthor, opt.date); break;
        case Section::Contents: builder.contents(sections); break;
        case Section::Figures: builder.figures(); break;
        case Section::Portrait: builder.portrait(); break;
        case Section::Map: builder.map(); break;
        case Section::Territory: builder.territory(); break;
        case Section::Categories: builder.categories(); break;
        case Section::KeyActors: builder.keyActors(); break;
        case Section::Grid: builder.grid(); break;
        case Section::Problems: builder.problems(); break;
        case Section::Actions: builder.actions(); break;
        case Section::Meetings: builder.meetings(); break;
        case Section::Diagnostics: builder.diagnostics(); break;
        }
        if (!progress(10 + 50 * (i + 1) / int(sections.size())))
            return failWith(cancelMessage);
    }
    if (canvas.pageCount() == 0)
        canvas.newPage();

    QPainter painter;
    if (!painter.begin(device))
        return failWith(Tr::tr("Cannot start drawing the report."));
    painter.setRenderHint(QPainter::Antialiasing);
    const QString headerLeft = data.territory.name;
    const QString headerRight = data.anonymize ? Tr::tr("Territory report (pseudonymised)")
                                               : Tr::tr("Territory report");
    const QString footerLeft = longDate(locale, opt.date);
    const int count = canvas.pageCount();
    const bool ok = canvas.render(
        painter, device,
        [&](QPainter &p, int page, int total) {
            detail::drawChrome(p, canvas, headerLeft, headerRight, footerLeft, page, total);
        },
        [&](int page) { return progress(60 + 40 * (page + 1) / count); });
    painter.end();
    if (!ok)
        return failWith(cancelled() ? cancelMessage : Tr::tr("Cannot draw the report."));
    return true;
}

bool writeReport(Store &store, const QString &pdfPath, const ReportOptions &options,
                 const ReportControl &control, QString *error)
{
    if (const QString gui = detail::needsGui(); !gui.isEmpty()) {
        if (error)
            *error = gui;
        return false;
    }
    if (!detail::LanguageScope::valid(options.language, error))
        return false;
    const detail::LanguageScope language(options.language);
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: %2").arg(pdfPath, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Maillage"));
        const Territory t = TerritoryRepository(store).get();
        writer.setTitle(Tr::tr("Territory report: %1").arg(t.name));
        if (!renderReport(store, &writer, options, control, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: %2").arg(pdfPath, file.errorString());
        return false;
    }
    return true;
}

bool writeReport(const Document &doc, const QString &pdfPath, const ReportOptions &options,
                 const ReportControl &control, QString *error)
{
    return writeReport(const_cast<Store &>(doc.store()), pdfPath, options, control, error);
}

} // namespace maillage::report
