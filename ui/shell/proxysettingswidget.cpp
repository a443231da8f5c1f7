#include "shell/proxysettingswidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace wharf::ui {

using net::ProxySettings;

ProxySettingsWidget::ProxySettingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QButtonGroup(this))
    , m_type(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_noProxy(new QLineEdit(this))
    , m_passwordNote(new QLabel(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    const auto addMode = [&](ProxySettings::Mode mode, const QString &text, const char *name) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        m_mode->addButton(button, int(mode));
        layout->addWidget(button);
    };
    addMode(ProxySettings::Mode::System, tr("Use the s&ystem proxy settings"), "proxySystem");
    addMode(ProxySettings::Mode::None, tr("N&o proxy"), "proxyNone");
    addMode(ProxySettings::Mode::Manual, tr("&Manual proxy:"), "proxyManual");

    m_type->addItem(tr("HTTP"), int(ProxySettings::Type::Http));
    m_type->addItem(tr("SOCKS5"), int(ProxySettings::Type::Socks5));
    m_host->setPlaceholderText(tr("proxy.example.org"));
    m_port->setInputMethodHints(Qt::ImhDigitsOnly);
    m_port->setMaxLength(6);
    m_user->setPlaceholderText(tr("Optional"));
    m_password->setEchoMode(QLineEdit::Password);
    m_noProxy->setPlaceholderText(tr("intranet.example, .example.org"));
    m_noProxy->setToolTip(tr("Hosts and domains reached directly, separated by commas. "
                             "Local addresses never use the proxy."));

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0); // indented under "Manual proxy"
    struct Field
    {
        QString label, accessibleName;
        QWidget *widget;
        const char *objectName;
    };
    const QList<Field> fields {
        {tr("&Type:"), tr("Proxy type"), m_type, "proxyType"},
        {tr("&Host:"), tr("Proxy host"), m_host, "proxyHost"},
        {tr("&Port:"), tr("Proxy port"), m_port, "proxyPort"},
        {tr("&User name:"), tr("Proxy user name"), m_user, "proxyUser"},
        {tr("Pass&word:"), tr("Proxy password"), m_password, "proxyPassword"},
        {tr("&Bypass the proxy for:"), tr("Hosts that bypass the proxy"), m_noProxy, "noProxy"},
    };
    for (const Field &field : fields) {
        auto *label = new QLabel(field.label, this);
        label->setBuddy(field.widget);
        field.widget->setObjectName(QLatin1String(field.objectName));
        field.widget->setAccessibleName(field.accessibleName);
        form->addRow(label, field.widget);
        m_manualFields << label << field.widget;
        if (field.widget == m_password) {
            m_passwordNote->setWordWrap(true);
            m_passwordNote->setObjectName(QStringLiteral("proxyPasswordNote"));
            form->addRow(QString(), m_passwordNote);
            m_manualFields << m_passwordNote;
        }
    }
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("proxyError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Proxy error"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_mode, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateEnabled();
            Q_EMIT edited();
        }
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ProxySettingsWidget::edited);
    for (QLineEdit *edit : {m_host, m_port, m_user, m_noProxy})
        connect(edit, &QLineEdit::textEdited, this, &ProxySettingsWidget::edited);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_passwordEdited = true;
        Q_EMIT edited();
    });

    setValue(ProxySettings());
    setPasswordLoading();
}

void ProxySettingsWidget::setValue(const ProxySettings &proxy)
{
    m_mode->button(int(proxy.mode))->setChecked(true);
    m_type->setCurrentIndex(m_type->findData(int(proxy.type)));
    m_host->setText(proxy.host);
    m_port->setText(proxy.port > 0 ? QString::number(proxy.port) : QString());
    m_user->setText(proxy.user);
    m_noProxy->setText(proxy.noProxyHosts.join(QStringLiteral(", ")));
    updateEnabled();
}

ProxySettings ProxySettingsWidget::value() const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_mode->checkedId());
    proxy.type = ProxySettings::Type(m_type->currentData().toInt());
    proxy.host = m_host->text().trimmed();
    bool ok = false;
    const int port = m_port->text().trimmed().toInt(&ok);
    proxy.port = ok ? port : (m_port->text().trimmed().isEmpty() ? 0 : -1);
    proxy.user = m_user->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    proxy.noProxyHosts = m_noProxy->text().split(separators, Qt::SkipEmptyParts);
    return proxy;
}

QString ProxySettingsWidget::validationError() const
{
    return value().validationError();
}

void ProxySettingsWidget::showValidation()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setAccessibleDescription(error);
    m_error->setVisible(!error.isEmpty());
}

void ProxySettingsWidget::setPasswordLoading()
{
    m_passwordAvailable = false;
    m_password->clear();
    m_password->setPlaceholderText(tr("Reading the keychain…"));
    m_passwordNote->clear();
    m_passwordNote->hide();
    updateEnabled();
}

void ProxySettingsWidget::setPassword(const QString &password)
{
    m_passwordAvailable = true;
    m_passwordEdited = false;
    m_password->setText(password);
    m_password->setPlaceholderText(tr("Optional, kept in the system keychain"));
    updateEnabled();
}

void ProxySettingsWidget::setPasswordUnavailable(const QString &reason)
{
    m_passwordAvailable = false;
    m_password->clear();
    m_password->setPlaceholderText(QString());
    m_passwordNote->setText(reason);
    m_passwordNote->show();
    updateEnabled();
}

QString ProxySettingsWidget::password() const
{
    return m_password->text();
}

void ProxySettingsWidget::updateEnabled()
{
    const bool manual = m_mode->checkedId() == int(ProxySettings::Mode::Manual);
    for (QWidget *widget : std::as_const(m_manualFields))
        widget->setEnabled(manual);
    m_password->setEnabled(manual && m_passwordAvailable);
}

} // namespace wharf::ui
