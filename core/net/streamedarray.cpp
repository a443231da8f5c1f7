#include "streamedarray.h"

#include "text/jsonarraysplitter.h"
#include "then.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>
#include <memory>

namespace wharf::net {

namespace {

// Decodes the pieces of one reply on a thread of its own, in the order they came, so that
// parsing 100,000 elements never holds the UI thread. Lives in that thread; says `decoded`
// (queued to the caller's context, which Qt drops if the context is gone) when it is done.
class ArrayDecoder : public QObject
{
    Q_OBJECT
public:
    ArrayDecoder(ArrayElement element, std::shared_ptr<std::atomic<bool>> cancelled)
        : m_element(std::move(element))
        , m_cancelled(std::move(cancelled))
    { }

    void feed(const QByteArray &piece)
    {
        if (*m_cancelled)
            return;
        m_splitter.feed(piece, [this](QByteArrayView text) {
            QString why;
            if (m_element(text, &why))
                return true;
            m_splitter.fail(QCoreApplication::translate("ApiError", "element %1: %2")
                                .arg(m_splitter.elementCount())
                                .arg(why));
            return false;
        });
    }
    void end()
    {
        if (*m_cancelled)
            return;
        Q_EMIT decoded(m_splitter.finish() ? QString() : m_splitter.error());
    }
Q_SIGNALS:
    void decoded(const QString &error);

private:
    ArrayElement m_element;
    // The caller is gone: skip the rest. Shared, since the caller may go after the decoder.
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    text::JsonArraySplitter m_splitter;
};

} // namespace

ApiCall *sendStreamedArray(HttpClient *client,
                           ApiRequest request,
                           QObject *context,
                           ArrayElement element,
                           ArrayDone done,
                           qsizetype rawLimit)
{
    request.stream = true;
    auto *thread = new QThread;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto *decoder = new ArrayDecoder(std::move(element), cancelled);
    decoder->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, decoder, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    // The caller goes away (a reload, a closed page): the decoder stops and its thread ends.
    QObject::connect(context, &QObject::destroyed, thread, [cancelled, thread] {
        *cancelled = true;
        thread->quit();
    });
    auto raw = std::make_shared<QByteArray>();
    auto feed = [decoder, raw, rawLimit](const QByteArray &piece) {
        if (raw->size() < rawLimit)
            raw->append(piece.first(std::min(piece.size(), rawLimit - raw->size())));
        QMetaObject::invokeMethod(decoder, [decoder, piece] { decoder->feed(piece); });
    };
    ApiCall *call = client->send(request, context);
    QObject::connect(call, &ApiCall::dataReceived, context, feed);
    return then(call, context, [=, done = std::move(done)](const ApiResponse &reply) {
        if (!reply.ok()) {
            *cancelled = true;
            thread->quit();
            done(reply, reply.body.left(rawLimit));
            return;
        }
        if (!reply.body.isEmpty()) // bytes that came with the end
            feed(reply.body);
        QObject::connect(decoder, &ArrayDecoder::decoded, context, [=](const QString &error) {
            thread->quit();
            ApiResponse result = reply;
            result.body.clear();
            if (!error.isEmpty()) {
                result.error
                    = ApiError::make(ApiError::Kind::BadResponse,
                                     QCoreApplication::translate(
                                         "ApiError", "The server's reply is not readable: %1.")
                                         .arg(error),
                                     reply.status);
                result.error.requestId = reply.requestId;
            }
            done(result, *raw);
        });
        QMetaObject::invokeMethod(decoder, [decoder] { decoder->end(); });
    });
}

} // namespace wharf::net

#include "streamedarray.moc"
