#pragma once

#include "common/page.h"
#include "shell/appcontext.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wharf {
class IvcapServiceModel;
}

namespace wharf::ui {

// IVCAP's services, paged in as the list scrolls, with a quick filter over what is loaded.
class IvcapServicesPage : public Page
{
    Q_OBJECT
public:
    IvcapServicesPage(const AppContext &context,
                      const QString &accountId,
                      QWidget *parent = nullptr);

    QString title() const override;
    QByteArray rawReply() const override;
    void activate() override;

    QTableView *view() const { return m_view; }
    IvcapServiceModel *model() const { return m_model; }

private:
    void updateStatus();

    AppContext m_context;
    QString m_accountId;
    IvcapServiceModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_reload;
};

} // namespace wharf::ui
