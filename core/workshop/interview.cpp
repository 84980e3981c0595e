#include "core/workshop/interview.h"

#include "core/document/document.h"
#include "core/privacy/retention.h"
#include "core/store/repositories.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace maillage::workshop {

namespace {
#define K(x) QStringLiteral(x)

const QString kInterview = QStringLiteral("interview");
const QString kTower = QStringLiteral("interview_tower");

QString settingsJson(const Interview &iv)
{
    QJsonArray types;
    for (qint64 id : iv.linkTypeIds)
        types.append(id);
    QJsonObject o{{K("link_types"), types}};
    if (iv.currentLinkTypeId)
        o.insert(K("current_link_type"), iv.currentLinkTypeId);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Interview fromRow(const Row &r)
{
    Interview iv;
    iv.id = r.value(K("id")).toLongLong();
    iv.question = r.value(K("question")).toString();
    iv.goal = r.value(K("goal")).toString();
    iv.towerMax = std::clamp(r.value(K("tower_max")).toInt(), 1, 20);
    iv.step = InterviewStep(std::clamp(r.value(K("step")).toInt(), 0, kInterviewSteps - 1));
    iv.heldOn = convert::date(r.value(K("held_on")));
    const QJsonObject o =
        QJsonDocument::fromJson(r.value(K("settings")).toString().toUtf8()).object();
    for (const QJsonValue &v : o.value(K("link_types")).toArray())
        if (const qint64 id = v.toInteger(); id > 0 && !iv.linkTypeIds.contains(id))
            iv.linkTypeIds << id;
    iv.currentLinkTypeId = o.value(K("current_link_type")).toInteger();
    return iv;
}

Row editableColumns(const Interview &iv)
{
    return {{K("question"), iv.question.trimmed()},
            {K("goal"), iv.goal.trimmed()},
            {K("tower_max"), std::clamp(iv.towerMax, 1, 20)},
            {K("settings"), settingsJson(iv)},
            {K("held_on"), convert::date(iv.heldOn)}};
}

Row towerKey(qint64 interviewId, qint64 actorId)
{
    return {{K("interview_id"), interviewId}, {K("actor_id"), actorId}};
}

/// The ops setting one actor's tower and influence; empty when nothing changes.
QList<RowOp> towerOps(const Document &doc, const Interview &iv, qint64 actorId, int height,
                      std::optional<int> oldHeight)
{
    QList<RowOp> ops;
    if (!oldHeight) {
        Row values = towerKey(iv.id, actorId);
        values.insert(K("height"), height);
        ops << doc.insertOp(kTower, values);
    } else if (*oldHeight != height) {
        Row before = towerKey(iv.id, actorId), after = before;
        before.insert(K("height"), *oldHeight);
        after.insert(K("height"), height);
        ops << RowOp{RowOp::Update, kTower, before, after};
    }
    if (auto op = doc.updateOp(K("actor"), actorId,
                               {{K("influence"), influenceForTower(height, iv.towerMax)}}))
        ops << *op;
    return ops;
}

} // namespace

int influenceForTower(int height, int towerMax)
{
    towerMax = std::max(towerMax, 1);
    height = std::clamp(height, 0, towerMax);
    return std::clamp(int(std::floor(height * 5.0 / towerMax + 0.5)), 0, 5);
}

int attitudeForPosition(int position, int currentAttitude)
{
    position = position > 0 ? 1 : position < 0 ? -1 : 0;
    if (position != 0 && positionOfAttitude(currentAttitude) == position)
        return std::clamp(currentAttitude, -2, 2);
    return position;
}

int positionOfAttitude(int attitude)
{
    return attitude > 0 ? 1 : attitude < 0 ? -1 : 0;
}

std::optional<Interview> latestInterview(const Store &store)
{
    const QList<Row> rows = store.rows(kInterview, QString(), QVariant(), K("id DESC"));
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows.first());
}

std::optional<Interview> loadInterview(const Store &store, qint64 id)
{
    const auto r = store.row(kInterview, id);
    if (!r)
        return std::nullopt;
    return fromRow(*r);
}

QHash<qint64, int> interviewTowers(const Store &store, qint64 interviewId)
{
    QHash<qint64, int> out;
    for (const Row &r : store.rows(kTower, K("interview_id"), interviewId))
        out.insert(r.value(K("actor_id")).toLongLong(), r.value(K("height")).toInt());
    return out;
}

std::optional<qint64> InterviewEdits::create(const Interview &interview, QString *error)
{
    Row values = editableColumns(interview);
    values.insert(K("step"), int(interview.step));
    if (!m_doc.apply(tr("Start a Net-Map interview"), {m_doc.insertOp(kInterview, values)},
                     Document::NoMerge, error))
        return std::nullopt;
    return m_doc.lastInsertedIds().value(0);
}

bool InterviewEdits::update(const Interview &interview, QString *error)
{
    const auto current = loadInterview(m_doc.store(), interview.id);
    if (!current) {
        if (error)
            *error = tr("This interview no longer exists.");
        return false;
    }
    QList<RowOp> ops;
    if (auto op = m_doc.updateOp(kInterview, interview.id, editableColumns(interview)))
        ops << *op;
    if (ops.isEmpty())
        return true;
    // Towers taller than a new, smaller maximum come down to it; every tower's influence is
    // recomputed on the new scale so that influence keeps following the towers.
    const int newMax = std::clamp(interview.towerMax, 1, 20);
    if (newMax != current->towerMax) {
        Interview scaled = interview;
        scaled.towerMax = newMax;
        const QHash<qint64, int> towers = interviewTowers(m_doc.store(), interview.id);
        for (auto it = towers.begin(); it != towers.end(); ++it)
            ops << towerOps(m_doc, scaled, it.key(), std::min(it.value(), newMax), it.value());
    }
    return m_doc.apply(tr("Edit the interview"), ops, Document::MergeFieldEdit, error);
}

bool InterviewEdits::saveProgress(const Interview &interview, QString *error)
{
    // Written straight to the store (one statement, so one transaction): see the header.
    const auto current = loadInterview(m_doc.store(), interview.id);
    if (!current)
        return false;
    Interview progress = *current;
    progress.currentLinkTypeId = interview.currentLinkTypeId;
    return m_doc.store().updateRow(kInterview, {{K("id"), interview.id}},
                                   {{K("step"), int(interview.step)},
                                    {K("settings"), settingsJson(progress)}},
                                   error);
}

std::optional<qint64> InterviewEdits::addActor(const QString &name, qint64 categoryId,
                                               QString *error)
{
    Actor a;
    a.name = name.trimmed();
    if (a.name.isEmpty()) {
        if (error)
            *error = tr("An actor needs a name.");
        return std::nullopt;
    }
    a.categoryId = categoryId;
    for (const Category &c : m_doc.categories())
        if (c.id == categoryId && c.person) {
            a.isPerson = true;
            a.retentionDate = privacy::defaultRetentionDate(m_doc.store(), QDate());
        }
    return m_doc.addActor(a, {}, error);
}

bool InterviewEdits::setTower(const Interview &interview, qint64 actorId, int height,
                              QString *error)
{
    const auto actor = m_doc.actor(actorId);
    if (!actor) {
        if (error)
            *error = tr("This actor no longer exists.");
        return false;
    }
    height = std::clamp(height, 0, interview.towerMax);
    const QHash<qint64, int> towers = interviewTowers(m_doc.store(), interview.id);
    std::optional<int> old;
    if (towers.contains(actorId))
        old = towers.value(actorId);
    const QList<RowOp> ops = towerOps(m_doc, interview, actorId, height, old);
    return m_doc.apply(tr("Influence of “%1”: tower of %2").arg(actor->name).arg(height), ops,
                       Document::NoMerge, error);
}

bool InterviewEdits::setPosition(qint64 actorId, int position, QString *error)
{
    const auto actor = m_doc.actor(actorId);
    if (!actor) {
        if (error)
            *error = tr("This actor no longer exists.");
        return false;
    }
    const int attitude = attitudeForPosition(position, actor->attitude);
    const QString text = position > 0   ? tr("“%1” is for the goal").arg(actor->name)
                         : position < 0 ? tr("“%1” is against the goal").arg(actor->name)
                                        : tr("“%1” is neutral on the goal").arg(actor->name);
    return m_doc.updateRow(K("actor"), actorId, {{K("attitude"), attitude}}, text,
                           Document::NoMerge, error);
}

} // namespace maillage::workshop
