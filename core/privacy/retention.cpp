#include "core/privacy/retention.h"

#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <QHash>

#include <algorithm>

namespace maillage::privacy {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::privacy)
};
} // namespace

QString retentionIssueCode(RetentionIssue issue)
{
    switch (issue) {
    case RetentionIssue::Expired: return QStringLiteral("expired");
    case RetentionIssue::NoLegalBasis: return QStringLiteral("no_legal_basis");
    case RetentionIssue::NoRetentionDate: return QStringLiteral("no_retention_date");
    }
    return QString();
}

QString retentionIssueText(RetentionIssue issue)
{
    switch (issue) {
    case RetentionIssue::Expired:
        return Tr::tr("Past the retention date: erase, pseudonymise or extend.");
    case RetentionIssue::NoLegalBasis:
        return Tr::tr("No legal basis recorded (consent, legitimate interest or public role).");
    case RetentionIssue::NoRetentionDate:
        return Tr::tr("No retention date: this person would be kept indefinitely.");
    }
    return QString();
}

QDate defaultRetentionDate(const QDate &lastContact, int retentionMonths, const QDate &today)
{
    const QDate from = lastContact.isValid() ? lastContact : today;
    return from.addMonths(std::max(1, retentionMonths));
}

QDate defaultRetentionDate(const Store &store, const QDate &lastContact, const QDate &today)
{
    int months = Territory().retentionMonths;
    if (const auto t = store.row(QStringLiteral("territory"), 1))
        months = t->value(QStringLiteral("retention_months")).toInt();
    return defaultRetentionDate(lastContact, months, today);
}

QList<PersonStatus> retentionListing(const Store &store, const QDate &asOf)
{
    QHash<qint64, Category> categories;
    for (const Row &r : store.rows(QStringLiteral("category")))
        categories.insert(r.value(QStringLiteral("id")).toLongLong(),
                          RowTraits<Category>::fromRow(r));
    QList<PersonStatus> out;
    for (const Row &r : store.rows(QStringLiteral("actor"), QStringLiteral("is_person"), 1)) {
        const Actor a = RowTraits<Actor>::fromRow(r);
        PersonStatus p;
        p.id = a.id;
        p.name = a.name;
        const Category c = categories.value(a.categoryId);
        p.category = c.name;
        p.categoryCode = c.code;
        p.legalBasis = a.legalBasis;
        p.consentDate = a.consentDate;
        p.consentMethod = a.consentMethod;
        p.lastContact = a.lastContact;
        p.retentionDate = a.retentionDate;
        if (a.retentionDate.isValid() && a.retentionDate < asOf)
            p.issues << RetentionIssue::Expired;
        if (a.legalBasis.isEmpty())
            p.issues << RetentionIssue::NoLegalBasis;
        if (!a.retentionDate.isValid())
            p.issues << RetentionIssue::NoRetentionDate;
        out << p;
    }
    QHash<qint64, QString> keys;
    for (const PersonStatus &p : out)
        keys.insert(p.id, text::fold(p.name));
    auto rank = [](const PersonStatus &p) {
        if (p.issues.isEmpty())
            return 3;
        return int(p.issues.first());  // issues are listed in enum order
    };
    std::stable_sort(out.begin(), out.end(), [&](const PersonStatus &a, const PersonStatus &b) {
        const int ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra < rb;
        if (a.retentionDate != b.retentionDate) {
            if (!a.retentionDate.isValid() || !b.retentionDate.isValid())
                return a.retentionDate.isValid();  // dated ones first
            return a.retentionDate < b.retentionDate;
        }
        return keys.value(a.id) < keys.value(b.id);
    });
    return out;
}

} // namespace maillage::privacy
