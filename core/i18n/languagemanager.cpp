#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace wharf {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "wharf.i18n", QtInfoMsg)

const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kSourceLanguage = QStringLiteral("en");

QString normalized(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString languageOnly(const QString &name)
{
    return name.section(QLatin1Char('_'), 0, 0);
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

QStringList LanguageManager::availableLanguages()
{
    QStringList languages {kSourceLanguage};
    const QStringList files
        = QDir(kCatalogueDir).entryList({QStringLiteral("wharf_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString name = file.mid(6, file.size() - 9); // between "wharf_" and ".qm"
        if (!name.isEmpty() && !languages.contains(name))
            languages.append(name);
    }
    languages.sort();
    return languages;
}

QString LanguageManager::resolve(const QStringList &preferred, const QStringList &available)
{
    for (const QString &wanted : preferred) {
        const QString name = normalized(wanted);
        for (const QString &candidate : available) {
            if (candidate.compare(name, Qt::CaseInsensitive) == 0)
                return candidate;
        }
        const QString language = languageOnly(name);
        for (const QString &candidate : available) {
            if (candidate.compare(language, Qt::CaseInsensitive) == 0)
                return candidate;
        }
    }
    return kSourceLanguage;
}

QStringList LanguageManager::qtCatalogueDirs()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
            appDir + QStringLiteral("/translations"),
            appDir + QStringLiteral("/../Resources/translations")};
}

QString LanguageManager::setLanguage(const QString &requested)
{
    const QStringList preferred
        = requested.isEmpty() ? QLocale::system().uiLanguages() : QStringList {requested};
    const QString language = resolve(preferred, availableLanguages());
    if (m_wharf && language == m_current && requested == m_requested)
        return m_current;

    auto *wharf = new QTranslator(this);
    if (!wharf->load(QStringLiteral("wharf_") + language, kCatalogueDir))
        qCWarning(lcI18n) << "no catalogue for" << language << "in" << kCatalogueDir;
    auto *qt = new QTranslator(this);
    bool qtLoaded = false;
    for (const QString &dir : qtCatalogueDirs()) {
        qtLoaded = qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), dir);
        if (qtLoaded)
            break;
    }
    if (!qtLoaded) {
        qCInfo(lcI18n) << "Qt's own catalogue for" << language << "is not installed";
        delete qt;
        qt = nullptr;
    }

    // Install the new catalogues before removing the old ones, so that no moment shows the
    // source strings. Each change makes Qt send QEvent::LanguageChange to all widgets.
    QCoreApplication::installTranslator(wharf);
    if (qt)
        QCoreApplication::installTranslator(qt);
    delete m_wharf; // a QTranslator removes itself from the application when deleted
    delete m_qt;
    m_wharf = wharf;
    m_qt = qt;

    // Numbers and dates follow a chosen language; "System" keeps the system's formats.
    QLocale::setDefault(requested.isEmpty() ? QLocale::system() : QLocale(requested));
    m_requested = requested;
    m_current = language;
    Q_EMIT languageChanged(m_current);
    return m_current;
}

bool LanguageManager::hasQtCatalogue() const
{
    return m_qt != nullptr;
}

} // namespace wharf
