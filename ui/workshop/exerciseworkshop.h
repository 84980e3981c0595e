#pragma once

#include "core/workshop/exercise.h"

#include <QObject>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMainWindow;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace maillage {
class ComparisonPanel;
class Document;
class NetworkScene;
class NetworkView;

/// The exercise's brief, the vocabulary it allows and a way to compare with the reference.
class BriefPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BriefPanel(QWidget *parent = nullptr);
    void setExercise(Document *doc, const workshop::Exercise &exercise);
    QTextBrowser *briefText() const { return m_brief; }
    QLabel *vocabularyLabel() const { return m_vocabulary; }
    QPushButton *compareButton() const { return m_compare; }
    void retranslate();

private:
    QLabel *m_heading;
    QTextBrowser *m_brief;
    QLabel *m_vocabulary;
    QPushButton *m_compare;
};

/// Exercises and comparison in the Workshop menu (#8): Create Exercise…, Compare with Maps…
/// (the open territory is the reference; trainees' or groups' files), Compare with Reference…
/// (the open file is a trainee's), the Comparison dock with its overlay and chip on the map,
/// and for an exercise file the Brief dock and the editors restricted to the allowed vocabulary.
class ExerciseWorkshop : public QObject
{
    Q_OBJECT
public:
    ExerciseWorkshop(QMainWindow *window, Document *doc, NetworkScene *scene, NetworkView *view);
    ~ExerciseWorkshop() override;

    /// Menu actions, in order (a null entry is a separator).
    QList<QAction *> menuActions() const;
    QDockWidget *briefDock() const { return m_briefDock; }
    QDockWidget *comparisonDock() const { return m_comparisonDock; }
    BriefPanel *briefPanel() const { return m_brief; }
    ComparisonPanel *comparisonPanel() const { return m_panel; }
    QFrame *chip() const { return m_chip; }
    const std::optional<workshop::Exercise> &exercise() const { return m_exercise; }
    void retranslate();

    /// Compares `files` with the open territory as the reference (off the UI thread, with
    /// progress and cancel). False with a message when a file cannot be read.
    bool compareWithMaps(const QStringList &files);
    /// Compares the open map with the reference file `reference`.
    bool compareWithReference(const QString &reference);
    void closeComparison();

private:
    void createExerciseInteractively();
    void chooseMaps();
    void chooseReference();
    void documentOpened();
    void documentClosed();
    void loadExercise();
    void updateActions();
    void placeChip();
    bool run(const QString &label, const QStringList &files, bool shownIsReference);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QMainWindow *m_window;
    Document *m_doc;
    NetworkScene *m_scene;
    NetworkView *m_view;
    QAction *m_create, *m_compareMaps, *m_compareReference, *m_close;
    QDockWidget *m_briefDock, *m_comparisonDock;
    BriefPanel *m_brief;
    ComparisonPanel *m_panel;
    QFrame *m_chip;
    QLabel *m_chipText;
    QToolButton *m_chipClose;
    QString m_chipFile;
    std::optional<workshop::Exercise> m_exercise;
};

} // namespace maillage
