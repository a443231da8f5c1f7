#include "contaxy/contaxyfiledetails.h"

#include "auth/accountsession.h"
#include "net/then.h"

namespace wharf {

ContaxyFileDetails::ContaxyFileDetails(auth::AccountSession *session,
                                       const QString &projectId,
                                       const contaxy::FileItem &file,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_project(projectId)
    , m_file(file)
{ }

void ContaxyFileDetails::load()
{
    net::send(m_session->client(),
              contaxy::fileMetadataRequest(m_project, m_file.key),
              this,
              [this](const net::ApiResponse &reply) {
                  net::ApiError error = reply.error;
                  const auto file = error ? std::nullopt : contaxy::parseFile(reply, &error);
                  if (!file) {
                      Q_EMIT failed(error);
                      return;
                  }
                  m_file = *file;
                  Q_EMIT loaded();
              });
}

QString ContaxyFileDetails::problem(const QString &displayName,
                                    const QString &description,
                                    const QJsonObject &metadata)
{
    if (!displayName.isEmpty() && (displayName.size() < 4 || displayName.size() > 128))
        return tr("A display name has 4 to 128 characters.");
    if (description.size() > 240)
        return tr("A description has at most 240 characters.");
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key().trimmed().isEmpty())
            return tr("Every metadata entry needs a name.");
    }
    return QString();
}

QJsonObject ContaxyFileDetails::patchFor(const QString &displayName,
                                         const QString &description,
                                         const QJsonObject &metadata) const
{
    QJsonObject patch;
    if (!displayName.isEmpty() && displayName != m_file.displayName)
        patch.insert(QStringLiteral("display_name"), displayName);
    if (description != m_file.description)
        patch.insert(QStringLiteral("description"), description);
    QJsonObject meta;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (m_file.metadata.value(it.key()) != it.value())
            meta.insert(it.key(), it.value());
    }
    if (!meta.isEmpty())
        patch.insert(QStringLiteral("metadata"), meta);
    return patch;
}

void ContaxyFileDetails::save(const QString &displayName,
                              const QString &description,
                              const QJsonObject &metadata)
{
    const QJsonObject patch = patchFor(displayName, description, metadata);
    if (patch.isEmpty()) {
        Q_EMIT saved(true, tr("Nothing to save."));
        return;
    }
    net::send(m_session->client(),
              contaxy::patchFileRequest(m_project, m_file.key, patch),
              this,
              [this](const net::ApiResponse &reply) {
                  net::ApiError error = reply.error;
                  const auto file = error ? std::nullopt : contaxy::parseFile(reply, &error);
                  if (!file) {
                      Q_EMIT saved(false, tr("Not saved: %1").arg(error.message));
                      return;
                  }
                  m_file = *file;
                  Q_EMIT saved(true, tr("%1 saved.").arg(m_file.key));
              });
}

} // namespace wharf
