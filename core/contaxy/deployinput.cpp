#include "deployinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("ContaxyDeployInput", text);
}

QString projectPath(const QString &projectId)
{
    return QStringLiteral("/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(projectId));
}

QString deploymentPath(const QString &projectId, const Deployment &d)
{
    return projectPath(projectId) + QLatin1Char('/') + kindPath(d.kind) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(d.id));
}

// Environment variable names as shells accept them; the server would take anything, but a
// name with a blank or "=" cannot reach the container's environment.
bool isValidVariableName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

} // namespace

bool isValidEndpoint(const QString &endpoint)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,5})b?(/[^\\s]*)?$"));
    const auto m = re.match(endpoint);
    if (!m.hasMatch())
        return false;
    const int port = m.captured(1).toInt();
    return port >= 1 && port <= 65535;
}

std::optional<QStringList> splitCommandLine(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (quote == QLatin1Char('"')) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && i + 1 < line.size()
                     && QStringLiteral("\"\\$`").contains(line.at(i + 1)))
                word += line.at(++i);
            else
                word += c;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            inWord = true;
            if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
                quote = c;
            else if (c == QLatin1Char('\\')) {
                if (i + 1 >= line.size())
                    return std::nullopt;
                word += line.at(++i);
            } else
                word += c;
        }
    }
    if (!quote.isNull())
        return std::nullopt;
    if (inWord)
        words << word;
    return words;
}

QString joinCommandLine(const QStringList &words)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList out;
    for (const QString &w : words) {
        if (plain.match(w).hasMatch())
            out << w;
        else
            out << QLatin1Char('\'')
                    + QString(w).replace(QLatin1String("'"), QLatin1String("'\\''"))
                    + QLatin1Char('\'');
    }
    return out.join(QLatin1Char(' '));
}

QList<DeploymentInput::Problem> DeploymentInput::validate() const
{
    QList<Problem> problems;
    const QString img = image.trimmed();
    if (img.isEmpty())
        problems.append(
            {Field::Image,
             say(QT_TRANSLATE_NOOP("ContaxyDeployInput",
                                   "Enter the container image, for example nginx:1.25."))});
    else if (img.size() > 2000 || img.contains(QRegularExpression(QStringLiteral("\\s"))))
        problems.append({Field::Image,
                         say(QT_TRANSLATE_NOOP("ContaxyDeployInput",
                                               "A container image has no blanks and at most 2000 "
                                               "characters."))});
    const qsizetype nameLength = displayName.trimmed().size();
    if (nameLength == 0)
        problems.append({Field::DisplayName,
                         say(QT_TRANSLATE_NOOP("ContaxyDeployInput",
                                               "Enter a name: the id is made from it."))});
    else if (nameLength < 4 || nameLength > 128)
        problems.append(
            {Field::DisplayName,
             say(QT_TRANSLATE_NOOP("ContaxyDeployInput", "The name needs 4 to 128 characters."))});
    if (description.size() > 1000)
        problems.append({Field::Description,
                         say(QT_TRANSLATE_NOOP("ContaxyDeployInput",
                                               "The description has more than 1000 characters."))});
    QStringList seen;
    for (const auto &[name, value] : parameters) {
        Q_UNUSED(value);
        if (!isValidVariableName(name)) {
            problems.append(
                {Field::Parameters,
                 name.isEmpty()
                     ? say(QT_TRANSLATE_NOOP("ContaxyDeployInput", "A parameter has no name."))
                     : say(QT_TRANSLATE_NOOP("ContaxyDeployInput",
                                             "Parameter %1: a name has letters, digits and "
                                             "underscores and does not start with a digit."))
                           .arg(name)});
            break;
        }
        if (seen.contains(name)) {
            problems.append(
                {Field::Parameters,
                 say(QT_TRANSLATE_NOOP("ContaxyDeployInput", "Parameter %1 is there twice."))
                     .arg(name)});
            break;
        }
        seen << name;
    }
    if (kind == Deployment::Kind::Job && !endpoints.isEmpty())
        problems.append({Field::Endpoints,
                         say(QT_TRANSLATE_NOOP("ContaxyDeployInput", "Jobs have no endpoints."))});
    for (const QString &e : endpoints) {
        if (!isValidEndpoint(e)) {
            problems.append(
                {Field::Endpoints,
                 say(QT_TRANSLATE_NOOP(
                         "ContaxyDeployInput",
                         "Endpoint %1: write a port (1–65535), optionally followed by b "
                         "and a path, like 8080, 9001/webapp/ui or 9002b."))
                     .arg(e)});
            break;
        }
    }
    if (maxCpus < 0 || maxCpus > 1024)
        problems.append(
            {Field::MaxCpus,
             say(QT_TRANSLATE_NOOP("ContaxyDeployInput", "Max CPUs must be between 0 and 1024."))});
    if (maxMemoryMb < 0)
        problems.append(
            {Field::MaxMemory,
             say(QT_TRANSLATE_NOOP("ContaxyDeployInput", "Max memory cannot be negative."))});
    else if (maxMemoryMb > 0 && maxMemoryMb < 5)
        problems.append(
            {Field::MaxMemory,
             say(QT_TRANSLATE_NOOP("ContaxyDeployInput", "Max memory must be at least 5 MB."))});
    if (maxGpus < 0)
        problems.append(
            {Field::MaxGpus,
             say(QT_TRANSLATE_NOOP("ContaxyDeployInput", "Max GPUs cannot be negative."))});
    if (!volumePath.isEmpty() && !volumePath.startsWith(QLatin1Char('/')))
        problems.append({Field::VolumePath,
                         say(QT_TRANSLATE_NOOP(
                             "ContaxyDeployInput",
                             "The volume path is a path inside the container, starting with /."))});
    return problems;
}

QJsonObject DeploymentInput::toJson() const
{
    QJsonObject obj {{QStringLiteral("container_image"), image.trimmed()},
                     {QStringLiteral("display_name"), displayName.trimmed()}};
    if (!description.isEmpty())
        obj.insert(QStringLiteral("description"), description);
    QJsonObject params;
    for (const auto &[name, value] : parameters)
        params.insert(name, value);
    obj.insert(QStringLiteral("parameters"), params);
    if (kind == Deployment::Kind::Service)
        obj.insert(QStringLiteral("endpoints"), QJsonArray::fromStringList(endpoints));
    QJsonObject compute;
    if (maxCpus > 0)
        compute.insert(QStringLiteral("max_cpus"), maxCpus);
    if (maxMemoryMb > 0)
        compute.insert(QStringLiteral("max_memory"), maxMemoryMb);
    if (maxGpus > 0)
        compute.insert(QStringLiteral("max_gpus"), maxGpus);
    if (!volumePath.isEmpty())
        compute.insert(QStringLiteral("volume_path"), volumePath);
    if (!compute.isEmpty())
        obj.insert(QStringLiteral("compute"), compute);
    if (!command.isEmpty())
        obj.insert(QStringLiteral("command"), QJsonArray::fromStringList(command));
    if (!args.isEmpty())
        obj.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
    return obj;
}

DeploymentInput DeploymentInput::fromJson(const QJsonObject &obj, Deployment::Kind kind)
{
    DeploymentInput in;
    in.kind = kind;
    in.image = obj.value(QLatin1String("container_image")).toString();
    in.displayName = obj.value(QLatin1String("display_name")).toString();
    in.description = obj.value(QLatin1String("description")).toString();
    const QJsonObject params = obj.value(QLatin1String("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        in.parameters.append({it.key(), it.value().toString()});
    for (const QJsonValue &e : obj.value(QLatin1String("endpoints")).toArray())
        in.endpoints << e.toString();
    const QJsonObject compute = obj.value(QLatin1String("compute")).toObject();
    in.maxCpus = compute.value(QLatin1String("max_cpus")).toDouble();
    in.maxMemoryMb = compute.value(QLatin1String("max_memory")).toInt();
    in.maxGpus = compute.value(QLatin1String("max_gpus")).toInt();
    in.volumePath = compute.value(QLatin1String("volume_path")).toString();
    for (const QJsonValue &c : obj.value(QLatin1String("command")).toArray())
        in.command << c.toString();
    for (const QJsonValue &a : obj.value(QLatin1String("args")).toArray())
        in.args << a.toString();
    return in;
}

ApiRequest deployRequest(const QString &projectId, const DeploymentInput &input)
{
    ApiRequest request = ApiRequest::postJson(
        projectPath(projectId) + QLatin1Char('/') + kindPath(input.kind), input.toJson());
    // Deploying pulls the image first when the host lacks it.
    request.timeoutMs = 120000;
    return request;
}

ApiRequest
suggestConfigRequest(const QString &projectId, Deployment::Kind kind, const QString &image)
{
    ApiRequest request = ApiRequest::get(projectPath(projectId) + QLatin1Char('/') + kindPath(kind)
                                         + QStringLiteral(":suggest-config"));
    request.query.addQueryItem(QStringLiteral("container_image"),
                               QString::fromLatin1(QUrl::toPercentEncoding(image.trimmed())));
    return request;
}

std::optional<DeploymentInput>
parseSuggestedConfig(const net::ApiResponse &response, Deployment::Kind kind, ApiError *error)
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    return DeploymentInput::fromJson(*obj, kind);
}

ApiRequest actionsRequest(const QString &projectId, const Deployment &deployment)
{
    return ApiRequest::get(deploymentPath(projectId, deployment) + QStringLiteral("/actions"));
}

std::optional<QList<DeploymentAction>>
parseActions(const net::ApiResponse &response, const QUrl &serverUrl, ApiError *error)
{
    const auto array = response.jsonArray(error);
    if (!array)
        return std::nullopt;
    QList<DeploymentAction> out;
    for (const QJsonValue &value : *array) {
        const QJsonObject obj = value.toObject();
        DeploymentAction a;
        a.id = obj.value(QLatin1String("action_id")).toString();
        if (a.id.isEmpty()) {
            *error = response.unexpected(QStringLiteral("an action without an id"));
            return std::nullopt;
        }
        a.displayName = obj.value(QLatin1String("display_name")).toString(a.id);
        for (const QJsonValue &i : obj.value(QLatin1String("instructions")).toArray()) {
            const QJsonObject ins = i.toObject();
            if (ins.value(QLatin1String("type")).toString() != QLatin1String("new-tab"))
                continue;
            const QUrl url(ins.value(QLatin1String("url")).toString());
            // Relative URLs hang off the site root, not the API root (§8.4).
            a.newTab = url.isRelative()
                ? net::appendPath(siteRoot(serverUrl),
                                  url.path(QUrl::FullyEncoded).startsWith(QLatin1Char('/'))
                                      ? url.path(QUrl::FullyEncoded)
                                      : QLatin1Char('/') + url.path(QUrl::FullyEncoded))
                : url;
            break;
        }
        out << a;
    }
    return out;
}

ApiRequest
runActionRequest(const QString &projectId, const Deployment &deployment, const QString &actionId)
{
    ApiRequest request;
    request.method = "POST";
    request.path = deploymentPath(projectId, deployment) + QStringLiteral("/actions/")
        + QString::fromLatin1(QUrl::toPercentEncoding(actionId));
    // start and restart wait up to about a minute for the old container to go (§8.4).
    request.timeoutMs = 150000;
    return request;
}

QString actionResult(const net::ApiResponse &response)
{
    return QString::fromUtf8(response.body).trimmed();
}

} // namespace wharf::contaxy
