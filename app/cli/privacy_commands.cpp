// persons, person-export, erase, pseudonymize: personal data (GDPR) from the command line.
#include "cli.h"

#include "core/domain/labels.h"
#include "core/privacy/erasure.h"
#include "core/privacy/personrecord.h"
#include "core/privacy/retention.h"
#include "core/report/report.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

/// Exit status of `erase` without --yes: the preview was printed, nothing was changed.
constexpr int PreviewOnly = 3;

/// Resolves PERSON (an id or a name) to one actor, or prints why it cannot and returns 0.
qint64 resolvePerson(const Document &doc, const QString &query)
{
    const QList<Actor> found = privacy::findActors(doc.store(), query);
    if (found.isEmpty()) {
        fail(Tr::tr("“%1” has no actor named or numbered “%2”.").arg(doc.path(), query));
        return 0;
    }
    if (found.size() > 1) {
        QStringList names;
        for (const Actor &a : found)
            names << Tr::tr("%1 (id %2)").arg(a.name).arg(a.id);
        fail(Tr::tr("“%1” matches several actors in “%2”: %3. Give the id instead.")
                 .arg(query, doc.path(), names.join(QStringLiteral(", "))));
        return 0;
    }
    return found.first().id;
}

/// Says so when opening `doc` for writing finished the purge of an earlier erasure or
/// pseudonymisation that had been stopped (killed) before it.
void reportFinishedPurge(const Document &doc, const QString &path)
{
    if (doc.finishedPendingPurge())
        out() << Tr::tr("Finished the purge of an earlier erasure or pseudonymisation of “%1” "
                        "that had been stopped before it: what it removed can no longer be "
                        "recovered from the file.")
                     .arg(path)
              << Qt::endl;
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int runPersons(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Tr::tr("Judge retention as of DATE (YYYY-MM-DD; default today)."),
                                  Tr::tr("DATE"));
    p.addOption(json);
    p.addOption(asOf);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, QStringLiteral("persons"), args, 1, &status))
        return status;
    QDate when = QDate::currentDate();
    if (p.isSet(asOf)) {
        when = QDate::fromString(p.value(asOf), Qt::ISODate);
        if (!when.isValid()) {
            err() << "maillage-cli persons: "
                  << Tr::tr("“%1” is not a date; write it YYYY-MM-DD.").arg(p.value(asOf))
                  << Qt::endl;
            return Usage;
        }
    }
    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), false))
        return Failed;
    const QList<privacy::PersonStatus> list = privacy::retentionListing(doc.store(), when);
    if (p.isSet(json)) {
        QJsonArray persons;
        for (const privacy::PersonStatus &s : list) {
            QJsonArray issues;
            for (privacy::RetentionIssue i : s.issues)
                issues.append(QJsonObject{{QStringLiteral("code"), privacy::retentionIssueCode(i)},
                                          {QStringLiteral("text"), privacy::retentionIssueText(i)}});
            persons.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("category"), s.category},
                {QStringLiteral("legal_basis"), s.legalBasis},
                {QStringLiteral("consent_date"), date(s.consentDate)},
                {QStringLiteral("consent_method"), s.consentMethod},
                {QStringLiteral("last_contact"), date(s.lastContact)},
                {QStringLiteral("retention_date"), date(s.retentionDate)},
                {QStringLiteral("needs_attention"), s.needsAttention()},
                {QStringLiteral("issues"), issues}});
        }
        printJson({{QStringLiteral("file"), QFileInfo(doc.path()).absoluteFilePath()},
                   {QStringLiteral("as_of"), date(when)},
                   {QStringLiteral("persons"), persons}});
        return Ok;
    }
    const QLocale locale;
    int attention = 0;
    for (const privacy::PersonStatus &s : list)
        attention += s.needsAttention() ? 1 : 0;
    out() << Tr::tr("Persons: %1, needing attention: %2 (as of %3).")
                 .arg(list.size())
                 .arg(attention)
                 .arg(locale.toString(when, QLocale::ShortFormat))
          << '\n';
    for (const privacy::PersonStatus &s : list) {
        out() << (s.needsAttention() ? "! " : "  ") << s.name << "  [" << s.id << "]  "
              << labels::legalBasis(s.legalBasis) << "; "
              << (s.retentionDate.isValid()
                      ? Tr::tr("kept until %1").arg(locale.toString(s.retentionDate,
                                                                    QLocale::ShortFormat))
                      : Tr::tr("no retention date"))
              << '\n';
        for (privacy::RetentionIssue i : s.issues)
            out() << "      " << privacy::retentionIssueText(i) << '\n';
    }
    out().flush();
    return Ok;
}

int runPersonExport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The file to write (.json or .pdf)."), Tr::tr("OUT"));
    p.addOption(output);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    p.addPositionalArgument(QStringLiteral("PERSON"), Tr::tr("The person's name or id."));
    int status = Ok;
    if (!parse(p, QStringLiteral("person-export"), args, 2, &status))
        return status;
    if (!p.isSet(output)) {
        err() << "maillage-cli person-export: "
              << Tr::tr("give the output file with -o OUT.json") << Qt::endl;
        return Usage;
    }
    const QString outPath = p.value(output);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("pdf"))
        return fail(Tr::tr("Cannot write “%1”: person-export writes .json or .pdf files.")
                        .arg(outPath));
    Document doc;
    if (!openDocument(doc, p.positionalArguments().at(0), false))
        return Failed;
    const qint64 id = resolvePerson(doc, p.positionalArguments().at(1));
    if (id == 0)
        return Failed;
    const auto record = privacy::collectPersonRecord(doc.store(), id);
    if (!record)
        return fail(Tr::tr("The actor %1 could not be read.").arg(id));
    if (suffix == QLatin1String("pdf")) {
        // The readable form (report/personpdf.cpp), in the interface's language.
        QString error;
        if (!report::writePersonRecordPdf(*record, outPath, QString(), &error))
            return fail(error);
        out() << Tr::tr("Wrote everything held about “%1” to “%2”.")
                     .arg(record->actor.name, outPath)
              << Qt::endl;
        return Ok;
    }
    QSaveFile f(outPath);
    if (!f.open(QIODevice::WriteOnly))
        return fail(Tr::tr("Cannot write “%1”: %2").arg(outPath, f.errorString()));
    f.write(QJsonDocument(privacy::personRecordJson(*record)).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return fail(Tr::tr("Cannot write “%1”: %2").arg(outPath, f.errorString()));
    out() << Tr::tr("Wrote everything held about “%1” to “%2”.").arg(record->actor.name, outPath)
          << Qt::endl;
    return Ok;
}

int runErase(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 Tr::tr("Erase for real; without it, only show what would be "
                                        "erased (exit status 3)."));
    p.addOption(yes);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    p.addPositionalArgument(QStringLiteral("PERSON"), Tr::tr("The person's name or id."));
    int status = Ok;
    if (!parse(p, QStringLiteral("erase"), args, 2, &status))
        return status;
    Document doc;
    // Find the person and show the preview with the file open read-only, so that not one
    // byte of it changes unless the erasure goes ahead.
    const QString path = p.positionalArguments().at(0);
    const QString query = p.positionalArguments().at(1);
    if (!openDocument(doc, path, false))
        return Failed;
    if (privacy::purgePending(doc.store())) {
        // An earlier erasure was killed between its commit and its purge: its data is still
        // in the file's free pages. Opening for writing finishes it.
        if (!p.isSet(yes)) {
            out() << Tr::tr("An earlier erasure or pseudonymisation of “%1” was stopped before "
                            "its purge: it will be finished when the file is next opened for "
                            "writing (with --yes, for instance).")
                         .arg(path)
                  << Qt::endl;
        } else {
            doc.close();
            if (!openDocument(doc, path, true))
                return Failed;
            if (!doc.finishedPendingPurge())
                return fail(doc.lastError());
            reportFinishedPurge(doc, path);
            if (privacy::findActors(doc.store(), query).isEmpty()) {
                // Most likely the very person whose erasure was cut short.
                out() << Tr::tr("“%1” has no actor named or numbered “%2” any more: nothing "
                                "else to erase.")
                             .arg(path, query)
                      << Qt::endl;
                return Ok;
            }
        }
    }
    const qint64 id = resolvePerson(doc, query);
    if (id == 0)
        return Failed;
    if (!p.isSet(yes)) {
        const privacy::ErasurePlan plan = privacy::planErasure(doc.store(), {id});
        for (const QString &line : plan.describe())
            out() << line << '\n';
        out() << Tr::tr("Nothing was changed. Run again with --yes to erase.") << Qt::endl;
        return PreviewOnly;
    }
    if (doc.isReadOnly()) {
        doc.close();
        if (!openDocument(doc, path, true))
            return Failed;
        reportFinishedPurge(doc, path);
    }
    QString error;
    privacy::ErasurePlan plan;
    if (!privacy::erase(doc, {id}, &error, &plan))
        return fail(error);
    const QString name = plan.persons.value(0).actor.name;
    doc.close();
    out() << Tr::tr("Erased “%1” from “%2”; places rewritten: %3.")
                 .arg(name, path)
                 .arg(plan.textChanges.size())
          << Qt::endl;
    return Ok;
}

int runPseudonymize(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    p.addPositionalArgument(QStringLiteral("PERSON"), Tr::tr("The person's name or id."));
    int status = Ok;
    if (!parse(p, QStringLiteral("pseudonymize"), args, 2, &status))
        return status;
    Document doc;
    const QString path = p.positionalArguments().at(0);
    if (!openDocument(doc, path, false))
        return Failed;
    const qint64 id = resolvePerson(doc, p.positionalArguments().at(1));
    if (id == 0)
        return Failed;
    doc.close();
    if (!openDocument(doc, path, true))
        return Failed;
    reportFinishedPurge(doc, path);
    QString error;
    privacy::PseudonymPlan done;
    if (!privacy::pseudonymize(doc, {id}, &error, &done))
        return fail(error);
    doc.close();
    for (const QString &line : done.describe())
        out() << line << '\n';
    out().flush();
    return Ok;
}

const Registration regPersons([] {
    return Command{QStringLiteral("persons"), QStringLiteral("persons FILE [--json] [--as-of DATE]"),
                   Tr::tr("List the persons with their legal basis and retention, those needing "
                          "attention first."),
                   runPersons};
});
const Registration regExport([] {
    return Command{QStringLiteral("person-export"),
                   QStringLiteral("person-export FILE PERSON -o OUT.json"),
                   Tr::tr("Export everything held about one person (right of access)."),
                   runPersonExport};
});
const Registration regErase([] {
    return Command{QStringLiteral("erase"), QStringLiteral("erase FILE PERSON [--yes]"),
                   Tr::tr("Erase a person and every trace of them; without --yes, show what "
                          "would be erased and exit with status 3."),
                   runErase};
});
const Registration regPseudonymize([] {
    return Command{QStringLiteral("pseudonymize"), QStringLiteral("pseudonymize FILE PERSON"),
                   Tr::tr("Replace a person by a pseudonym, keeping their links and history."),
                   runPseudonymize};
});

} // namespace
} // namespace maillage::cli
