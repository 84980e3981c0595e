#pragma once

#include "core/document/change.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace maillage {
class Document;

/// What an actor takes part in: the meetings they attended, the problems that concern them
/// (with their role) and the actions they lead or are partners of. Clicking an entry asks to
/// select it. Meant for the details of the selected actor.
class ActorActivityWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ActorActivityWidget(Document *doc, QWidget *parent = nullptr);
    void setActor(qint64 id);
    qint64 actorId() const { return m_actor; }
    QTreeWidget *tree() const { return m_tree; }
    /// Entries per group: meetings, problems, actions.
    int count(int group) const;

signals:
    void meetingActivated(qint64 id);
    void problemActivated(qint64 id);
    void actionActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void onChanged(const ChangeSet &changes);
    void activate(QTreeWidgetItem *item);

    Document *m_doc;
    qint64 m_actor = 0;
    bool m_queued = false;
    QLabel *m_title;
    QTreeWidget *m_tree;
};

} // namespace maillage
