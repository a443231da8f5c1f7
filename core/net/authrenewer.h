#pragma once

#include "apierror.h"

#include <QObject>

namespace wharf::net {

// One caller's wait for a credential renewal; every waiter of one renewal gets its result.
class AuthRenewal : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void finished(const wharf::net::ApiError &error);
};

// Renews an account's bearer token (an OpenID Connect refresh). HttpClient uses it so that
// no request has to handle an expired token itself: requests started while a renewal runs
// wait for it, and a request refused with 401 waits for one renewal and is sent once more.
class AuthRenewer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool canRenew() const = 0;
    virtual bool isRenewing() const = 0;
    // Starts a renewal or joins the one in flight; the result always arrives from the event
    // loop, never before this returns. The renewal belongs to parent.
    virtual AuthRenewal *renew(QObject *parent) = 0;
};

} // namespace wharf::net
