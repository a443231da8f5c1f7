#include "instancemessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace wharf::app {

namespace {

const QString kVersion = QStringLiteral("version");
const QString kArgs = QStringLiteral("args");
const QString kWorkingDir = QStringLiteral("cwd");
const QString kToken = QStringLiteral("activationToken");
const QString kOk = QStringLiteral("ok");

QByteArray frame(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(json.size()), out.data());
    return out + json;
}

} // namespace

QByteArray InstanceMessage::toFrame() const
{
    QJsonObject object {
        {kVersion, 1}, {kArgs, QJsonArray::fromStringList(args)}, {kWorkingDir, workingDir}};
    if (!activationToken.isEmpty())
        object.insert(kToken, activationToken);
    return frame(object);
}

std::optional<InstanceMessage> InstanceMessage::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    if (!object.value(kArgs).isArray() || !object.value(kWorkingDir).isString())
        return std::nullopt;
    InstanceMessage message;
    for (const QJsonValue &arg : object.value(kArgs).toArray()) {
        if (!arg.isString())
            return std::nullopt;
        message.args << arg.toString();
    }
    message.workingDir = object.value(kWorkingDir).toString();
    message.activationToken = object.value(kToken).toString();
    return message;
}

QByteArray InstanceMessage::ackFrame()
{
    return frame(QJsonObject {{kOk, true}});
}

bool InstanceMessage::isAck(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() && doc.object().value(kOk).toBool();
}

FrameReader::State FrameReader::feed(const QByteArray &bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    m_buffer += bytes;
    if (m_buffer.size() < kHeaderSize)
        return m_state;
    const quint32 size = qFromBigEndian<quint32>(m_buffer.constData());
    if (size == 0 || size > m_maxSize)
        return m_state = State::Invalid;
    if (m_buffer.size() >= kHeaderSize + qsizetype(size)) {
        m_buffer.truncate(kHeaderSize + size); // anything after the frame is ignored
        m_state = State::Complete;
    }
    return m_state;
}

} // namespace wharf::app
