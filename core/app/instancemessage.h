#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace wharf::app {

// What a second launch of the app hands to the running one. On the wire every message is a
// frame: a 4-byte big-endian length, then that many bytes of UTF-8 JSON.
struct InstanceMessage
{
    QStringList args; // the second launch's arguments without the program name
    QString workingDir; // to resolve relative file arguments
    QString activationToken; // XDG_ACTIVATION_TOKEN / DESKTOP_STARTUP_ID: lets it take focus

    QByteArray toFrame() const;
    // Empty when the JSON is not a message (wrong types, missing fields, not an object).
    static std::optional<InstanceMessage> fromJson(const QByteArray &json);

    static QByteArray ackFrame();
    static bool isAck(const QByteArray &json);
};

// Collects the bytes of one frame from a stream, refusing frames over `maxSize` before
// buffering them.
class FrameReader
{
public:
    enum class State { NeedMore, Complete, Invalid };

    explicit FrameReader(quint32 maxSize)
        : m_maxSize(maxSize)
    { }

    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    QByteArray payload() const { return m_buffer.mid(kHeaderSize); }

private:
    static constexpr qsizetype kHeaderSize = 4;

    quint32 m_maxSize;
    QByteArray m_buffer;
    State m_state = State::NeedMore;
};

} // namespace wharf::app
