#pragma once

// Shared set-up for the transfer tests against the emulators: a fault proxy in front of the
// Contaxy emulator, a fresh engine and folder per test, and helpers to build transfers.
#include "emulators.h"
#include "transfer/curlengine.h"
#include "transfer/transfer.h"
#include "transfer/transfererrors.h"
#include "transfertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace wharf::transfer;
using namespace transfertest;
using wharf::net::ApiError;
using wharf::test::ServerInfo;

class TransferFixture : public QObject
{
protected:
    ServerInfo m_emu;
    ServerInfo m_proxy;
    QTemporaryDir m_stateDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    // One engine per test: a connection kept alive from an earlier test would bypass the
    // fault mode set for this one (the proxy applies modes per accepted connection).
    std::unique_ptr<CurlEngine> m_engine;
    ConnectionSettings m_settings = directSettings();

    QUrl direct(const QString &path) const { return QUrl(m_emu.url.toString() + path); }
    QUrl viaProxy(const QString &path) const { return QUrl(m_proxy.url.toString() + path); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    Transfer *make(TransferSpec spec, const wharf::net::RetryPolicy &policy = fastRetries())
    {
        if (spec.id.isEmpty())
            spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (spec.localPath.isEmpty())
            spec.localPath = m_dir->path();
        auto *transfer = new Transfer(m_engine.get(), spec, m_dir.get() ? this : nullptr);
        transfer->setRetryPolicy(policy);
        transfer->setProgressInterval(20);
        transfer->setConnectionProvider([this] { return m_settings; });
        return transfer;
    }
    Transfer *download(const QUrl &url, const QString &fileName = QString())
    {
        TransferSpec spec;
        spec.url = url;
        spec.fileName = fileName;
        return make(spec);
    }
    Transfer *upload(TransferSpec::Kind kind,
                     const QUrl &url,
                     const QString &file,
                     const QByteArray &method = QByteArray())
    {
        TransferSpec spec;
        spec.kind = kind;
        spec.url = url;
        spec.localPath = file;
        spec.method = method;
        return make(spec);
    }
    void setMode(const QByteArray &json)
    {
        QVERIFY(wharf::test::setProxyMode(m_proxy, json));
        proxyControl(m_proxy, "POST", "/reset-stats");
    }
    qint64 stat(const char *key)
    {
        return proxyControl(m_proxy, "GET", "/stats").value(QLatin1String(key)).toInteger();
    }
    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    static QJsonObject reply(const Transfer *t)
    {
        return QJsonDocument::fromJson(t->responseBody()).object();
    }
    static bool completed(const Transfer *t)
    {
        if (t->state() != Transfer::State::Completed)
            qWarning("state %d: %s", int(t->state()), qPrintable(t->error().toString()));
        return t->state() == Transfer::State::Completed;
    }

    void setUpCase()
    {
        m_emu = wharf::test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_emu.isValid());
        m_proxy = wharf::test::startProxy(
            m_stateDir.path(), QStringLiteral("transferproxy"), m_emu, {});
        QVERIFY(m_proxy.isValid());
    }
    void tearDownCase() { wharf::test::stopAll(m_stateDir.path()); }
    void setUpTest()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = directSettings();
        m_engine = std::make_unique<CurlEngine>();
        setMode("{}");
    }
    void tearDownTest()
    {
        qDeleteAll(findChildren<Transfer *>(Qt::FindDirectChildrenOnly));
        QCOMPARE(m_engine->runningRequests(), 0);
        m_engine.reset();
        m_dir.reset();
    }
};
