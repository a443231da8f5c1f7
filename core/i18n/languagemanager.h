#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace wharf {

// Switches the user interface language, at start and at run time: installs Wharf's catalogue
// from :/i18n plus Qt's own (qtbase: standard buttons, dialogs) for the same language. Qt then
// sends QEvent::LanguageChange to every widget, which retranslates itself in changeEvent().
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // Locale names with a Wharf catalogue ("de", "en", ...), sorted. English, the language of
    // the source strings, is always among them.
    static QStringList availableLanguages();

    // The first of `preferred` (in order, BCP 47 "de-AT" or locale "de_AT" names, as
    // QLocale::uiLanguages() lists them) that one of `available` serves, exactly or by its
    // language alone; "en" when none does.
    static QString resolve(const QStringList &preferred, const QStringList &available);

    // `requested`: "" follows the system's language list, else a locale name such as "de" or
    // "pt_BR" (AppSettings::language()). Returns the language now in use.
    QString setLanguage(const QString &requested);

    QString requestedLanguage() const { return m_requested; }
    QString currentLanguage() const { return m_current; }
    // False when Qt's own catalogue for the current language is not installed (on Debian it is
    // in qt6-translations-l10n); Wharf's strings are translated all the same.
    bool hasQtCatalogue() const;

    // Where Qt's catalogues are looked for: Qt's own folder, then "translations" next to the
    // executable (Windows deployment) and in the bundle's Resources (macOS).
    static QStringList qtCatalogueDirs();

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_requested;
    QString m_current;
    QTranslator *m_wharf = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace wharf
