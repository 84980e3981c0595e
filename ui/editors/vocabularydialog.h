#pragma once

#include <QDialog>

class QTabWidget;
class QTableWidget;

namespace maillage {
class Document;

/// Categories, link types and tags: name, colour, shape or line style, direction and sign.
/// Every change is committed (and undoable) at once; deleting one in use asks what to do
/// with its actors or links.
class VocabularyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VocabularyDialog(Document *doc, QWidget *parent = nullptr);
    QTableWidget *categoryTable() const { return m_categories; }
    QTableWidget *linkTypeTable() const { return m_types; }
    QTableWidget *tagTable() const { return m_tags; }
    void deleteCategory(qint64 id);
    void deleteLinkType(qint64 id);
    void deleteTag(qint64 id);

private:
    void reload();
    void addCategory();
    void addLinkType();
    void addTag();
    void cellEdited(QTableWidget *table, const QString &sqlTable, int row, int column);
    QWidget *colourButton(const QString &table, qint64 id, const QString &color);
    Document *m_doc;
    QTabWidget *m_tabs;
    QTableWidget *m_categories, *m_types, *m_tags;
    bool m_loading = false;
};

} // namespace maillage
