#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace maillage {

/// What the window shows when no territory is open: open the sample, start a new territory
/// (its name first), open one, the recent files and shared territories, import a spreadsheet into a new territory,
/// and how Maillage works in three steps.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);
    /// How a recent territory is named in the window: a file by its name, a shared territory
    /// by its name and its server ("mirecourt (shared, server)").
    static QString recentName(const QString &pathOrAddress);
    QPushButton *button(const QString &key) const;

signals:
    void openSampleRequested();
    void newTerritoryRequested();
    void openRequested();
    void importRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title, *m_subtitle, *m_recentTitle, *m_stepsTitle;
    QList<QLabel *> m_steps;
    QHash<QString, QPushButton *> m_buttons;
    QVBoxLayout *m_recent;
    QStringList m_recentPaths;
};

} // namespace maillage
