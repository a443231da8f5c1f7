#pragma once

#include "common/resourcepage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace wharf {
class ContaxyDocumentModel;
}

namespace wharf::ui {

class JsonView;

// One Contaxy project's JSON documents: the user opens a collection by name (the server
// cannot list them, so the ones used before are offered), sees its documents on the left and
// the selected one, highlighted, on the right; a SQL/JSON path narrows the list on the
// server. New, edit (sent as a merge patch), delete, copy.
class ContaxyDocumentsPage : public ResourcePage
{
    Q_OBJECT
public:
    ContaxyDocumentsPage(const PageContext &context, QWidget *parent = nullptr);

    // Opens the collection typed or chosen; false (with the reason shown) for a bad name.
    bool openCollection(const QString &collection);
    // Opens the collection called `name` (`--page PAGE#COLLECTION`).
    void openItem(const QString &name) override { openCollection(name); }

    QTableView *view() const { return m_view; }
    JsonView *jsonView() const { return m_json; }
    QComboBox *collectionBox() const { return m_collections; }
    QLineEdit *filterEdit() const { return m_filter; }
    ContaxyDocumentModel *model() const { return m_model; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyAction() const { return m_copy; }

protected:
    QString pageName() const override;
    QString countText() const override;
    void openRow(const QModelIndex &index) override;
    void updateActions() override;

private:
    QWidget *makeCollectionBar();
    int currentRow() const; // in the model, or -1
    void showSelected();
    void editDocument(int row); // row -1: a new document
    void confirmDelete();
    void copyJson();

    ContaxyDocumentModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    JsonView *m_json;
    QComboBox *m_collections = nullptr;
    QLineEdit *m_filter = nullptr;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_copy;
};

} // namespace wharf::ui
