#include "boundedyaml.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace wharf::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Yaml", text);
}

struct LimitExceeded
{
    QString message;
};

// Builds the document from parser events, enforcing the limits as it goes.
class Builder : public YAML::EventHandler
{
public:
    explicit Builder(const YamlLimits &limits)
        : m_limits(limits)
    { }

    QVariant result;

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        checkAnchor(anchor);
        add(QVariant());
    }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override
    {
        throw LimitExceeded {tr("aliases are not allowed")};
    }
    void OnAnchor(const YAML::Mark &, const std::string &) override
    {
        throw LimitExceeded {tr("anchors are not allowed")};
    }
    void OnScalar(const YAML::Mark &,
                  const std::string &,
                  YAML::anchor_t anchor,
                  const std::string &value) override
    {
        checkAnchor(anchor);
        if (qsizetype(value.size()) > m_limits.maxScalar)
            throw LimitExceeded {tr("a value is longer than %1 bytes").arg(m_limits.maxScalar)};
        add(QString::fromStdString(value));
    }
    void OnSequenceStart(const YAML::Mark &,
                         const std::string &,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        checkAnchor(anchor);
        open(Frame {true, {}, {}, {}, false});
    }
    void OnSequenceEnd() override { close(QVariant(m_stack.back().list)); }
    void OnMapStart(const YAML::Mark &,
                    const std::string &,
                    YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        checkAnchor(anchor);
        open(Frame {false, {}, {}, {}, false});
    }
    void OnMapEnd() override { close(QVariant(m_stack.back().map)); }

private:
    struct Frame
    {
        bool isList;
        QVariantList list;
        QVariantMap map;
        QString key;
        bool haveKey;
    };

    void checkAnchor(YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            throw LimitExceeded {tr("anchors are not allowed")};
    }
    void count()
    {
        if (++m_nodes > m_limits.maxNodes)
            throw LimitExceeded {tr("more than %1 values").arg(m_limits.maxNodes)};
    }
    void open(Frame frame)
    {
        count();
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw LimitExceeded {tr("nested deeper than %1 levels").arg(m_limits.maxDepth)};
        m_stack.push_back(std::move(frame));
    }
    void close(QVariant value)
    {
        m_stack.pop_back();
        --m_nodes; // counted in open()
        add(std::move(value));
    }
    void add(QVariant value)
    {
        count();
        if (m_stack.empty()) {
            result = std::move(value);
            return;
        }
        Frame &top = m_stack.back();
        if (top.isList) {
            top.list.append(std::move(value));
        } else if (!top.haveKey) {
            if (value.typeId() != QMetaType::QString)
                throw LimitExceeded {tr("only text keys are allowed")};
            top.key = value.toString();
            top.haveKey = true;
        } else {
            top.map.insert(top.key, std::move(value));
            top.haveKey = false;
        }
    }

    const YamlLimits &m_limits;
    std::vector<Frame> m_stack;
    int m_nodes = 0;
};

} // namespace

std::optional<QVariant>
parseBoundedYaml(const QByteArray &text, QString *error, const YamlLimits &limits)
{
    auto failWith = [error](const QString &message) -> std::optional<QVariant> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.size() > limits.maxBytes)
        return failWith(tr("The YAML document is larger than %1 bytes.").arg(limits.maxBytes));
    std::istringstream stream(text.toStdString());
    Builder builder(limits);
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder))
            return failWith(tr("The YAML document is empty."));
        Builder rest(limits);
        if (parser.HandleNextDocument(rest))
            return failWith(tr("Expected one YAML document, found several."));
    } catch (const LimitExceeded &e) {
        return failWith(tr("Refused YAML document: %1.").arg(e.message));
    } catch (const std::exception &e) {
        return failWith(tr("Invalid YAML: %1").arg(QString::fromUtf8(e.what())));
    }
    return builder.result;
}

} // namespace wharf::net
