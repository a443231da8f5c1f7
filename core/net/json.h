#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wharf::net {

// JSON decoding that also accepts bare scalars ("Success", 42, null), which Qt 6.4's
// QJsonDocument rejects but Project-W and Contaxy return from many endpoints.
namespace json {

// Returns the value or std::nullopt (with *error filled) when the text is not JSON.
std::optional<QJsonValue> parse(const QByteArray &body, QString *error = nullptr);

} // namespace json
} // namespace wharf::net
