#pragma once

#include <QDialog>

#include <optional>

class QTabWidget;
class QTableWidget;

namespace maillage {
class Document;

/// Categories, link types, tags and the territory's own fields of actors and links: name,
/// colour, shape or line style, direction and sign; a field's type, unit, choices and
/// whether it holds personal data.
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
    QTableWidget *fieldTable() const { return m_fields; }
    /// Adds a field of "actor" or "link" named `name` (text); its id, or nullopt (said why).
    std::optional<qint64> addField(const QString &subject, const QString &name);
    /// Deletes a field; when actors or links have a value of it, asks first.
    void deleteField(qint64 id);
    void deleteCategory(qint64 id);
    void deleteLinkType(qint64 id);
    void deleteTag(qint64 id);

private:
    void reload();
    void addCategory();
    void addLinkType();
    void addTag();
    void addFieldInteractively(const QString &subject);
    void fieldCellEdited(int row, int column);
    void reloadFields();
    void cellEdited(QTableWidget *table, const QString &sqlTable, int row, int column);
    QWidget *colourButton(const QString &table, qint64 id, const QString &color);
    Document *m_doc;
    QTabWidget *m_tabs;
    QTableWidget *m_categories, *m_types, *m_tags, *m_fields;
    bool m_loading = false;
};

} // namespace maillage
