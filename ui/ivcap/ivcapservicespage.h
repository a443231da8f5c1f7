#pragma once

#include "common/resourcepage.h"

class QSortFilterProxyModel;
class QTableView;

namespace wharf {
class IvcapServiceModel;
}

namespace wharf::ui {

// IVCAP's services, paged in as the list scrolls, with a quick filter over what is loaded;
// double-click shows a service's details.
class IvcapServicesPage : public ResourcePage
{
    Q_OBJECT
public:
    IvcapServicesPage(const PageContext &context, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    IvcapServiceModel *model() const { return m_model; }

protected:
    QString pageName() const override;
    QString countText() const override;
    void openRow(const QModelIndex &index) override;
    void updateActions() override;

private:
    IvcapServiceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_details;
    QAction *m_copyId;
};

} // namespace wharf::ui
