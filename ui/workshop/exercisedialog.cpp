#include "ui/workshop/exercisedialog.h"

#include "core/document/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)

QIcon swatch(const QString &color)
{
    QPixmap p(12, 12);
    p.fill(QColor(color));
    return QIcon(p);
}

QListWidget *checkList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setMinimumHeight(120);
    return list;
}

void addCheck(QListWidget *list, const QString &text, const QString &color, qint64 id)
{
    auto *item = new QListWidgetItem(swatch(color), text, list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(Qt::UserRole, id);
}

QList<qint64> checked(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}
} // namespace

ExerciseDialog::ExerciseDialog(Document *doc, const QList<qint64> &selectedActors, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_selected(selectedActors)
{
    setObjectName(K("exerciseDialog"));
    setWindowTitle(tr("Create an exercise"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Trainees get a copy of this territory with the brief, the "
                                "vocabulary you allow and the starting map you choose. This "
                                "territory stays as it is: it is the reference their maps are "
                                "compared with."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_brief = new QPlainTextEdit(this);
    m_brief->setObjectName(K("exerciseBrief"));
    m_brief->setPlaceholderText(tr("What the trainees have to do, e.g. “Map who acts on food "
                                   "and health in the town, and how they are linked.”"));
    m_brief->setTabChangesFocus(true);
    m_brief->setAccessibleName(tr("Brief"));
    form->addRow(tr("&Brief:"), m_brief);

    auto *lists = new QHBoxLayout;
    m_categories = checkList(this, K("exerciseCategories"));
    m_categories->setAccessibleName(tr("Allowed categories"));
    for (const Category &c : doc->categories())
        addCheck(m_categories, c.name, c.color, c.id);
    m_linkTypes = checkList(this, K("exerciseLinkTypes"));
    m_linkTypes->setAccessibleName(tr("Allowed link types"));
    for (const LinkType &t : doc->linkTypes())
        addCheck(m_linkTypes, t.name, t.color, t.id);
    auto *catBox = new QVBoxLayout;
    auto *catLabel = new QLabel(tr("Allowed &categories:"), this);
    catLabel->setBuddy(m_categories);
    catBox->addWidget(catLabel);
    catBox->addWidget(m_categories);
    auto *typeBox = new QVBoxLayout;
    auto *typeLabel = new QLabel(tr("Allowed &link types:"), this);
    typeLabel->setBuddy(m_linkTypes);
    typeBox->addWidget(typeLabel);
    typeBox->addWidget(m_linkTypes);
    lists->addLayout(catBox);
    lists->addLayout(typeBox);
    form->addRow(lists);

    m_start = new QComboBox(this);
    m_start->setObjectName(K("exerciseStart"));
    m_start->addItem(tr("Empty: the trainees find every actor"), int(workshop::StartMap::Empty));
    m_start->addItem(tr("Only the actors, no links"), int(workshop::StartMap::Actors));
    m_start->addItem(tr("The selected actors and their links (%Ln)", nullptr,
                        int(selectedActors.size())),
                     int(workshop::StartMap::Selected));
    m_start->addItem(tr("Everything (actors, links, meetings, problems, actions)"),
                     int(workshop::StartMap::All));
    // Without a selection there is nothing to start from: the choice is greyed out.
    if (selectedActors.isEmpty())
        if (auto *model = qobject_cast<QStandardItemModel *>(m_start->model()))
            model->item(2)->setEnabled(false);
    form->addRow(tr("&Starting map:"), m_start);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(K("exerciseFile"));
    m_file->setAccessibleName(tr("Exercise file"));
    const QFileInfo ref(doc->path());
    m_file->setText(QDir(ref.absolutePath())
                        .filePath(tr("%1 - exercise.maillage").arg(ref.completeBaseName())));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExerciseDialog::browse);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Save &as:"), fileRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Exercise"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExerciseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 560);
}

void ExerciseDialog::browse()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the exercise as"), m_file->text(),
                                                tr("Maillage territories (*.maillage)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".maillage")))
        path += K(".maillage");
    m_file->setText(QDir::toNativeSeparators(path));
}

workshop::ExerciseSpec ExerciseDialog::spec() const
{
    workshop::ExerciseSpec s;
    s.brief = m_brief->toPlainText();
    s.categories = checked(m_categories);
    s.linkTypes = checked(m_linkTypes);
    s.start = workshop::StartMap(m_start->currentData().toInt());
    if (s.start == workshop::StartMap::Selected)
        s.actors = m_selected;
    return s;
}

QString ExerciseDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void ExerciseDialog::accept()
{
    const QString path = outputPath();
    if (path.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Choose where to save the exercise."));
        m_file->setFocus();
        return;
    }
    if (QFileInfo::exists(path) &&
        QFileInfo(path).absoluteFilePath() != QFileInfo(m_doc->path()).absoluteFilePath()) {
        if (QMessageBox::question(this, windowTitle(),
                                  tr("“%1” already exists. Replace it?")
                                      .arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes)
            return;
        if (!QFile::moveToTrash(path) && !QFile::remove(path)) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("“%1” could not be replaced.").arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = workshop::createExercise(m_doc->store(), path, spec(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Exercise not created"), error);
        return;
    }
    QDialog::accept();
}

} // namespace maillage
