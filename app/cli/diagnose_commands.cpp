// diagnose: the checklist of what needs attention in a territory.
#include "cli.h"

#include "core/diagnostics/diagnostics.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

int runDiagnose(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Tr::tr("Check as of DATE (YYYY-MM-DD; default today)."),
                                  Tr::tr("DATE"));
    const QCommandLineOption stale(QStringLiteral("stale-months"),
                                   Tr::tr("An indicator not measured for N months is stale "
                                          "(default 6)."),
                                   Tr::tr("N"));
    p.addOption(json);
    p.addOption(asOf);
    p.addOption(stale);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, QStringLiteral("diagnose"), args, 1, &status))
        return status;
    diagnostics::Options options;
    if (p.isSet(asOf)) {
        options.asOf = QDate::fromString(p.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid()) {
            err() << "maillage-cli diagnose: "
                  << Tr::tr("“%1” is not a date; write it YYYY-MM-DD.").arg(p.value(asOf))
                  << Qt::endl;
            return Usage;
        }
    }
    if (p.isSet(stale)) {
        bool ok = false;
        options.staleMonths = p.value(stale).toInt(&ok);
        if (!ok || options.staleMonths < 1) {
            err() << "maillage-cli diagnose: "
                  << Tr::tr("--stale-months needs a whole number of months, 1 or more, not "
                            "“%1”.")
                         .arg(p.value(stale))
                  << Qt::endl;
            return Usage;
        }
    }
    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), false))
        return Failed;
    const QList<diagnostics::Item> items = diagnostics::diagnose(doc.store(), options);
    if (p.isSet(json)) {
        QJsonObject o = diagnostics::toJson(items, options);
        o.insert(QStringLiteral("file"), QFileInfo(doc.path()).absoluteFilePath());
        printJson(o);
        return Ok;
    }
    if (items.isEmpty()) {
        out() << Tr::tr("Nothing needs attention.") << Qt::endl;
        return Ok;
    }
    out() << Tr::tr("Items needing attention: %1.").arg(items.size()) << '\n';
    bool first = true;
    diagnostics::Kind current{};
    for (const diagnostics::Item &i : items) {
        if (first || i.kind != current) {
            const int n = int(std::count_if(items.begin(), items.end(),
                                            [&](const diagnostics::Item &x) { return x.kind == i.kind; }));
            out() << '\n' << diagnostics::kindTitle(i.kind) << " (" << n << ")\n";
            current = i.kind;
            first = false;
        }
        const char *mark = i.severity == diagnostics::Severity::Critical  ? "!! "
                           : i.severity == diagnostics::Severity::Warning ? " ! "
                                                                          : "   ";
        out() << "  " << mark << i.message << "  [" << i.table << ' ' << i.id << "]\n";
    }
    out().flush();
    return Ok;
}

const Registration reg([] {
    return Command{QStringLiteral("diagnose"),
                   QStringLiteral("diagnose FILE [--json] [--as-of DATE] [--stale-months N]"),
                   Tr::tr("List what needs attention: problems nobody can act on, actions "
                          "without partners or indicators, actors never met…"),
                   runDiagnose};
});

} // namespace
} // namespace maillage::cli
