<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent a web page instead of data. Is the server address right?</source>
        <translation>Der Server hat eine Webseite statt Daten geschickt. Stimmt die Serveradresse?</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>expected an object, got something else</source>
        <translation>erwartet wurde ein Objekt, gekommen ist etwas anderes</translation>
    </message>
    <message>
        <source>expected a list, got something else</source>
        <translation>erwartet wurde eine Liste, gekommen ist etwas anderes</translation>
    </message>
    <message>
        <source>The server&apos;s reply has an unexpected shape: %1.</source>
        <translation>Die Antwort des Servers hat eine unerwartete Form: %1.</translation>
    </message>
    <message>
        <source>element %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not readable: %1.</source>
        <translation>Die Antwort des Servers ist nicht lesbar: %1.</translation>
    </message>
</context>
<context>
    <name>ContaxyAuth</name>
    <message>
        <source>The server accepted the sign-in but sent no access token.</source>
        <translation>Der Server hat die Anmeldung angenommen, aber kein Zugriffstoken geschickt.</translation>
    </message>
    <message>
        <source>The user record has no id.</source>
        <translation>Der Benutzereintrag hat keine ID.</translation>
    </message>
</context>
<context>
    <name>ContaxyDeployInput</name>
    <message>
        <source>Enter the container image, for example nginx:1.25.</source>
        <translation>Geben Sie das Container-Image ein, zum Beispiel nginx:1.25.</translation>
    </message>
    <message>
        <source>A container image has no blanks and at most 2000 characters.</source>
        <translation>Ein Container-Image enthält keine Leerzeichen und höchstens 2000 Zeichen.</translation>
    </message>
    <message>
        <source>Enter a name: the id is made from it.</source>
        <translation>Geben Sie einen Namen ein: Die ID wird daraus gebildet.</translation>
    </message>
    <message>
        <source>The name needs 4 to 128 characters.</source>
        <translation>Der Name braucht 4 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>The description has more than 1000 characters.</source>
        <translation>Die Beschreibung hat mehr als 1000 Zeichen.</translation>
    </message>
    <message>
        <source>A parameter has no name.</source>
        <translation>Ein Parameter hat keinen Namen.</translation>
    </message>
    <message>
        <source>Parameter %1: a name has letters, digits and underscores and does not start with a digit.</source>
        <translation>Parameter %1: Ein Name besteht aus Buchstaben, Ziffern und Unterstrichen und beginnt nicht mit einer Ziffer.</translation>
    </message>
    <message>
        <source>Parameter %1 is there twice.</source>
        <translation>Parameter %1 ist doppelt vorhanden.</translation>
    </message>
    <message>
        <source>Jobs have no endpoints.</source>
        <translation>Aufträge haben keine Endpunkte.</translation>
    </message>
    <message>
        <source>Endpoint %1: write a port (1–65535), optionally followed by b and a path, like 8080, 9001/webapp/ui or 9002b.</source>
        <translation>Endpunkt %1: Schreiben Sie einen Port (1–65535), wahlweise gefolgt von b und einem Pfad, etwa 8080, 9001/webapp/ui oder 9002b.</translation>
    </message>
    <message>
        <source>Max CPUs must be between 0 and 1024.</source>
        <translation>Die CPU-Höchstzahl muss zwischen 0 und 1024 liegen.</translation>
    </message>
    <message>
        <source>Max memory cannot be negative.</source>
        <translation>Der Höchstspeicher kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Max memory must be at least 5 MB.</source>
        <translation>Der Höchstspeicher muss mindestens 5 MB betragen.</translation>
    </message>
    <message>
        <source>Max GPUs cannot be negative.</source>
        <translation>Die GPU-Höchstzahl kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The volume path is a path inside the container, starting with /.</source>
        <translation>Der Volume-Pfad ist ein Pfad im Container und beginnt mit /.</translation>
    </message>
</context>
<context>
    <name>ContaxyDeploymentModel</name>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ContaxyDocuments</name>
    <message>
        <source>a document without a key</source>
        <translation>ein Dokument ohne Schlüssel</translation>
    </message>
    <message>
        <source>document %1 has no json_value string</source>
        <translation>Dokument %1 hat keinen json_value als Zeichenkette</translation>
    </message>
    <message>
        <source>the json_value of document %1 is not a JSON object</source>
        <translation>der json_value von Dokument %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>A collection name has 1 to 63 characters.</source>
        <translation>Ein Sammlungsname hat 1 bis 63 Zeichen.</translation>
    </message>
    <message>
        <source>Use letters, digits, &quot;-&quot; and &quot;_&quot; in a collection name, starting with a letter or digit.</source>
        <translation>Verwenden Sie in einem Sammlungsnamen Buchstaben, Ziffern, „-“ und „_“, am Anfang einen Buchstaben oder eine Ziffer.</translation>
    </message>
    <message>
        <source>A key has 1 to 255 characters.</source>
        <translation>Ein Schlüssel hat 1 bis 255 Zeichen.</translation>
    </message>
    <message>
        <source>A key cannot contain &quot;/&quot;, &quot;~&quot; or control characters.</source>
        <translation>Ein Schlüssel darf kein „/“, kein „~“ und keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A key cannot be &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Ein Schlüssel darf nicht „.“ oder „..“ sein.</translation>
    </message>
    <message>
        <source>The document is empty; it must be a JSON object.</source>
        <translation>Das Dokument ist leer; es muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The document must be a JSON object ({ … }), not a single value.</source>
        <translation>Das Dokument muss ein JSON-Objekt ({ … }) sein, kein einzelner Wert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The document must be a JSON object ({ … }), not an array.</source>
        <translation>Das Dokument muss ein JSON-Objekt ({ … }) sein, kein Array.</translation>
    </message>
</context>
<context>
    <name>ContaxyExtensions</name>
    <message>
        <source>%1 is no endpoint: write a port, optionally followed by b and a path, like 8080/webapp/ui.</source>
        <translation>%1 ist kein Endpunkt: Schreiben Sie einen Port, wahlweise gefolgt von b und einem Pfad, etwa 8080/webapp/ui.</translation>
    </message>
    <message>
        <source>The type is project-extension or user-extension.</source>
        <translation>Die Art ist project-extension oder user-extension.</translation>
    </message>
    <message>
        <source>an extension without an id</source>
        <translation>eine Erweiterung ohne ID</translation>
    </message>
</context>
<context>
    <name>ContaxyFiles</name>
    <message>
        <source>a file without a key</source>
        <translation>eine Datei ohne Schlüssel</translation>
    </message>
    <message>
        <source>A file name (with its folders) has 1 to 1024 characters.</source>
        <translation>Ein Dateiname (mit seinen Ordnern) hat 1 bis 1024 Zeichen.</translation>
    </message>
    <message>
        <source>A file name cannot contain line breaks.</source>
        <translation>Ein Dateiname darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>A file name cannot contain &quot;..&quot;.</source>
        <translation>Ein Dateiname darf kein &quot;..&quot; enthalten.</translation>
    </message>
    <message>
        <source>A file name cannot contain &quot;~&quot;.</source>
        <translation>Ein Dateiname darf kein &quot;~&quot; enthalten.</translation>
    </message>
    <message>
        <source>The last part of a file name has 1 to 128 characters.</source>
        <translation>Der letzte Teil eines Dateinamens hat 1 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a file that is not an object</source>
        <translation>eine Datei, die kein Objekt ist</translation>
    </message>
</context>
<context>
    <name>ContaxyMembers</name>
    <message>
        <source>a user without an id</source>
        <translation>ein Benutzer ohne ID</translation>
    </message>
    <message>
        <source>a member without a read, write or admin permission</source>
        <translation>ein Mitglied ohne Lese-, Schreib- oder Admin-Berechtigung</translation>
    </message>
    <message>
        <source>managing members needs admin access to the project (%1)</source>
        <translation>Mitglieder verwalten erfordert Admin-Zugriff auf das Projekt (%1)</translation>
    </message>
</context>
<context>
    <name>ContaxyProjects</name>
    <message>
        <source>a project without an id</source>
        <translation>ein Projekt ohne ID</translation>
    </message>
    <message>
        <source>A project ID has 4 to 25 characters.</source>
        <translation>Eine Projekt-ID hat 4 bis 25 Zeichen.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and single hyphens between them.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche dazwischen.</translation>
    </message>
    <message>
        <source>This ID is reserved by the server.</source>
        <translation>Diese ID ist vom Server reserviert.</translation>
    </message>
    <message>
        <source>A name has 4 to 128 characters.</source>
        <translation>Ein Name hat 4 bis 128 Zeichen.</translation>
    </message>
</context>
<context>
    <name>ContaxySso</name>
    <message>
        <source>The server&apos;s answer to &quot;is single sign-on enabled&quot; is neither 0 nor 1.</source>
        <translation>Die Antwort des Servers auf „Ist Single Sign-on aktiviert?“ ist weder 0 noch 1.</translation>
    </message>
</context>
<context>
    <name>ContaxySystem</name>
    <message>
        <source>system info without a system_state</source>
        <translation>Systeminformationen ohne system_state</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>unerwartete Antwort (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>ContaxyTokens</name>
    <message>
        <source>a token without its value</source>
        <translation>ein Token ohne seinen Wert</translation>
    </message>
    <message>
        <source>expected the new token as a string</source>
        <translation>erwartet wurde das neue Token als Zeichenkette</translation>
    </message>
    <message>
        <source>Session tokens cannot be revoked; they expire by themselves after a few minutes.</source>
        <translation>Sitzungstokens können nicht widerrufen werden; sie laufen nach wenigen Minuten von selbst ab.</translation>
    </message>
    <message>
        <source>Name a resource, such as projects/my-project, or * for everything.</source>
        <translation>Geben Sie eine Ressource an, etwa projects/my-project, oder * für alles.</translation>
    </message>
    <message>
        <source>A resource is a path such as projects/my-project/files: letters, digits and . _ - ~ : / only, or * alone.</source>
        <translation>Eine Ressource ist ein Pfad wie projects/my-project/files: nur Buchstaben, Ziffern und . _ - ~ : /, oder * allein.</translation>
    </message>
    <message>
        <source>The level is read, write or admin.</source>
        <translation>Die Stufe ist read, write oder admin.</translation>
    </message>
    <message>
        <source>A scope is RESOURCE#LEVEL, such as projects/my-project#read.</source>
        <translation>Ein Scope hat die Form RESOURCE#LEVEL, etwa projects/my-project#read.</translation>
    </message>
    <message>
        <source>A description has at most 240 characters.</source>
        <translation>Eine Beschreibung hat höchstens 240 Zeichen.</translation>
    </message>
</context>
<context>
    <name>ContaxyUsers</name>
    <message>
        <source>a user without an id</source>
        <translation>ein Benutzer ohne ID</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A user name must not be an e-mail address (no @).</source>
        <translation>Ein Benutzername darf keine E-Mail-Adresse sein (kein @).</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>Ein Benutzername enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.org).</source>
        <translation>Das ist keine E-Mail-Adresse (name@example.org).</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>managing users needs the permission users#admin of a system admin (%1)</source>
        <translation>Benutzer verwalten erfordert die Berechtigung users#admin eines Systemadmins (%1)</translation>
    </message>
    <message>
        <source>the user name or e-mail address is taken (%1)</source>
        <translation>der Benutzername oder die E-Mail-Adresse ist vergeben (%1)</translation>
    </message>
</context>
<context>
    <name>EmbeddedBrowser</name>
    <message>
        <source>This copy of Wharf was built without an embedded browser (Qt WebEngine).</source>
        <translation>Diese Wharf-Version wurde ohne eingebetteten Browser (Qt WebEngine) gebaut.</translation>
    </message>
    <message>
        <source>The embedded browser is turned off (WHARF_NO_WEBENGINE is set).</source>
        <translation>Der eingebettete Browser ist ausgeschaltet (WHARF_NO_WEBENGINE ist gesetzt).</translation>
    </message>
    <message>
        <source>The embedded browser is turned off in the settings.</source>
        <translation>Der eingebettete Browser ist in den Einstellungen ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>IvcapServices</name>
    <message>
        <source>Unexpected service list from the server: %1</source>
        <translation>Unerwartete Dienstliste vom Server: %1</translation>
    </message>
</context>
<context>
    <name>JsonArraySplitter</name>
    <message>
        <source>an element was refused</source>
        <translation>ein Element wurde abgelehnt</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected , or ] at byte %1</source>
        <translation>, oder ] erwartet bei Byte %1</translation>
    </message>
    <message>
        <source>expected a value at byte %1</source>
        <translation>Wert erwartet bei Byte %1</translation>
    </message>
    <message>
        <source>unbalanced } at byte %1</source>
        <translation>unpaariges } bei Byte %1</translation>
    </message>
    <message>
        <source>more data after the list at byte %1</source>
        <translation>weitere Daten nach der Liste bei Byte %1</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the list is cut short</source>
        <translation>die Liste bricht vorzeitig ab</translation>
    </message>
    <message>
        <source>element %1 is larger than %2 bytes</source>
        <translation>Element %1 ist größer als %2 Byte</translation>
    </message>
</context>
<context>
    <name>JsonStringDecoder</name>
    <message>
        <source>%1 (at byte %2)</source>
        <translation>%1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>The reply is not a JSON string</source>
        <translation>Die Antwort ist keine JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>A control character inside the JSON string</source>
        <translation>Ein Steuerzeichen in der JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>An invalid escape in the JSON string</source>
        <translation>Eine ungültige Escape-Sequenz in der JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>An invalid \u escape in the JSON string</source>
        <translation>Eine ungültige \u-Escape-Sequenz in der JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>More data after the JSON string</source>
        <translation>Weitere Daten nach der JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>The reply is empty</source>
        <translation>Die Antwort ist leer</translation>
    </message>
    <message>
        <source>The JSON string breaks off</source>
        <translation>Die JSON-Zeichenkette bricht ab</translation>
    </message>
</context>
<context>
    <name>LogFollower</name>
    <message>
        <source>The log is not readable: %1.</source>
        <translation>Das Log ist nicht lesbar: %1.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
</context>
<context>
    <name>PlatformKind</name>
    <message>
        <source>Unknown platform</source>
        <translation>Unbekannte Plattform</translation>
    </message>
</context>
<context>
    <name>ProjectWAuth</name>
    <message>
        <source>The server accepted the sign-in but sent no session token.</source>
        <translation>Der Server hat die Anmeldung angenommen, aber kein Sitzungstoken geschickt.</translation>
    </message>
    <message>
        <source>The user record has no email.</source>
        <translation>Der Benutzereintrag hat keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>ProjectWJobs</name>
    <message>
        <source>expected a number of jobs</source>
        <translation>erwartet wurde eine Anzahl von Aufträgen</translation>
    </message>
    <message>
        <source>a job id that is not a number</source>
        <translation>eine Auftrags-ID, die keine Zahl ist</translation>
    </message>
    <message>
        <source>a job without an id</source>
        <translation>ein Auftrag ohne ID</translation>
    </message>
    <message>
        <source>expected the transcript as text</source>
        <translation>erwartet wurde das Transkript als Text</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not audio or video (it looks like %2).</source>
        <translation>%1 ist weder Audio noch Video (es sieht aus wie %2).</translation>
    </message>
    <message>
        <source>Translating into English needs audio in another language.</source>
        <translation>Eine Übersetzung ins Englische braucht Audio in einer anderen Sprache.</translation>
    </message>
    <message>
        <source>expected the id of the settings</source>
        <translation>erwartet wurde die ID der Einstellungen</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Reiner Text (.txt)</translation>
    </message>
    <message>
        <source>Subtitles (.srt)</source>
        <translation>Untertitel (.srt)</translation>
    </message>
    <message>
        <source>Web subtitles (.vtt)</source>
        <translation>Web-Untertitel (.vtt)</translation>
    </message>
    <message>
        <source>Table (.tsv)</source>
        <translation>Tabelle (.tsv)</translation>
    </message>
    <message>
        <source>JSON with timings (.json)</source>
        <translation>JSON mit Zeitmarken (.json)</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Enter the proxy server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Proxy-Servers ein.</translation>
    </message>
    <message>
        <source>Enter only the host name of the proxy, without &quot;http://&quot; or &quot;socks5://&quot;.</source>
        <translation>Geben Sie nur den Hostnamen des Proxys ein, ohne „http://“ oder „socks5://“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Der Proxy-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>every Project-W route already starts with /api</source>
        <translation>jede Project-W-Route beginnt bereits mit /api</translation>
    </message>
    <message>
        <source>/app is Contaxy&apos;s web app; its API is served at /api</source>
        <translation>/app ist die Web-App von Contaxy; ihre API liegt unter /api</translation>
    </message>
    <message>
        <source>every IVCAP API path already starts with /1</source>
        <translation>jeder Pfad der IVCAP-API beginnt bereits mit /1</translation>
    </message>
    <message>
        <source>that is the API&apos;s documentation page</source>
        <translation>das ist die Dokumentationsseite der API</translation>
    </message>
    <message>
        <source>that is the API&apos;s description</source>
        <translation>das ist die Beschreibung der API</translation>
    </message>
    <message>
        <source>Using %1 instead of %2: %3.</source>
        <translation>Verwende %1 statt %2: %3.</translation>
    </message>
</context>
<context>
    <name>SignInInfo</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>OpenID Connect, renewed automatically</source>
        <translation>OpenID Connect, wird automatisch erneuert</translation>
    </message>
    <message>
        <source>Session token, renewed while in use</source>
        <translation>Sitzungstoken, wird bei Nutzung erneuert</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <source>The server sent an event line longer than %1 bytes.</source>
        <translation>Der Server hat eine Ereigniszeile geschickt, die länger als %1 Byte ist.</translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 bytes.</source>
        <translation>Der Server hat ein Ereignis geschickt, das größer als %1 Byte ist.</translation>
    </message>
</context>
<context>
    <name>TransferDecode</name>
    <message>
        <source>The server&apos;s text is too large.</source>
        <translation>Der Text des Servers ist zu groß.</translation>
    </message>
    <message>
        <source>The server did not send the text as a JSON string.</source>
        <translation>Der Server hat den Text nicht als JSON-Zeichenkette gesendet.</translation>
    </message>
</context>
<context>
    <name>WebSso</name>
    <message>
        <source>The server&apos;s reply has an unexpected shape (expected a token string).</source>
        <translation>Die Antwort des Servers hat eine unerwartete Form (erwartet war ein Token als Zeichenkette).</translation>
    </message>
</context>
<context>
    <name>WebSsoDialog</name>
    <message>
        <source>Sign in with single sign-on (browser)</source>
        <translation>Mit Single Sign-on anmelden (Browser)</translation>
    </message>
    <message>
        <source>Sign in with %1 (browser)</source>
        <translation>Mit %1 anmelden (Browser)</translation>
    </message>
</context>
<context>
    <name>wharf</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>The account name must not start or end with a space.</source>
        <translation>Der Kontoname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The account name must be at most %1 characters long.</source>
        <translation>Der Kontoname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The account name must not contain control characters or line breaks.</source>
        <translation>Der Kontoname darf keine Steuerzeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The address must not contain spaces or control characters.</source>
        <translation>Die Adresse darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The address contains the character &quot;%1&quot;, which is not allowed.</source>
        <translation>Die Adresse enthält das Zeichen „%1“, das nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The address does not start with a valid scheme.</source>
        <translation>Die Adresse beginnt nicht mit einem gültigen Schema.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are supported, not %1://.</source>
        <translation>Nur Adressen mit http:// und https:// werden unterstützt, nicht %1://.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; enter them when signing in.</source>
        <translation>Schreiben Sie keinen Benutzernamen und kein Passwort in die Adresse; geben Sie sie bei der Anmeldung ein.</translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>Der Port muss eine Zahl zwischen 1 und 65535 sein.</translation>
    </message>
    <message>
        <source>The address must not contain a fragment (the part after &quot;#&quot;).</source>
        <translation>Die Adresse darf kein Fragment enthalten (den Teil nach „#“).</translation>
    </message>
    <message>
        <source>The address is not valid: %1</source>
        <translation>Die Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>Die Adresse enthält keinen Servernamen.</translation>
    </message>
    <message>
        <source>Left out &quot;#%1&quot;: that is a page of the web app, not part of the server&apos;s address.</source>
        <translation>„#%1“ weggelassen: Das ist eine Seite der Web-App, kein Teil der Serveradresse.</translation>
    </message>
</context>
<context>
    <name>wharf-cli</name>
    <message>
        <source>unknown command: %1 (see wharf-cli --help)</source>
        <translation>unbekannter Befehl: %1 (siehe wharf-cli --help)</translation>
    </message>
    <message>
        <source>If you trust this certificate, add the account with --pin %1</source>
        <translation>Wenn Sie diesem Zertifikat vertrauen, fügen Sie das Konto mit --pin %1 hinzu</translation>
    </message>
    <message>
        <source>Set WHARF_TOKEN or pass --token-stdin to use a token without storing it.</source>
        <translation>Setzen Sie WHARF_TOKEN oder verwenden Sie --token-stdin, um ein Token zu nutzen, ohne es zu speichern.</translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot; (see: wharf-cli accounts list)</source>
        <translation>kein Konto namens „%1“ (siehe: wharf-cli accounts list)</translation>
    </message>
    <message>
        <source>--token-stdin: no token on standard input</source>
        <translation>--token-stdin: kein Token auf der Standardeingabe</translation>
    </message>
    <message>
        <source>No accounts. Add one with: wharf-cli accounts add NAME URL</source>
        <translation>Keine Konten. Fügen Sie eines hinzu mit: wharf-cli accounts add NAME URL</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;: use contaxy, projectw or ivcap</source>
        <translation>unbekannte Plattform „%1“: verwenden Sie contaxy, projectw oder ivcap</translation>
    </message>
    <message>
        <source>Added %1 (%2 at %3)</source>
        <translation>%1 hinzugefügt (%2 auf %3)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Sign-in to %1 failed</source>
        <translation>Anmeldung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>%1 has no password sign-in; use --token-stdin</source>
        <translation>%1 bietet keine Anmeldung mit Passwort; verwenden Sie --token-stdin</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <source>a user name is needed (--username USER)</source>
        <translation>ein Benutzername wird benötigt (--username BENUTZER)</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>kein Passwort angegeben</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>keine solche Datei: %1</translation>
    </message>
    <message>
        <source>uploaded %1</source>
        <translation>%1 hochgeladen</translation>
    </message>
    <message>
        <source>submitted as job %1</source>
        <translation>als Auftrag %1 eingereicht</translation>
    </message>
    <message>
        <source>unknown format %1 (use txt, srt, vtt, tsv or json)</source>
        <translation>unbekanntes Format %1 (verwenden Sie txt, srt, vtt, tsv oder json)</translation>
    </message>
    <message>
        <source>not a job id: %1</source>
        <translation>keine Auftrags-ID: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is the default account now; -a can be left out.</source>
        <translation>%1 ist jetzt das Standardkonto; -a kann entfallen.</translation>
    </message>
    <message>
        <source>The new session could not be ended on the server either: %1</source>
        <translation>Die neue Sitzung konnte auch auf dem Server nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>The new session was ended on the server again.</source>
        <translation>Die neue Sitzung wurde auf dem Server wieder beendet.</translation>
    </message>
    <message>
        <source>Removed the stored token of %1, but the server did not end the session: %2</source>
        <translation>Das gespeicherte Token von %1 wurde entfernt, aber der Server hat die Sitzung nicht beendet: %2</translation>
    </message>
    <message>
        <source>The server no longer accepts that token. If another program got a newer one for the same session, the session stays valid until it expires.</source>
        <translation>Der Server nimmt dieses Token nicht mehr an. Hat ein anderes Programm ein neueres für dieselbe Sitzung erhalten, bleibt die Sitzung gültig, bis sie abläuft.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Read a token from standard input and store nothing</source>
        <translation>Ein Token von der Standardeingabe lesen und nichts speichern</translation>
    </message>
    <message>
        <source>Print only the account names</source>
        <translation>Nur die Kontonamen ausgeben</translation>
    </message>
    <message>
        <source>List accounts</source>
        <translation>Konten auflisten</translation>
    </message>
    <message>
        <source>Lists the accounts with platform, server and user; * marks the default account.</source>
        <translation>Listet die Konten mit Plattform, Server und Benutzer auf; * kennzeichnet das Standardkonto.</translation>
    </message>
    <message>
        <source>The platform, instead of detecting it</source>
        <translation>Die Plattform, statt sie zu erkennen</translation>
    </message>
    <message>
        <source>The user name to sign in with</source>
        <translation>Der Benutzername für die Anmeldung</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint</source>
        <translation>Genau dem Zertifikat mit diesem SHA-256-Fingerabdruck vertrauen</translation>
    </message>
    <message>
        <source>Add an account (platform detected from the server)</source>
        <translation>Ein Konto hinzufügen (Plattform wird am Server erkannt)</translation>
    </message>
    <message>
        <source>Adds an account. Addresses copied from a web app or from the API documentation are read as the platform&apos;s API address, and wharf-cli says what it changed. The first account becomes the default.</source>
        <translation>Fügt ein Konto hinzu. Aus einer Web-App oder der API-Dokumentation kopierte Adressen werden als API-Adresse der Plattform gelesen, und wharf-cli sagt, was es geändert hat. Das erste Konto wird das Standardkonto.</translation>
    </message>
    <message>
        <source>Remove an account and its stored secrets</source>
        <translation>Ein Konto und seine gespeicherten Geheimnisse entfernen</translation>
    </message>
    <message>
        <source>Make an account the default, so -a can be left out</source>
        <translation>Ein Konto zum Standard machen, damit -a entfallen kann</translation>
    </message>
    <message>
        <source>Sign in (password prompt, or --token-stdin)</source>
        <translation>Anmelden (Passwortabfrage oder --token-stdin)</translation>
    </message>
    <message>
        <source>Signs in with a password (asked for without echo) or with a token read from stdin, and stores the token in the system keychain. Without a keychain nothing is sent to the server.</source>
        <translation>Meldet sich mit einem Passwort (ohne Anzeige abgefragt) oder mit einem von stdin gelesenen Token an und speichert das Token im Schlüsselbund des Systems. Ohne Schlüsselbund wird nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>Sign out and delete the stored token</source>
        <translation>Abmelden und das gespeicherte Token löschen</translation>
    </message>
    <message>
        <source>Ends the session on the server where the platform allows it and deletes the stored token. Exits non-zero when the server did not end the session.</source>
        <translation>Beendet die Sitzung auf dem Server, wo die Plattform das erlaubt, und löscht das gespeicherte Token. Endet mit einem Fehlercode, wenn der Server die Sitzung nicht beendet hat.</translation>
    </message>
    <message>
        <source>Show who the account is signed in as</source>
        <translation>Anzeigen, als wer das Konto angemeldet ist</translation>
    </message>
    <message>
        <source>Shows the identity of the signed-in token and what still keeps it from working (an unverified e-mail address, terms of service to accept).</source>
        <translation>Zeigt die Identität des angemeldeten Tokens und was es noch am Funktionieren hindert (eine unbestätigte E-Mail-Adresse, zu akzeptierende Nutzungsbedingungen).</translation>
    </message>
    <message>
        <source>Only keys that start so</source>
        <translation>Nur Schlüssel, die so beginnen</translation>
    </message>
    <message>
        <source>List a project&apos;s files</source>
        <translation>Die Dateien eines Projekts auflisten</translation>
    </message>
    <message>
        <source>Lists the files of a project (latest versions): size, modification time and key.</source>
        <translation>Listet die Dateien eines Projekts auf (neueste Versionen): Größe, Änderungszeit und Schlüssel.</translation>
    </message>
    <message>
        <source>List transcription jobs</source>
        <translation>Transkriptionsaufträge auflisten</translation>
    </message>
    <message>
        <source>Lists the newest 50 jobs: id, state, progress, file and why a job failed.</source>
        <translation>Listet die neuesten 50 Aufträge auf: ID, Zustand, Fortschritt, Datei und warum ein Auftrag fehlschlug.</translation>
    </message>
    <message>
        <source>Submit audio or video for transcription</source>
        <translation>Audio oder Video zur Transkription einreichen</translation>
    </message>
    <message>
        <source>Submits the file with the account&apos;s default settings and prints the new job&apos;s id.</source>
        <translation>Reicht die Datei mit den Standardeinstellungen des Kontos ein und gibt die ID des neuen Auftrags aus.</translation>
    </message>
    <message>
        <source>Default: txt</source>
        <translation>Standard: txt</translation>
    </message>
    <message>
        <source>Save to FILE instead of printing</source>
        <translation>In FILE speichern statt ausgeben</translation>
    </message>
    <message>
        <source>Print or save a finished job&apos;s transcript</source>
        <translation>Das Transkript eines fertigen Auftrags ausgeben oder speichern</translation>
    </message>
    <message>
        <source>Show the server&apos;s terms of service</source>
        <translation>Die Nutzungsbedingungen des Servers anzeigen</translation>
    </message>
    <message>
        <source>Prints each of the server&apos;s terms of service and whether you accepted its current version.</source>
        <translation>Gibt alle Nutzungsbedingungen des Servers aus und ob Sie deren aktuelle Version akzeptiert haben.</translation>
    </message>
    <message>
        <source>Accept after showing the text, without asking</source>
        <translation>Nach Anzeige des Textes ohne Rückfrage akzeptieren</translation>
    </message>
    <message>
        <source>Read and accept pending terms of service</source>
        <translation>Ausstehende Nutzungsbedingungen lesen und akzeptieren</translation>
    </message>
    <message>
        <source>Shows each pending terms of service and asks whether you accept it; job commands are refused until you do.</source>
        <translation>Zeigt alle ausstehenden Nutzungsbedingungen und fragt, ob Sie sie akzeptieren; bis dahin werden Auftragsbefehle abgelehnt.</translation>
    </message>
    <message>
        <source>Print a shell completion script</source>
        <translation>Ein Skript zur Shell-Vervollständigung ausgeben</translation>
    </message>
    <message>
        <source>bash: source &lt;(wharf-cli completion bash); zsh: wharf-cli completion zsh &gt; &quot;${fpath[1]}/_wharf-cli&quot;; fish: wharf-cli completion fish &gt; ~/.config/fish/completions/wharf-cli.fish</source>
        <translation>bash: source &lt;(wharf-cli completion bash); zsh: wharf-cli completion zsh &gt; &quot;${fpath[1]}/_wharf-cli&quot;; fish: wharf-cli completion fish &gt; ~/.config/fish/completions/wharf-cli.fish</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>The account to use (also -a; default: accounts use)</source>
        <translation>Das zu verwendende Konto (auch -a; Standard: accounts use)</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout</source>
        <translation>Maschinenlesbare Ausgabe auf stdout</translation>
    </message>
    <message>
        <source>Help for wharf-cli, a noun or a command</source>
        <translation>Hilfe zu wharf-cli, einem Substantiv oder einem Befehl</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Die Version ausgeben</translation>
    </message>
    <message>
        <source>unknown shell %1: use bash, zsh or fish</source>
        <translation>unbekannte Shell %1: verwenden Sie bash, zsh oder fish</translation>
    </message>
    <message>
        <source>-a needs an account name (see: wharf-cli accounts list)</source>
        <translation>-a braucht einen Kontonamen (siehe: wharf-cli accounts list)</translation>
    </message>
    <message>
        <source>unknown command: %1 %2 (see wharf-cli %1 --help)</source>
        <translation>unbekannter Befehl: %1 %2 (siehe wharf-cli %1 --help)</translation>
    </message>
    <message>
        <source>unknown option %1 for %2 (see wharf-cli %2 --help)</source>
        <translation>unbekannte Option %1 für %2 (siehe wharf-cli %2 --help)</translation>
    </message>
    <message>
        <source>%1 needs a value (%2)</source>
        <translation>%1 braucht einen Wert (%2)</translation>
    </message>
    <message>
        <source>%1 takes %2 (see wharf-cli %1 --help)</source>
        <translation>%1 erwartet %2 (siehe wharf-cli %1 --help)</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>%1 is not available on %2 accounts such as %3 (it works with %4 accounts)</source>
        <translation>%1 gibt es nicht für %2-Konten wie %3 (es funktioniert mit %4-Konten)</translation>
    </message>
    <message>
        <source>no account given: use -a ACCOUNT, or choose a default with: wharf-cli accounts use ACCOUNT</source>
        <translation>kein Konto angegeben: verwenden Sie -a KONTO oder wählen Sie einen Standard mit: wharf-cli accounts use KONTO</translation>
    </message>
    <message>
        <source>Usage: wharf-cli [--json] NOUN VERB [-a ACCOUNT] [ARGS]</source>
        <translation>Aufruf: wharf-cli [--json] SUBSTANTIV VERB [-a KONTO] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Token to use instead of the keychain; nothing is stored</source>
        <translation>Token, das statt des Schlüsselbunds verwendet wird; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Aliases (the commands of earlier versions):</source>
        <translation>Aliasse (die Befehle früherer Versionen):</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 authentication, 3 network or TLS, 4 server error.</source>
        <translation>Exit-Codes: 0 ok, 1 Aufruf, 2 Authentifizierung, 3 Netzwerk oder TLS, 4 Serverfehler.</translation>
    </message>
    <message>
        <source>Works with %1 accounts; -a ACCOUNT (or --account) picks one, else the default (wharf-cli accounts use ACCOUNT).</source>
        <translation>Funktioniert mit %1-Konten; -a KONTO (oder --account) wählt eines, sonst gilt der Standard (wharf-cli accounts use KONTO).</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>the server replaced the session token, and the new one could not be stored: %1
The stored token no longer works; sign in again.</source>
        <translation>der Server hat das Sitzungstoken ersetzt, und das neue konnte nicht gespeichert werden: %1
Das gespeicherte Token funktioniert nicht mehr; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>warning: the server replaced the session token from WHARF_TOKEN or --token-stdin with a new one during this command; the old value no longer works and the new one was not kept. Use an API token instead, which the server never replaces.</source>
        <translation>Warnung: Der Server hat das Sitzungstoken aus WHARF_TOKEN oder --token-stdin während dieses Befehls durch ein neues ersetzt; der alte Wert funktioniert nicht mehr, und der neue wurde nicht behalten. Verwenden Sie stattdessen ein API-Token, das der Server nie ersetzt.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1. wharf-cli stores no secrets in plain text.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: %1. wharf-cli speichert keine Geheimnisse im Klartext.</translation>
    </message>
    <message>
        <source>not signed in to %1 (run: wharf-cli login -a %1)</source>
        <translation>nicht bei %1 angemeldet (ausführen: wharf-cli login -a %1)</translation>
    </message>
    <message>
        <source>Read and accept them with: wharf-cli tos accept -a %1</source>
        <translation>Lesen und akzeptieren Sie sie mit: wharf-cli tos accept -a %1</translation>
    </message>
    <message>
        <source>Open the link the server sent to your e-mail address, then try again.</source>
        <translation>Öffnen Sie den Link, den der Server an Ihre E-Mail-Adresse geschickt hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>e-mail address not verified: open the link the server sent to %1</source>
        <translation>E-Mail-Adresse nicht bestätigt: Öffnen Sie den Link, den der Server an %1 geschickt hat</translation>
    </message>
    <message>
        <source>terms of service: accepted</source>
        <translation>Nutzungsbedingungen: akzeptiert</translation>
    </message>
    <message>
        <source>terms of service to accept: %1 (run: wharf-cli tos accept -a %2)</source>
        <translation>zu akzeptierende Nutzungsbedingungen: %1 (ausführen: wharf-cli tos accept -a %2)</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>nicht akzeptiert</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>This server has no terms of service.</source>
        <translation>Dieser Server hat keine Nutzungsbedingungen.</translation>
    </message>
    <message>
        <source>Nothing to accept: every terms of service is accepted.</source>
        <translation>Nichts zu akzeptieren: Alle Nutzungsbedingungen sind akzeptiert.</translation>
    </message>
    <message>
        <source>Accept these terms? [y/N] </source>
        <translation>Diese Bedingungen akzeptieren? [y/N] </translation>
    </message>
    <message>
        <source>not accepted: %1 (pass --yes to accept without asking)</source>
        <translation>nicht akzeptiert: %1 (mit --yes ohne Rückfrage akzeptieren)</translation>
    </message>
    <message>
        <source>Accepted %1.</source>
        <translation>%1 akzeptiert.</translation>
    </message>
    <message>
        <source>List a project&apos;s services and jobs</source>
        <translation>Die Dienste und Aufträge eines Projekts auflisten</translation>
    </message>
    <message>
        <source>Lists the services and jobs of a project: kind, status, id and image.</source>
        <translation>Listet die Dienste und Aufträge eines Projekts auf: Art, Status, ID und Image.</translation>
    </message>
    <message>
        <source>Delete a service or a job</source>
        <translation>Einen Dienst oder einen Auftrag löschen</translation>
    </message>
    <message>
        <source>Deletes the service or job with this id; its container stops.</source>
        <translation>Löscht den Dienst oder Auftrag mit dieser ID; sein Container wird angehalten.</translation>
    </message>
    <message>
        <source>Keep printing new lines as they are logged</source>
        <translation>Neue Zeilen fortlaufend ausgeben, sobald sie ins Log geschrieben werden</translation>
    </message>
    <message>
        <source>Print the log of a service or a job</source>
        <translation>Das Log eines Dienstes oder Auftrags ausgeben</translation>
    </message>
    <message>
        <source>Prints the whole log; with --follow keeps polling and prints each new line once (with --json: arrays of lines).</source>
        <translation>Gibt das ganze Log aus; mit --follow wird weiter abgefragt und jede neue Zeile einmal ausgegeben (mit --json: Arrays von Zeilen).</translation>
    </message>
    <message>
        <source>The project&apos;s tokens instead of your own</source>
        <translation>Die Tokens des Projekts statt Ihrer eigenen</translation>
    </message>
    <message>
        <source>Print the secret token values too</source>
        <translation>Auch die geheimen Token-Werte ausgeben</translation>
    </message>
    <message>
        <source>List API tokens</source>
        <translation>API-Tokens auflisten</translation>
    </message>
    <message>
        <source>Lists your stored API tokens (or a project&apos;s): description, type, purpose, scopes and creation time. The secret values only with --show-values.</source>
        <translation>Listet Ihre gespeicherten API-Tokens (oder die eines Projekts) auf: Beschreibung, Typ, Zweck, Scopes und Erstellungszeit. Die geheimen Werte nur mit --show-values.</translation>
    </message>
    <message>
        <source>Default: api</source>
        <translation>Standard: api</translation>
    </message>
    <message>
        <source>What the token is for</source>
        <translation>Wofür das Token gedacht ist</translation>
    </message>
    <message>
        <source>A right of the token, such as projects/demo#read (repeatable)</source>
        <translation>Ein Recht des Tokens, etwa projects/demo#read (wiederholbar)</translation>
    </message>
    <message>
        <source>Get the project&apos;s own token instead</source>
        <translation>Stattdessen das eigene Token des Projekts holen</translation>
    </message>
    <message>
        <source>The project token&apos;s level (default: write)</source>
        <translation>Die Stufe des Projekttokens (Standard: write)</translation>
    </message>
    <message>
        <source>Create a token and print it once</source>
        <translation>Ein Token erstellen und einmalig ausgeben</translation>
    </message>
    <message>
        <source>Creates an API token (kept until revoked) or a session token (expires after 15 minutes) with the given scopes, which cannot exceed your own rights, and prints it. With --project, prints the project&apos;s API token at --level instead.</source>
        <translation>Erstellt ein API-Token (gilt bis zum Widerruf) oder ein Sitzungstoken (läuft nach 15 Minuten ab) mit den angegebenen Scopes, die Ihre eigenen Rechte nicht überschreiten können, und gibt es aus. Mit --project wird stattdessen das API-Token des Projekts mit der Stufe --level ausgegeben.</translation>
    </message>
    <message>
        <source>Revoke an API token</source>
        <translation>Ein API-Token widerrufen</translation>
    </message>
    <message>
        <source>Revokes the token. The server caches tokens, so a revoked token may keep working for up to 5 minutes. Session tokens cannot be revoked.</source>
        <translation>Widerruft das Token. Der Server speichert Tokens zwischen, daher kann ein widerrufenes Token noch bis zu 5 Minuten funktionieren. Sitzungstokens können nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>Only documents a PostgreSQL SQL/JSON path selects, such as &apos;$ ? (@.n &gt; 3)&apos;</source>
        <translation>Nur Dokumente, die ein PostgreSQL-SQL/JSON-Pfad auswählt, etwa &apos;$ ? (@.n &gt; 3)&apos;</translation>
    </message>
    <message>
        <source>List the JSON documents of a collection</source>
        <translation>Die JSON-Dokumente einer Sammlung auflisten</translation>
    </message>
    <message>
        <source>Lists key, last change and content of each document. The server cannot list collections; an unknown one lists as empty. A bare comparison such as &apos;$.n &gt; 3&apos; matches every document.</source>
        <translation>Listet Schlüssel, letzte Änderung und Inhalt jedes Dokuments auf. Der Server kann keine Sammlungen auflisten; eine unbekannte erscheint leer. Ein bloßer Vergleich wie &apos;$.n &gt; 3&apos; trifft auf jedes Dokument zu.</translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation>Ein JSON-Dokument ausgeben</translation>
    </message>
    <message>
        <source>Refuse to replace a document that exists</source>
        <translation>Ein vorhandenes Dokument nicht ersetzen</translation>
    </message>
    <message>
        <source>Create or replace a JSON document</source>
        <translation>Ein JSON-Dokument erstellen oder ersetzen</translation>
    </message>
    <message>
        <source>Stores the JSON object in FILE (- for standard input) under KEY, replacing the document there unless --no-upsert.</source>
        <translation>Speichert das JSON-Objekt aus FILE (- für die Standardeingabe) unter KEY und ersetzt das dortige Dokument, außer mit --no-upsert.</translation>
    </message>
    <message>
        <source>Change a JSON document with a merge patch</source>
        <translation>Ein JSON-Dokument mit einem Merge-Patch ändern</translation>
    </message>
    <message>
        <source>Applies the JSON object in FILE (- for standard input) as an RFC 7396 merge patch: members are set, null removes a member, nested objects are merged and arrays replaced.</source>
        <translation>Wendet das JSON-Objekt aus FILE (- für die Standardeingabe) als Merge-Patch nach RFC 7396 an: Felder werden gesetzt, null entfernt ein Feld, verschachtelte Objekte werden zusammengeführt und Arrays ersetzt.</translation>
    </message>
    <message>
        <source>Delete a JSON document</source>
        <translation>Ein JSON-Dokument löschen</translation>
    </message>
    <message>
        <source>--type is api or session</source>
        <translation>--type ist api oder session</translation>
    </message>
    <message>
        <source>--project gets the project&apos;s own token: use --level, not --scope, --type or --description</source>
        <translation>--project holt das eigene Token des Projekts: verwenden Sie --level, nicht --scope, --type oder --description</translation>
    </message>
    <message>
        <source>--level is read, write or admin</source>
        <translation>--level ist read, write oder admin</translation>
    </message>
    <message>
        <source>--level goes with --project</source>
        <translation>--level gehört zu --project</translation>
    </message>
    <message>
        <source>name the token&apos;s rights with --scope RESOURCE#LEVEL (repeatable)</source>
        <translation>nennen Sie die Rechte des Tokens mit --scope RESOURCE#LEVEL (wiederholbar)</translation>
    </message>
    <message>
        <source>revoked; the server caches tokens, so it may keep working for up to 5 minutes</source>
        <translation>widerrufen; der Server speichert Tokens zwischen, daher kann es noch bis zu 5 Minuten funktionieren</translation>
    </message>
    <message>
        <source>no service or job %1 in project %2</source>
        <translation>kein Dienst oder Auftrag %1 in Projekt %2</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1; trying again</source>
        <translation>%1; neuer Versuch</translation>
    </message>
    <message>
        <source>standard input cannot carry both the token and the document</source>
        <translation>die Standardeingabe kann nicht zugleich das Token und das Dokument liefern</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Deploy a job instead of a service</source>
        <translation>Einen Auftrag statt eines Dienstes bereitstellen</translation>
    </message>
    <message>
        <source>The display name (4-128 characters)</source>
        <translation>Der Anzeigename (4–128 Zeichen)</translation>
    </message>
    <message>
        <source>An environment variable (repeat)</source>
        <translation>Eine Umgebungsvariable (wiederholbar)</translation>
    </message>
    <message>
        <source>A service endpoint such as 8080 or 9001/ui (repeat)</source>
        <translation>Ein Dienst-Endpunkt wie 8080 oder 9001/ui (wiederholbar)</translation>
    </message>
    <message>
        <source>At most N CPUs</source>
        <translation>Höchstens N CPUs</translation>
    </message>
    <message>
        <source>At most MB megabytes of memory</source>
        <translation>Höchstens MB Megabyte Speicher</translation>
    </message>
    <message>
        <source>At most N GPUs</source>
        <translation>Höchstens N GPUs</translation>
    </message>
    <message>
        <source>Deploy a container image as a service or a job</source>
        <translation>Ein Container-Image als Dienst oder Auftrag bereitstellen</translation>
    </message>
    <message>
        <source>Deploys IMAGE in the project. Without --name the server suggests one. The id of the new deployment is made from the name.</source>
        <translation>Stellt IMAGE im Projekt bereit. Ohne --name schlägt der Server einen Namen vor. Die ID der neuen Bereitstellung wird aus dem Namen gebildet.</translation>
    </message>
    <message>
        <source>List or run a deployment&apos;s actions</source>
        <translation>Aktionen einer Bereitstellung auflisten oder ausführen</translation>
    </message>
    <message>
        <source>Without ACTION lists the actions of the service or job (start, stop, restart, access-PORT); with ACTION runs it. An access action prints the address to open.</source>
        <translation>Ohne ACTION werden die Aktionen des Dienstes oder Auftrags aufgelistet (start, stop, restart, access-PORT); mit ACTION wird sie ausgeführt. Eine access-Aktion gibt die zu öffnende Adresse aus.</translation>
    </message>
    <message>
        <source>List your projects</source>
        <translation>Ihre Projekte auflisten</translation>
    </message>
    <message>
        <source>Lists the projects you can open, your home project included: ID and name.</source>
        <translation>Listet die Projekte, die Sie öffnen können, samt Ihrem Heimprojekt: ID und Name.</translation>
    </message>
    <message>
        <source>The project ID (default: suggested)</source>
        <translation>Die Projekt-ID (Standard: vorgeschlagen)</translation>
    </message>
    <message>
        <source>What the project is for</source>
        <translation>Wofür das Projekt da ist</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Ein Projekt anlegen</translation>
    </message>
    <message>
        <source>Creates a project named NAME (4 to 128 characters) with the ID the server suggests for it, or --id. You become its admin.</source>
        <translation>Legt ein Projekt namens NAME (4 bis 128 Zeichen) mit der vom Server vorgeschlagenen ID oder --id an. Sie werden sein Admin.</translation>
    </message>
    <message>
        <source>The new display name</source>
        <translation>Der neue Anzeigename</translation>
    </message>
    <message>
        <source>The new description</source>
        <translation>Die neue Beschreibung</translation>
    </message>
    <message>
        <source>Change a project&apos;s name or description</source>
        <translation>Name oder Beschreibung eines Projekts ändern</translation>
    </message>
    <message>
        <source>Delete without asking for the ID</source>
        <translation>Löschen, ohne nach der ID zu fragen</translation>
    </message>
    <message>
        <source>Delete a project</source>
        <translation>Ein Projekt löschen</translation>
    </message>
    <message>
        <source>Deletes the project for every member after the ID is typed again (or with --yes). Its files stay on the server but can no longer be reached.</source>
        <translation>Löscht das Projekt für alle Mitglieder, nachdem die ID erneut eingegeben wurde (oder mit --yes). Seine Dateien bleiben auf dem Server, sind aber nicht mehr erreichbar.</translation>
    </message>
    <message>
        <source>List a project&apos;s members</source>
        <translation>Die Mitglieder eines Projekts auflisten</translation>
    </message>
    <message>
        <source>Lists access level, user name and e-mail of each member. The server wants write access to the project.</source>
        <translation>Listet Zugriffsstufe, Benutzername und E-Mail jedes Mitglieds. Der Server verlangt Schreibzugriff auf das Projekt.</translation>
    </message>
    <message>
        <source>The access level (default: write)</source>
        <translation>Die Zugriffsstufe (Standard: write)</translation>
    </message>
    <message>
        <source>Add a member or change a member&apos;s level</source>
        <translation>Ein Mitglied hinzufügen oder seine Stufe ändern</translation>
    </message>
    <message>
        <source>Gives USER (a user name, e-mail or ID) the access level, replacing one held before. Only the project&apos;s admins may.</source>
        <translation>Gibt USER (Benutzername, E-Mail oder ID) die Zugriffsstufe und ersetzt eine vorherige. Nur die Admins des Projekts dürfen das.</translation>
    </message>
    <message>
        <source>Remove a member from a project</source>
        <translation>Ein Mitglied aus einem Projekt entfernen</translation>
    </message>
    <message>
        <source> (home)</source>
        <translation> (Heimprojekt)</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>expected the suggested ID as a string</source>
        <translation>die vorgeschlagene ID wurde als Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>give --name, --description or both</source>
        <translation>geben Sie --name, --description oder beides an</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Deleting %1 removes it for every member. Type the project ID to confirm: </source>
        <translation>Wenn Sie %1 löschen, verschwindet es für alle Mitglieder. Geben Sie zur Bestätigung die Projekt-ID ein: </translation>
    </message>
    <message>
        <source>not deleted: the ID did not match (pass --yes to delete without asking)</source>
        <translation>nicht gelöscht: Die ID stimmte nicht überein (mit --yes ohne Nachfrage löschen)</translation>
    </message>
    <message>
        <source>deleted %1 (its files stay on the server)</source>
        <translation>%1 gelöscht (seine Dateien bleiben auf dem Server)</translation>
    </message>
    <message>
        <source>--level is read, write or admin, not %1</source>
        <translation>--level ist read, write oder admin, nicht %1</translation>
    </message>
    <message>
        <source>no user is called %1</source>
        <translation>kein Benutzer heißt %1</translation>
    </message>
    <message>
        <source>%1 has %2 access to %3</source>
        <translation>%1 hat %2-Zugriff auf %3</translation>
    </message>
    <message>
        <source>%1 is no member of %2</source>
        <translation>%1 ist kein Mitglied von %2</translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>--env takes KEY=VALUE, not %1</source>
        <translation>--env erwartet KEY=VALUE, nicht %1</translation>
    </message>
    <message>
        <source>%1 takes a number, not %2</source>
        <translation>%1 erwartet eine Zahl, nicht %2</translation>
    </message>
    <message>
        <source>deployed %1 (%2)</source>
        <translation>%1 bereitgestellt (%2)</translation>
    </message>
    <message>
        <source>no actions</source>
        <translation>keine Aktionen</translation>
    </message>
    <message>
        <source>Store one FILE under KEY (a path such as data/train.csv)</source>
        <translation>Eine FILE unter KEY speichern (ein Pfad wie data/train.csv)</translation>
    </message>
    <message>
        <source>Upload into FOLDER of the project (such as data/raw)</source>
        <translation>In FOLDER des Projekts hochladen (etwa data/raw)</translation>
    </message>
    <message>
        <source>Upload files and folders into a project</source>
        <translation>Dateien und Ordner in ein Projekt hochladen</translation>
    </message>
    <message>
        <source>Uploads each FILE under its own name and each folder with everything in it, keeping the folder&apos;s name and inner paths in the keys. Uploading a key again makes a new version. A progress bar shows on a terminal.</source>
        <translation>Lädt jede FILE unter ihrem Namen hoch und jeden Ordner mit allem darin; Ordnername und innere Pfade bleiben in den Schlüsseln erhalten. Erneutes Hochladen eines Schlüssels erzeugt eine neue Version. Im Terminal wird ein Fortschrittsbalken angezeigt.</translation>
    </message>
    <message>
        <source>Save into DIR (default: here)</source>
        <translation>In DIR speichern (Standard: hier)</translation>
    </message>
    <message>
        <source>Replace files that exist already</source>
        <translation>Bereits vorhandene Dateien ersetzen</translation>
    </message>
    <message>
        <source>That version of one file</source>
        <translation>Diese Version einer Datei</translation>
    </message>
    <message>
        <source>Download files or whole folders</source>
        <translation>Dateien oder ganze Ordner herunterladen</translation>
    </message>
    <message>
        <source>Downloads each KEY; a KEY ending in / is a folder, downloaded with every file below it into a folder of its name. Names are made safe for this system. Existing files are never replaced without --force.</source>
        <translation>Lädt jeden KEY herunter; ein KEY, der auf / endet, ist ein Ordner und wird mit allen Dateien darunter in einen gleichnamigen Ordner geladen. Namen werden für dieses System unbedenklich gemacht. Vorhandene Dateien werden nur mit --force ersetzt.</translation>
    </message>
    <message>
        <source>Delete only that version</source>
        <translation>Nur diese Version löschen</translation>
    </message>
    <message>
        <source>Delete only the older versions</source>
        <translation>Nur die älteren Versionen löschen</translation>
    </message>
    <message>
        <source>Let a KEY ending in / delete every file below it</source>
        <translation>Einen auf / endenden KEY alle Dateien darunter löschen lassen</translation>
    </message>
    <message>
        <source>Delete files, versions or folders</source>
        <translation>Dateien, Versionen oder Ordner löschen</translation>
    </message>
    <message>
        <source>Deletes each KEY with all its versions, or one --version, or with --keep-latest every version but the latest.</source>
        <translation>Löscht jeden KEY mit allen Versionen, oder eine --version, oder mit --keep-latest alle Versionen außer der neuesten.</translation>
    </message>
    <message>
        <source>List the versions of a file</source>
        <translation>Die Versionen einer Datei auflisten</translation>
    </message>
    <message>
        <source>Lists every version the server keeps of KEY, oldest first: size, time and version.</source>
        <translation>Listet jede Version, die der Server von KEY aufbewahrt, die älteste zuerst: Größe, Zeit und Version.</translation>
    </message>
    <message>
        <source>no file is called %1</source>
        <translation>keine Datei heißt %1</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (neueste)</translation>
    </message>
    <message>
        <source>--key takes one FILE, not a folder</source>
        <translation>--key erwartet eine FILE, keinen Ordner</translation>
    </message>
    <message>
        <source>more than 100000 files: upload in parts</source>
        <translation>mehr als 100000 Dateien: in Teilen hochladen</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>kein solcher Ordner: %1</translation>
    </message>
    <message>
        <source>--version takes one KEY of a file</source>
        <translation>--version erwartet einen KEY einer Datei</translation>
    </message>
    <message>
        <source>%1 exist(s) already (pass --force to replace): %2</source>
        <translation>%1 schon vorhanden (mit --force ersetzen): %2</translation>
    </message>
    <message>
        <source>--version takes one KEY of a file and no --keep-latest</source>
        <translation>--version erwartet einen KEY einer Datei und kein --keep-latest</translation>
    </message>
    <message>
        <source>%1 is a folder: pass --recursive to delete every file below it</source>
        <translation>%1 ist ein Ordner: mit --recursive werden alle Dateien darunter gelöscht</translation>
    </message>
    <message>
        <source>deleted the older versions of %1</source>
        <translation>ältere Versionen von %1 gelöscht</translation>
    </message>
    <message>
        <source>deleted version %1 of %2</source>
        <translation>Version %1 von %2 gelöscht</translation>
    </message>
    <message>
        <source>List the server&apos;s users</source>
        <translation>Die Benutzer des Servers auflisten</translation>
    </message>
    <message>
        <source>Lists ID, user name, e-mail and flags (technical, disabled, sso-only) of every user. Only a system admin&apos;s token gets whole records (--json adds created_at then).</source>
        <translation>Listet ID, Benutzername, E-Mail und Merkmale (technical, disabled, sso-only) jedes Benutzers. Nur das Token eines Systemadmins erhält vollständige Datensätze (--json ergänzt dann created_at).</translation>
    </message>
    <message>
        <source>The user&apos;s e-mail address</source>
        <translation>Die E-Mail-Adresse des Benutzers</translation>
    </message>
    <message>
        <source>Read the password from standard input (one line)</source>
        <translation>Das Passwort von der Standardeingabe lesen (eine Zeile)</translation>
    </message>
    <message>
        <source>Create a user</source>
        <translation>Einen Benutzer anlegen</translation>
    </message>
    <message>
        <source>Creates the user NAME with a password asked for twice without echo (or read with --password-stdin). Needs users#admin unless the server lets people sign up themselves.</source>
        <translation>Legt den Benutzer NAME mit einem Passwort an, das zweimal ohne Anzeige abgefragt wird (oder mit --password-stdin gelesen). Erfordert users#admin, außer der Server erlaubt Selbstregistrierung.</translation>
    </message>
    <message>
        <source>Delete a user</source>
        <translation>Einen Benutzer löschen</translation>
    </message>
    <message>
        <source>Deletes the user with this ID after it is typed again (or with --yes): sign-in, tokens and permissions go, the home project stays. Only system admins (users#admin) may.</source>
        <translation>Löscht den Benutzer mit dieser ID, nachdem sie erneut eingegeben wurde (oder mit --yes): Anmeldung, Tokens und Berechtigungen entfallen, das Heimprojekt bleibt. Nur Systemadmins (users#admin) dürfen das.</translation>
    </message>
    <message>
        <source>--password-stdin and --token-stdin both read standard input; give the token in WHARF_TOKEN instead</source>
        <translation>--password-stdin und --token-stdin lesen beide die Standardeingabe; geben Sie das Token stattdessen in WHARF_TOKEN an</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation>%1 wurde nicht angelegt: %2</translation>
    </message>
    <message>
        <source>created %1 (%2)</source>
        <translation>%1 angelegt (%2)</translation>
    </message>
    <message>
        <source>Deleting %1 removes the user&apos;s sign-in, tokens and permissions. Type the user ID to confirm: </source>
        <translation>Das Löschen von %1 entfernt Anmeldung, Tokens und Berechtigungen des Benutzers. Geben Sie zur Bestätigung die Benutzer-ID ein: </translation>
    </message>
    <message>
        <source>no user has the ID %1 (see: wharf-cli users ls)</source>
        <translation>kein Benutzer hat die ID %1 (siehe: wharf-cli users ls)</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>deleted %1 (%2)</source>
        <translation>%1 gelöscht (%2)</translation>
    </message>
    <message>
        <source>List a project&apos;s extensions</source>
        <translation>Die Erweiterungen eines Projekts auflisten</translation>
    </message>
    <message>
        <source>Lists the extensions the project can use, its own and the global ones: id, type, status, image and the address of the web UI.</source>
        <translation>Listet die Erweiterungen, die das Projekt nutzen kann, eigene und globale: ID, Art, Status, Image und die Adresse der Weboberfläche.</translation>
    </message>
    <message>
        <source>What the extension is for</source>
        <translation>Wofür die Erweiterung da ist</translation>
    </message>
    <message>
        <source>A project or a user extension (default: project)</source>
        <translation>Eine Projekt- oder Benutzererweiterung (Standard: project)</translation>
    </message>
    <message>
        <source>The endpoint of its web UI</source>
        <translation>Der Endpunkt ihrer Weboberfläche</translation>
    </message>
    <message>
        <source>The endpoint of its API</source>
        <translation>Der Endpunkt ihrer API</translation>
    </message>
    <message>
        <source>An API operation it takes over (repeat)</source>
        <translation>Eine API-Operation, die sie übernimmt (wiederholbar)</translation>
    </message>
    <message>
        <source>Install an extension in a project</source>
        <translation>Eine Erweiterung in einem Projekt installieren</translation>
    </message>
    <message>
        <source>Deploys IMAGE as an extension of the project. Without --name the image&apos;s last part names it.</source>
        <translation>Stellt IMAGE als Erweiterung des Projekts bereit. Ohne --name gibt der letzte Teil des Images den Namen.</translation>
    </message>
    <message>
        <source>Remove an extension</source>
        <translation>Eine Erweiterung entfernen</translation>
    </message>
    <message>
        <source>Removes the extension. Contaxy 0.0.23 does not implement this yet and answers 500; wharf-cli then shows the server&apos;s message.</source>
        <translation>Entfernt die Erweiterung. Contaxy 0.0.23 unterstützt das noch nicht und antwortet mit 500; wharf-cli zeigt dann die Meldung des Servers.</translation>
    </message>
    <message>
        <source>installed %1 (%2)</source>
        <translation>%1 installiert (%2)</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Abort transcription jobs</source>
        <translation>Transkriptionsaufträge abbrechen</translation>
    </message>
    <message>
        <source>Aborts each queued or running JOB; it ends as failed (&quot;Job was aborted&quot;).</source>
        <translation>Bricht jeden wartenden oder laufenden JOB ab; er endet als fehlgeschlagen („Job was aborted“).</translation>
    </message>
    <message>
        <source>Delete finished transcription jobs</source>
        <translation>Abgeschlossene Transkriptionsaufträge löschen</translation>
    </message>
    <message>
        <source>Deletes each JOB with its transcript. Only finished jobs can go: the server refuses the whole list otherwise, so abort running ones first.</source>
        <translation>Löscht jeden JOB mit seinem Transkript. Nur abgeschlossene Aufträge lassen sich löschen: Sonst lehnt der Server die ganze Liste ab, brechen Sie laufende also zuerst ab.</translation>
    </message>
    <message>
        <source>aborted job %1</source>
        <translation>Auftrag %1 abgebrochen</translation>
    </message>
    <message>
        <source>deleted job %1</source>
        <translation>Auftrag %1 gelöscht</translation>
    </message>
    <message>
        <source>a job is a number, not %1</source>
        <translation>ein Auftrag ist eine Zahl, nicht %1</translation>
    </message>
</context>
<context>
    <name>wharf::Account</name>
    <message>
        <source>The account has no valid id.</source>
        <translation>Das Konto hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The server address is not in its normal form (%1).</source>
        <translation>Die Serveradresse ist nicht in ihrer Normalform (%1).</translation>
    </message>
    <message>
        <source>Choose the kind of server (Contaxy, Project-W or IVCAP).</source>
        <translation>Wählen Sie die Art des Servers (Contaxy, Project-W oder IVCAP).</translation>
    </message>
    <message>
        <source>The user name must not start or end with a space or contain line breaks.</source>
        <translation>Der Benutzername darf nicht mit einem Leerzeichen beginnen oder enden und keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint must be a SHA-256 digest in hex.</source>
        <translation>Der festgelegte Zertifikat-Fingerabdruck muss ein SHA-256-Hashwert in Hexadezimalschreibweise sein.</translation>
    </message>
</context>
<context>
    <name>wharf::AccountListModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>wharf::AccountStore</name>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>The account already exists.</source>
        <translation>Das Konto existiert bereits.</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>Das Konto existiert nicht.</translation>
    </message>
</context>
<context>
    <name>wharf::AccountTreeModel</name>
    <message>
        <source>%1 — %2 at %3, %4, %5</source>
        <translation>%1 — %2 auf %3, %4, %5</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
</context>
<context>
    <name>wharf::AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a known language.</source>
        <translation>„%1“ ist keine bekannte Sprache.</translation>
    </message>
    <message>
        <source>Choose a download folder.</source>
        <translation>Wählen Sie einen Download-Ordner.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>You cannot save files in &quot;%1&quot;.</source>
        <translation>Sie können keine Dateien in „%1“ speichern.</translation>
    </message>
</context>
<context>
    <name>wharf::Application</name>
    <message>
        <source>Desktop client for Contaxy, Project-W and IVCAP</source>
        <translation>Desktop-Client für Contaxy, Project-W und IVCAP</translation>
    </message>
    <message>
        <source>Start against a local sandbox of the three platforms with demo data.</source>
        <translation>Mit einer lokalen Sandbox der drei Plattformen und Beispieldaten starten.</translation>
    </message>
    <message>
        <source>Add an account for URL.</source>
        <translation>Ein Konto für URL hinzufügen.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and quit.</source>
        <translation>Das Fenster in DATEI (PNG) zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Files to upload.</source>
        <translation>Hochzuladende Dateien.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Appearance for this run: system, light or dark.</source>
        <translation>Erscheinungsbild für diesen Start: system, light oder dark.</translation>
    </message>
    <message>
        <source>Page to show first (a page id or an account name; signin:NAME for the sign-in dialog).</source>
        <translation>Seite, die zuerst angezeigt wird (eine Seiten-ID oder ein Kontoname; signin:NAME für den Anmeldedialog).</translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyDeploymentModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>%1 not deleted: %2</source>
        <translation>%1 nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 deployed.</source>
        <translation>%1 bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 on %2 done.</source>
        <translation>%1 auf %2 erledigt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyDocumentModel</name>
    <message>
        <source>%1
Created %2
Updated %3</source>
        <translation>%1
Erstellt %2
Aktualisiert %3</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>%1 has no changes to save.</source>
        <translation>%1 hat keine Änderungen zum Speichern.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) deleted.</source>
        <translation>
            <numerusform>%n Dokument gelöscht.</numerusform>
            <numerusform>%n Dokumente gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyExtensionModel</name>
    <message>
        <source>%1
Takes over: %2</source>
        <translation>%1
Übernimmt: %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Web UI</source>
        <translation>Weboberfläche</translation>
    </message>
    <message>
        <source>%1 installed.</source>
        <translation>%1 installiert.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyFileDetails</name>
    <message>
        <source>A display name has 4 to 128 characters.</source>
        <translation>Ein Anzeigename hat 4 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>A description has at most 240 characters.</source>
        <translation>Eine Beschreibung hat höchstens 240 Zeichen.</translation>
    </message>
    <message>
        <source>Every metadata entry needs a name.</source>
        <translation>Jeder Metadateneintrag braucht einen Namen.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyFileModel</name>
    <message>
        <source>%1
Version %2
MD5 %3</source>
        <translation>%1
Version %2
MD5 %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) deleted.</source>
        <translation>
            <numerusform>%n Datei gelöscht.</numerusform>
            <numerusform>%n Dateien gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>more than %1 files</source>
        <translation>mehr als %1 Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n file(s)</source>
        <translation>
            <numerusform>%1
%n Datei</numerusform>
            <numerusform>%1
%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder, %n file(s)</source>
        <translation>
            <numerusform>Ordner, %n Datei</numerusform>
            <numerusform>Ordner, %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older versions of %n file(s) deleted.</source>
        <translation>
            <numerusform>Ältere Versionen von %n Datei gelöscht.</numerusform>
            <numerusform>Ältere Versionen von %n Dateien gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyFileVersionModel</name>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (neueste)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Version %1 deleted.</source>
        <translation>Version %1 gelöscht.</translation>
    </message>
    <message>
        <source>Older versions deleted.</source>
        <translation>Ältere Versionen gelöscht.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyMemberModel</name>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Access Level</source>
        <translation>Zugriffsstufe</translation>
    </message>
    <message>
        <source>%1 was not added</source>
        <translation>%1 wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 with %2 access.</source>
        <translation>%1 mit Zugriffsstufe %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>The access level of %1 was not changed</source>
        <translation>Die Zugriffsstufe von %1 wurde nicht geändert</translation>
    </message>
    <message>
        <source>%1 was removed but not added again</source>
        <translation>%1 wurde entfernt, aber nicht wieder hinzugefügt</translation>
    </message>
    <message>
        <source>%1 now has %2 access.</source>
        <translation>%1 hat jetzt Zugriffsstufe %2.</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 wurde nicht entfernt</translation>
    </message>
    <message>
        <source>Removed %1 from the project.</source>
        <translation>%1 aus dem Projekt entfernt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyProjectModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (home)</source>
        <translation>%1 (persönlich)</translation>
    </message>
    <message>
        <source>expected the suggested ID as a string</source>
        <translation>die vorgeschlagene ID wurde als Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>Project %1 was not deleted: %2</source>
        <translation>Projekt %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Project %1 deleted.</source>
        <translation>Projekt %1 gelöscht.</translation>
    </message>
    <message>
        <source>Project %1 was not changed: %2</source>
        <translation>Projekt %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Project %1 saved.</source>
        <translation>Projekt %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyTokenModel</name>
    <message>
        <source>Wharf is signed in to this account with this token.</source>
        <translation>Wharf ist mit diesem Token bei diesem Konto angemeldet.</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>%1 (this sign-in)</source>
        <translation>%1 (diese Anmeldung)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>das Token</translation>
    </message>
    <message>
        <source>%1 was not revoked: %2</source>
        <translation>%1 wurde nicht widerrufen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1. The server may still accept it for up to %n minute(s).</source>
        <translation>
            <numerusform>%1 widerrufen. Der Server nimmt es möglicherweise noch bis zu %n Minute lang an.</numerusform>
            <numerusform>%1 widerrufen. Der Server nimmt es möglicherweise noch bis zu %n Minuten lang an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyUserModel</name>
    <message>
        <source>technical</source>
        <translation>technisch</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>single sign-on only</source>
        <translation>nur Single Sign-on</translation>
    </message>
    <message>
        <source>Last active: %1</source>
        <translation>Zuletzt aktiv: %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation>%1 wurde nicht angelegt: %2</translation>
    </message>
    <message>
        <source>Created the user %1.</source>
        <translation>Benutzer %1 angelegt.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deleted the user %1.</source>
        <translation>Benutzer %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>wharf::IvcapServiceModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>wharf::PlatformProbe</name>
    <message>
        <source>%1 answered with web pages instead of API data. It does not look like a Contaxy, Project-W or IVCAP server; check the address (Contaxy&apos;s API may live under /api).</source>
        <translation>%1 hat mit Webseiten statt mit API-Daten geantwortet. Das sieht nicht nach einem Contaxy-, Project-W- oder IVCAP-Server aus; prüfen Sie die Adresse (die API von Contaxy liegt oft unter /api).</translation>
    </message>
    <message>
        <source>%1 is not a Contaxy, Project-W or IVCAP server (none of their discovery addresses answered). Check the address, or choose the platform yourself.</source>
        <translation>%1 ist kein Contaxy-, Project-W- oder IVCAP-Server (keine ihrer Erkennungsadressen hat geantwortet). Prüfen Sie die Adresse oder wählen Sie die Plattform selbst.</translation>
    </message>
</context>
<context>
    <name>wharf::ProjectWJobModel</name>
    <message>
        <source>Waiting for a runner</source>
        <translation>Wartet auf einen Runner</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Transcribing</source>
        <translation>Wird transkribiert</translation>
    </message>
    <message>
        <source>Aborting</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done, downloaded</source>
        <translation>Fertig, heruntergeladen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Model %1, language %2</source>
        <translation>Modell %1, Sprache %2</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Nicht eingereicht: %1</translation>
    </message>
    <message>
        <source>The job settings were refused: %1</source>
        <translation>Die Auftragseinstellungen wurden abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not abort: %1</source>
        <translation>Abbrechen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Abort requested.</source>
        <translation>Abbruch angefordert.</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) deleted.</source>
        <translation>
            <numerusform>%n Auftrag gelöscht.</numerusform>
            <numerusform>%n Aufträge gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::Sandbox</name>
    <message>
        <source>The sandbox needs Wharf&apos;s source tree and Debian&apos;s Python with FastAPI (looked for %1). Run scripts/run from a clone.</source>
        <translation>Die Sandbox braucht den Quellcode von Wharf und Debians Python mit FastAPI (gesucht wurde %1). Starten Sie scripts/run in einem Klon.</translation>
    </message>
    <message>
        <source>Could not start the sandbox launcher: %1</source>
        <translation>Der Starter der Sandbox ließ sich nicht starten: %1</translation>
    </message>
    <message>
        <source>The sandbox servers did not start (exit code %1); their logs are in %2.</source>
        <translation>Die Sandbox-Server sind nicht gestartet (Exit-Code %1); ihre Logs liegen in %2.</translation>
    </message>
    <message>
        <source>The sandbox server %1 did not report its address.</source>
        <translation>Der Sandbox-Server %1 hat seine Adresse nicht gemeldet.</translation>
    </message>
</context>
<context>
    <name>wharf::TransferModel</name>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Retrying (attempt %1)</source>
        <translation>Erneuter Versuch (Nr. %1)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>wharf::TransferWiring</name>
    <message>
        <source>Removed account</source>
        <translation>Entferntes Konto</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Hochladen abgeschlossen</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Herunterladen abgeschlossen</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Hochladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Herunterladen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>wharf::app::SingleInstance</name>
    <message>
        <source>Too many arguments to hand over.</source>
        <translation>Zu viele Argumente für die Übergabe.</translation>
    </message>
    <message>
        <source>The running instance did not accept the hand-over.</source>
        <translation>Die laufende Instanz hat die Übergabe nicht angenommen.</translation>
    </message>
    <message>
        <source>The running instance closed the connection.</source>
        <translation>Die laufende Instanz hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The running instance did not answer in time.</source>
        <translation>Die laufende Instanz hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Another launch is still starting up.</source>
        <translation>Ein anderer Start ist noch nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>wharf::auth::AccountSession</name>
    <message>
        <source>No credential store is in use.</source>
        <translation>Es wird kein Anmeldedatenspeicher verwendet.</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>%1 does not offer password sign-in.</source>
        <translation>%1 bietet keine Anmeldung mit Passwort an.</translation>
    </message>
    <message>
        <source>Unknown platform.</source>
        <translation>Unbekannte Plattform.</translation>
    </message>
</context>
<context>
    <name>wharf::auth::CredentialStore</name>
    <message>
        <source>Invalid account id &quot;%1&quot;.</source>
        <translation>Ungültige Konto-ID „%1“.</translation>
    </message>
</context>
<context>
    <name>wharf::auth::KeychainBackend</name>
    <message>
        <source>No saved credentials for this account.</source>
        <translation>Für dieses Konto sind keine Anmeldedaten gespeichert.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The system keychain is locked (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Wharf will not store secrets in plain text; install and unlock a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1). Wharf speichert Geheimnisse nie im Klartext; installieren und entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>no Secret Service (org.freedesktop.secrets) or KWallet runs on the session bus, and none can be started</source>
        <translation>auf dem Sitzungsbus läuft kein Secret Service (org.freedesktop.secrets) und kein KWallet, und keiner kann gestartet werden</translation>
    </message>
</context>
<context>
    <name>wharf::auth::KeychainCredentialStore</name>
    <message>
        <source>The credential store was closed.</source>
        <translation>Der Anmeldedatenspeicher wurde geschlossen.</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The saved credentials are incomplete (%1); sign in again to replace them.</source>
        <translation>Die gespeicherten Anmeldedaten sind unvollständig (%1); melden Sie sich erneut an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The saved credentials could not be read; sign in again to replace them.</source>
        <translation>Die gespeicherten Anmeldedaten konnten nicht gelesen werden; melden Sie sich erneut an, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>wharf::auth::MemoryCredentialStore</name>
    <message>
        <source>sandbox (in memory)</source>
        <translation>Sandbox (im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>No saved credentials for this account.</source>
        <translation>Für dieses Konto sind keine Anmeldedaten gespeichert.</translation>
    </message>
</context>
<context>
    <name>wharf::auth::WebSessionExchange</name>
    <message>
        <source>The sign-in page ended without a session.</source>
        <translation>Die Anmeldeseite endete ohne Sitzung.</translation>
    </message>
    <message>
        <source>The server does not allow API tokens for this sign-in, so Wharf keeps the web session, which ends when the server says so.</source>
        <translation>Der Server erlaubt für diese Anmeldung keine API-Tokens; Wharf behält deshalb die Web-Sitzung, die endet, wann der Server es bestimmt.</translation>
    </message>
    <message>
        <source>No API token could be made (%1), so Wharf keeps the web session&apos;s token.</source>
        <translation>Es ließ sich kein API-Token erzeugen (%1); Wharf behält deshalb das Token der Web-Sitzung.</translation>
    </message>
    <message>
        <source>The web session could not be ended: %1</source>
        <translation>Die Web-Sitzung ließ sich nicht beenden: %1</translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc</name>
    <message>
        <source>The identity token is signed with an unsupported algorithm (%1).</source>
        <translation>Das Identitätstoken ist mit einem nicht unterstützten Verfahren signiert (%1).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set has no key for the identity token.</source>
        <translation>Die Schlüssel des Anbieters enthalten keinen Schlüssel für das Identitätstoken.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation>Die Signatur des Identitätstokens ist ungültig.</translation>
    </message>
    <message>
        <source>The identity token was issued by &quot;%1&quot;, not by the expected provider.</source>
        <translation>Das Identitätstoken wurde von „%1“ ausgestellt, nicht vom erwarteten Anbieter.</translation>
    </message>
    <message>
        <source>The identity token is meant for another application.</source>
        <translation>Das Identitätstoken ist für eine andere Anwendung bestimmt.</translation>
    </message>
    <message>
        <source>The identity token was issued to another application.</source>
        <translation>Das Identitätstoken wurde für eine andere Anwendung ausgestellt.</translation>
    </message>
    <message>
        <source>The identity token names no user.</source>
        <translation>Das Identitätstoken nennt keinen Benutzer.</translation>
    </message>
    <message>
        <source>The identity token has expired. Check that this computer&apos;s clock is right.</source>
        <translation>Das Identitätstoken ist abgelaufen. Prüfen Sie, ob die Uhr dieses Computers richtig geht.</translation>
    </message>
    <message>
        <source>The identity token was issued in the future. Check that this computer&apos;s clock is right.</source>
        <translation>Das Identitätstoken wurde in der Zukunft ausgestellt. Prüfen Sie, ob die Uhr dieses Computers richtig geht.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (nonce mismatch).</source>
        <translation>Das Identitätstoken gehört nicht zu dieser Anmeldung (Nonce stimmt nicht überein).</translation>
    </message>
    <message>
        <source>Sign-in was declined in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was confirmed. Start again to get a new code.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er bestätigt wurde. Beginnen Sie von vorn, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (it was revoked, expired or already used). Please sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig (widerrufen, abgelaufen oder schon verwendet). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The identity provider does not accept this application (%1). Ask the server&apos;s administrator.</source>
        <translation>Der Identitätsanbieter akzeptiert diese Anwendung nicht (%1). Fragen Sie die Administration des Servers.</translation>
    </message>
    <message>
        <source>The identity provider refused the requested permissions: %1</source>
        <translation>Der Identitätsanbieter hat die angeforderten Berechtigungen verweigert: %1</translation>
    </message>
    <message>
        <source>The identity provider is having problems; try again later.</source>
        <translation>Der Identitätsanbieter hat Probleme; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The identity token is not a valid JWT.</source>
        <translation>Das Identitätstoken ist kein gültiges JWT.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration names the issuer &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>Die Konfiguration des Anbieters nennt den Aussteller „%1“ statt „%2“.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration has no usable token endpoint.</source>
        <translation>Die Konfiguration des Anbieters hat keinen verwendbaren Token-Endpunkt.</translation>
    </message>
    <message>
        <source>The provider offers no sign-in method this application supports.</source>
        <translation>Der Anbieter bietet kein Anmeldeverfahren an, das diese Anwendung unterstützt.</translation>
    </message>
    <message>
        <source>The provider&apos;s reply has no bearer access token.</source>
        <translation>Die Antwort des Anbieters enthält kein Bearer-Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::AuthorizationCodeFlow</name>
    <message>
        <source>This sign-in response does not belong to the sign-in in progress.</source>
        <translation>Diese Anmeldeantwort gehört nicht zur laufenden Anmeldung.</translation>
    </message>
    <message>
        <source>The response came from an unexpected identity provider (&quot;%1&quot;).</source>
        <translation>Die Antwort kam von einem unerwarteten Identitätsanbieter („%1“).</translation>
    </message>
    <message>
        <source>The response has no code.</source>
        <translation>Die Antwort enthält keinen Code.</translation>
    </message>
    <message>
        <source>The browser sign-in was not completed in time.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The identity provider sent no identity token.</source>
        <translation>Der Identitätsanbieter hat kein Identitätstoken gesendet.</translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::DeviceFlow</name>
    <message>
        <source>The identity provider&apos;s reply has no usable sign-in code.</source>
        <translation>Die Antwort des Identitätsanbieters enthält keinen verwendbaren Anmeldecode.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::IdTokenCheck</name>
    <message>
        <source>Could not fetch the identity provider&apos;s keys: %1</source>
        <translation>Die Schlüssel des Identitätsanbieters konnten nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::LoopbackListener</name>
    <message>
        <source>Could not open a local port for the browser to return to: %1</source>
        <translation>Es konnte kein lokaler Port für die Rückkehr des Browsers geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this window and return to %1.</source>
        <translation>Sie können dieses Fenster schließen und zu %1 zurückkehren.</translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::TokenLifecycle</name>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>There is no valid refresh token; please sign in again.</source>
        <translation>Es gibt kein gültiges Aktualisierungstoken; bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>wharf::ivcap</name>
    <message>
        <source>&quot;%1&quot; is missing or not an http(s) URL</source>
        <translation>„%1“ fehlt oder ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is not a mapping</source>
        <translation>Anbieter „%1“ ist keine Zuordnung</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: %2</source>
        <translation>Anbieter „%1“: %2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; lacks &quot;client-id&quot; or &quot;audience&quot;</source>
        <translation>Bei Anbieter „%1“ fehlt „client-id“ oder „audience“</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in description (authinfo.yaml) is unusable: %1</source>
        <translation>Die Anmeldebeschreibung des Servers (authinfo.yaml) ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>the document is not a mapping</source>
        <translation>das Dokument ist keine Zuordnung</translation>
    </message>
    <message>
        <source>unsupported version &quot;%1&quot; (Wharf understands version 1)</source>
        <translation>nicht unterstützte Version „%1“ (Wharf versteht Version 1)</translation>
    </message>
    <message>
        <source>no identity providers are listed</source>
        <translation>es sind keine Identitätsanbieter aufgeführt</translation>
    </message>
</context>
<context>
    <name>wharf::ivcap::IvcapSignIn</name>
    <message>
        <source>Asking the server for its identity provider…</source>
        <translation>Der Server wird nach seinem Identitätsanbieter gefragt …</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in settings (authinfo.yaml) cannot be used: %1</source>
        <translation>Die Anmeldeeinstellungen des Servers (authinfo.yaml) sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the code in a browser…</source>
        <translation>Warten, bis Sie den Code in einem Browser bestätigen …</translation>
    </message>
    <message>
        <source>Asking the identity provider for a sign-in code…</source>
        <translation>Der Identitätsanbieter wird nach einem Anmeldecode gefragt …</translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation>Anmeldung wird abgeschlossen …</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten, bis Sie sich im Browser anmelden …</translation>
    </message>
    <message>
        <source>Saving the sign-in…</source>
        <translation>Anmeldung wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>wharf::net</name>
    <message>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Not signed in, or the session has expired.</source>
        <translation>Nicht angemeldet, oder die Sitzung ist abgelaufen.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>The server does not support this operation.</source>
        <translation>Der Server unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>Conflict with the current state on the server.</source>
        <translation>Konflikt mit dem aktuellen Stand auf dem Server.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s input.</source>
        <translation>Der Server hat die Eingaben der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Zu viele Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s gateway could not reach the service.</source>
        <translation>Das Gateway des Servers konnte den Dienst nicht erreichen.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Der Dienst ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server failed to handle the request.</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Unexpected reply from the server.</source>
        <translation>Unerwartete Antwort vom Server.</translation>
    </message>
    <message>
        <source>The YAML document is larger than %1 bytes.</source>
        <translation>Das YAML-Dokument ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The YAML document is empty.</source>
        <translation>Das YAML-Dokument ist leer.</translation>
    </message>
    <message>
        <source>Expected one YAML document, found several.</source>
        <translation>Ein YAML-Dokument erwartet, mehrere gefunden.</translation>
    </message>
    <message>
        <source>Refused YAML document: %1.</source>
        <translation>YAML-Dokument abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Invalid YAML: %1</source>
        <translation>Ungültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>wharf::net::ApiCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is too large.</source>
        <translation>Die Antwort des Servers ist zu groß.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is the server running and the address right?</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt. Läuft der Server und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the reply was complete.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Die Verbindung zu %1 hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (SHA-256 %2). Trust it only if it matches the server&apos;s certificate.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (SHA-256 %2). Vertrauen Sie ihm nur, wenn es mit dem Zertifikat des Servers übereinstimmt.</translation>
    </message>
    <message>
        <source>Too many redirects from %1.</source>
        <translation>Zu viele Weiterleitungen von %1.</translation>
    </message>
    <message>
        <source>%1 redirected to an insecure address.</source>
        <translation>%1 hat an eine unsichere Adresse weitergeleitet.</translation>
    </message>
    <message>
        <source>The reply from %1 was not valid HTTP.</source>
        <translation>Die Antwort von %1 war kein gültiges HTTP.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
</context>
<context>
    <name>wharf::net::Builder</name>
    <message>
        <source>aliases are not allowed</source>
        <translation>Aliasse sind nicht erlaubt</translation>
    </message>
    <message>
        <source>anchors are not allowed</source>
        <translation>Anker sind nicht erlaubt</translation>
    </message>
    <message>
        <source>a value is longer than %1 bytes</source>
        <translation>ein Wert ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>mehr als %1 Werte</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>only text keys are allowed</source>
        <translation>nur Textschlüssel sind erlaubt</translation>
    </message>
</context>
<context>
    <name>wharf::net::ConnectionMonitor</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>wharf::notify::DBusNotifier</name>
    <message>
        <source>desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>desktop notifications (%1)</source>
        <translation>Desktop-Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus.</translation>
    </message>
    <message>
        <source>No desktop notification service answered: %1</source>
        <translation>Kein Benachrichtigungsdienst des Desktops hat geantwortet: %1</translation>
    </message>
    <message>
        <source>Too many notifications at once.</source>
        <translation>Zu viele Benachrichtigungen auf einmal.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The desktop notification service is gone: %1</source>
        <translation>Der Benachrichtigungsdienst des Desktops ist verschwunden: %1</translation>
    </message>
</context>
<context>
    <name>wharf::notify::LogNotifier</name>
    <message>
        <source>This desktop has no notification service or system tray.</source>
        <translation>Dieser Desktop hat weder einen Benachrichtigungsdienst noch einen Systemabschnitt der Kontrollleiste.</translation>
    </message>
    <message>
        <source>log only</source>
        <translation>nur Protokoll</translation>
    </message>
</context>
<context>
    <name>wharf::transfer::Transfer</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Unexpected reply from the server.</source>
        <translation>Unerwartete Antwort vom Server.</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place.</source>
        <translation>Der Server hat den Download an der falschen Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>The server did not say where to upload (no Location).</source>
        <translation>Der Server hat nicht mitgeteilt, wohin hochgeladen werden soll (kein Location-Header).</translation>
    </message>
    <message>
        <source>The server reported an invalid upload offset.</source>
        <translation>Der Server hat einen ungültigen Upload-Offset gemeldet.</translation>
    </message>
    <message>
        <source>The download ended early (%1 of %2 bytes).</source>
        <translation>Der Download endete vorzeitig (%1 von %2 Byte).</translation>
    </message>
</context>
<context>
    <name>wharf::transfer::TransferQueue</name>
    <message>
        <source>Its address held a secret that is never saved; start this transfer again.</source>
        <translation>Seine Adresse enthielt ein Geheimnis, das nie gespeichert wird; starten Sie diese Übertragung erneut.</translation>
    </message>
    <message>
        <source>Interrupted when Wharf quit; this upload cannot resume. Retry sends the file again.</source>
        <translation>Beim Beenden von Wharf unterbrochen; dieser Upload kann nicht fortgesetzt werden. Ein neuer Versuch sendet die Datei noch einmal.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::AboutDialog</name>
    <message>
        <source>About Wharf</source>
        <translation>Über Wharf</translation>
    </message>
    <message>
        <source>Wharf %1</source>
        <translation>Wharf %1</translation>
    </message>
    <message>
        <source>Desktop client for Contaxy, Project-W and IVCAP.</source>
        <translation>Desktop-Client für Contaxy, Project-W und IVCAP.</translation>
    </message>
    <message>
        <source>%1 version</source>
        <translation>Version von %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copies versions, accounts and recent log lines (without passwords or tokens) for a bug report.</source>
        <translation>Kopiert Versionen, Konten und die letzten Logzeilen (ohne Passwörter oder Tokens) für einen Fehlerbericht.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Breeze by the KDE community, LGPL-3 (licence texts in %1)</source>
        <translation>Breeze von der KDE-Gemeinschaft, LGPL-3 (Lizenztexte in %1)</translation>
    </message>
    <message>
        <source>Icons:</source>
        <translation>Symbole:</translation>
    </message>
</context>
<context>
    <name>wharf::ui::AccountPage</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Konto ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Retry the connection now</source>
        <translation>Verbindung jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in (checking…)</source>
        <translation>Angemeldet (wird geprüft …)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeart</translation>
    </message>
    <message>
        <source>Sign-in expires</source>
        <translation>Anmeldung läuft ab</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>not told</source>
        <translation>nicht mitgeteilt</translation>
    </message>
    <message>
        <source>not set by the server</source>
        <translation>vom Server nicht festgelegt</translation>
    </message>
    <message>
        <source>(renewed before then)</source>
        <translation>(wird vorher erneuert)</translation>
    </message>
</context>
<context>
    <name>wharf::ui::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Work Contaxy</source>
        <translation>z. B. Contaxy Arbeit</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation>https://server.example.org</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation>Ein Konto namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft …</translation>
    </message>
    <message>
        <source>Trust this server&apos;s certificate (SHA-256 %1)</source>
        <translation>Dem Zertifikat dieses Servers vertrauen (SHA-256 %1)</translation>
    </message>
</context>
<context>
    <name>wharf::ui::AddMemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Name oder E-Mail</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Zugriffsstufe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Loading the users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Access &amp;level:</source>
        <translation>&amp;Zugriffsstufe:</translation>
    </message>
    <message>
        <source>The users could not be listed: %1</source>
        <translation>Die Benutzer konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Every user is a member already.</source>
        <translation>Alle Benutzer sind bereits Mitglieder.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::BreadcrumbBar</name>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ConnectionStatus</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Signed-in identity</source>
        <translation>Angemeldete Identität</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Retry the connection now</source>
        <translation>Verbindung jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Kein Konto ausgewählt</translation>
    </message>
    <message>
        <source>%1: not signed in</source>
        <translation>%1: nicht angemeldet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message numerus="yes">
        <source> (next try in %n s)</source>
        <translation>
            <numerusform> (nächster Versuch in %n s)</numerusform>
            <numerusform> (nächster Versuch in %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyDeploymentsPage</name>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>Log &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Id copied.</source>
        <translation>ID kopiert.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Filter deployments</source>
        <translation>Bereitstellungen filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Bereitstellung</numerusform>
            <numerusform>%n Bereitstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the log of %1…</source>
        <translation>Das Log von %1 wird geladen …</translation>
    </message>
    <message>
        <source>Log of %1: %2 Trying again…</source>
        <translation>Log von %1: %2 Neuer Versuch …</translation>
    </message>
    <message numerus="yes">
        <source>Following the log of %1: %n line(s)</source>
        <translation>
            <numerusform>Das Log von %1 wird verfolgt: %n Zeile</numerusform>
            <numerusform>Das Log von %1 wird verfolgt: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The log of %1 could not be loaded: %2</source>
        <translation>Das Log von %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 has not logged anything yet.</source>
        <translation>%1 hat noch nichts ins Log geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Log of %1: %n line(s)</source>
        <translation>
            <numerusform>Log von %1: %n Zeile</numerusform>
            <numerusform>Log von %1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Deployment</source>
        <translation>Bereitstellung löschen</translation>
    </message>
    <message>
        <source>Delete the service %1? Its container stops and its log is gone.</source>
        <translation>Den Dienst %1 löschen? Sein Container wird angehalten und sein Log geht verloren.</translation>
    </message>
    <message>
        <source>Delete the job %1? Its container stops and its log is gone.</source>
        <translation>Den Auftrag %1 löschen? Sein Container wird angehalten und sein Log geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Close Log</source>
        <translation>Log s&amp;chließen</translation>
    </message>
    <message>
        <source>De&amp;ploy…</source>
        <translation>Be&amp;reitstellen …</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>Loading actions…</source>
        <translation>Aktionen werden geladen …</translation>
    </message>
    <message>
        <source>Actions not available: %1</source>
        <translation>Aktionen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No actions</source>
        <translation>Keine Aktionen</translation>
    </message>
    <message>
        <source>Running %1 on %2…</source>
        <translation>%1 wird auf %2 ausgeführt …</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyDocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Selected document</source>
        <translation>Ausgewähltes Dokument</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Cop&amp;y JSON</source>
        <translation>JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu l&amp;aden</translation>
    </message>
    <message>
        <source>JSON path filter, e.g. $ ? (@.n &gt; 3)</source>
        <translation>JSON-Pfad-Filter, z. B. $ ? (@.n &gt; 3)</translation>
    </message>
    <message>
        <source>A PostgreSQL SQL/JSON path such as $ ? (@.status == &quot;done&quot;) or $.tags[*] ? (@ == &quot;x&quot;). A bare comparison such as $.n &gt; 3 matches every document. Press Return to apply.</source>
        <translation>Ein PostgreSQL-SQL/JSON-Pfad wie $ ? (@.status == &quot;done&quot;) oder $.tags[*] ? (@ == &quot;x&quot;). Ein bloßer Vergleich wie $.n &gt; 3 trifft auf jedes Dokument zu. Drücken Sie die Eingabetaste, um den Filter anzuwenden.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>collection name</source>
        <translation>Name der Sammlung</translation>
    </message>
    <message>
        <source>C&amp;ollection:</source>
        <translation>Sa&amp;mmlung:</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The server cannot list collections: type a name to open one (a new one is made when its first document is saved).</source>
        <translation>Der Server kann keine Sammlungen auflisten: Geben Sie einen Namen ein, um eine zu öffnen (eine neue entsteht, wenn ihr erstes Dokument gespeichert wird).</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokumente: %1</translation>
    </message>
    <message>
        <source>Open a collection by name.</source>
        <translation>Öffnen Sie eine Sammlung über ihren Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) match the filter</source>
        <translation>
            <numerusform>%n Dokument entspricht dem Filter</numerusform>
            <numerusform>%n Dokumente entsprechen dem Filter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied as JSON.</source>
        <translation>%1 als JSON kopiert.</translation>
    </message>
    <message>
        <source>Delete Documents</source>
        <translation>Dokumente löschen</translation>
    </message>
    <message>
        <source>Delete the document &quot;%1&quot; from %2?</source>
        <translation>Das Dokument „%1“ aus %2 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s) from %1?</source>
        <translation>
            <numerusform>%n Dokument aus %1 löschen?</numerusform>
            <numerusform>%n Dokumente aus %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyExtensionsPage</name>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>&amp;Installieren …</translation>
    </message>
    <message>
        <source>Open &amp;Web UI</source>
        <translation>&amp;Weboberfläche öffnen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Filter extensions</source>
        <translation>Erweiterungen filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n Erweiterung</numerusform>
            <numerusform>%n Erweiterungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no web UI.</source>
        <translation>%1 hat keine Weboberfläche.</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Kein Browser konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Remove Extension</source>
        <translation>Erweiterung entfernen</translation>
    </message>
    <message>
        <source>Remove the extension %1 from %2? Its container stops, and what it took over goes back to the server.</source>
        <translation>Die Erweiterung %1 aus %2 entfernen? Ihr Container hält an, und was sie übernommen hat, fällt an den Server zurück.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyFilesPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>Herunter&amp;laden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) queued.</source>
        <translation>
            <numerusform>%n Upload eingereiht.</numerusform>
            <numerusform>%n Uploads eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>Nicht hochgeladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) queued into %1.</source>
        <translation>
            <numerusform>%n Download nach %1 eingereiht.</numerusform>
            <numerusform>%n Downloads nach %1 eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) copied.</source>
        <translation>
            <numerusform>%n Schlüssel kopiert.</numerusform>
            <numerusform>%n Schlüssel kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with all its versions from %2?</source>
        <translation>„%1“ mit allen Versionen aus %2 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) with all their versions from %1?</source>
        <translation>
            <numerusform>%n Datei mit allen Versionen aus %1 löschen?</numerusform>
            <numerusform>%n Dateien mit allen Versionen aus %1 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers are not ready yet; try again in a moment.</source>
        <translation>Die Übertragungen sind noch nicht bereit; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cop&amp;y Key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Too many files at once; upload the folder in smaller parts.</source>
        <translation>Zu viele Dateien auf einmal; laden Sie den Ordner in kleineren Teilen hoch.</translation>
    </message>
    <message>
        <source>Upload Files to %1</source>
        <translation>Dateien nach %1 hochladen</translation>
    </message>
    <message>
        <source>Delete Files</source>
        <translation>Dateien löschen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <source>Upload &amp;Folder…</source>
        <translation>&amp;Ordner hochladen …</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften …</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Delete &amp;Older Versions…</source>
        <translation>Ältere Versionen lö&amp;schen …</translation>
    </message>
    <message>
        <source>Search this folder</source>
        <translation>In diesem Ordner suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) here, %1 in the project</source>
        <translation>
            <numerusform>%n Eintrag hier, %1 im Projekt</numerusform>
            <numerusform>%n Einträge hier, %1 im Projekt</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) queued into %1.</source>
        <translation>
            <numerusform>%n Upload nach %1 eingereiht.</numerusform>
            <numerusform>%n Uploads nach %1 eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a Folder to %1</source>
        <translation>Einen Ordner nach %1 hochladen</translation>
    </message>
    <message>
        <source>Files Exist</source>
        <translation>Dateien vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files exist already in %1. Replace them?</source>
        <translation>
            <numerusform>%n der Dateien ist in %1 schon vorhanden. Ersetzen?</numerusform>
            <numerusform>%n der Dateien sind in %1 schon vorhanden. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) copied; opening one needs your sign-in.</source>
        <translation>
            <numerusform>%n Adresse kopiert; zum Öffnen ist Ihre Anmeldung nötig.</numerusform>
            <numerusform>%n Adressen kopiert; zum Öffnen ist Ihre Anmeldung nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected files have no older versions.</source>
        <translation>Die gewählten Dateien haben keine älteren Versionen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the older versions of %n file(s) in %1? The latest stay.</source>
        <translation>
            <numerusform>Die älteren Versionen von %n Datei in %1 löschen? Die neuesten bleiben.</numerusform>
            <numerusform>Die älteren Versionen von %n Dateien in %1 löschen? Die neuesten bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Older Versions</source>
        <translation>Ältere Versionen löschen</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyMembersPage</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Mitglied &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Change Access &amp;Level</source>
        <translation>Zugriffs&amp;stufe ändern</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Filter by name or e-mail</source>
        <translation>Nach Name oder E-Mail filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the project? They lose access to its files, deployments and documents.</source>
        <translation>%1 aus dem Projekt entfernen? Damit endet der Zugriff auf seine Dateien, Bereitstellungen und Dokumente.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 is the project&apos;s only admin: make another member admin first, or nobody could manage the project&apos;s members any more.</source>
        <translation>%1 ist der einzige Admin des Projekts: Machen Sie zuerst ein anderes Mitglied zum Admin, sonst könnte niemand mehr die Mitglieder des Projekts verwalten.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyProjectPage</name>
    <message>
        <source>Project details</source>
        <translation>Projektdetails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>Projekt &amp;löschen …</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This project is no longer listed.</source>
        <translation>Dieses Projekt ist nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Your home project: it comes with your user account.</source>
        <translation>Ihr persönliches Projekt: Es gehört zu Ihrem Benutzerkonto.</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Deleting %1 removes it for every member; its files stay on the server but can no longer be reached. Type the project ID to confirm:</source>
        <translation>Wenn Sie %1 löschen, verschwindet es für alle Mitglieder; seine Dateien bleiben auf dem Server, sind aber nicht mehr erreichbar. Geben Sie zur Bestätigung die Projekt-ID ein:</translation>
    </message>
    <message>
        <source>The ID did not match; nothing was deleted.</source>
        <translation>Die ID stimmte nicht überein; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyServerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>System state</source>
        <translation>Systemzustand</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Refresh server information</source>
        <translation>Serverinformationen aktualisieren</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namensraum:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <source>Server — %1</source>
        <translation>Server — %1</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not set up yet: sign in to set it up and create its first administrator</source>
        <translation>noch nicht eingerichtet: Melden Sie sich an, um ihn einzurichten und seinen ersten Administrator anzulegen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unhealthy: %1</source>
        <translation>gestört: %1</translation>
    </message>
    <message>
        <source>Could not load the server information: %1</source>
        <translation>Die Serverinformationen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxySignUpPanel</name>
    <message>
        <source>Set &amp;Up Server…</source>
        <translation>Server &amp;einrichten …</translation>
    </message>
    <message>
        <source>Create &amp;Account…</source>
        <translation>&amp;Konto anlegen …</translation>
    </message>
    <message>
        <source>Server set-up</source>
        <translation>Servereinrichtung</translation>
    </message>
    <message>
        <source>Setting up the server…</source>
        <translation>Der Server wird eingerichtet …</translation>
    </message>
    <message>
        <source>This server has not been set up yet: nobody can sign in or create an account until it has its first administrator.</source>
        <translation>Dieser Server ist noch nicht eingerichtet: Niemand kann sich anmelden oder ein Konto anlegen, bis er seinen ersten Administrator hat.</translation>
    </message>
    <message>
        <source>Set Up Server</source>
        <translation>Server einrichten</translation>
    </message>
    <message>
        <source>Set up this server? It creates the administrator &quot;%1&quot; with the password &quot;%2&quot;, which anyone who can reach the server could use: change it right after signing in.</source>
        <translation>Diesen Server einrichten? Dabei entsteht der Administrator „%1“ mit dem Passwort „%2“, das jeder nutzen könnte, der den Server erreicht: Ändern Sie es gleich nach der Anmeldung.</translation>
    </message>
    <message>
        <source>Set &amp;Up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>The server has been set up already; sign in.</source>
        <translation>Der Server ist bereits eingerichtet; melden Sie sich an.</translation>
    </message>
    <message>
        <source>The server was not set up: %1</source>
        <translation>Der Server wurde nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>The server is set up. Sign in as &quot;%1&quot; with the password &quot;%2&quot; and change that password straight away.</source>
        <translation>Der Server ist eingerichtet. Melden Sie sich als „%1“ mit dem Passwort „%2“ an und ändern Sie dieses Passwort sofort.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyTokensPage</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;New Token…</source>
        <translation>&amp;Neues Token …</translation>
    </message>
    <message>
        <source>&amp;Show Value</source>
        <translation>Wert &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Filter by description or scope</source>
        <translation>Nach Beschreibung oder Scope filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the session token now: the server does not keep it, so it cannot be shown again. It expires after 15 minutes.</source>
        <translation>Kopieren Sie das Sitzungstoken jetzt: Der Server bewahrt es nicht auf, daher kann es nicht noch einmal angezeigt werden. Es läuft nach 15 Minuten ab.</translation>
    </message>
    <message>
        <source>Copy the token now and keep it somewhere safe: whoever holds it can act with its scopes until it is revoked.</source>
        <translation>Kopieren Sie das Token jetzt und bewahren Sie es sicher auf: Wer es besitzt, kann mit seinen Scopes handeln, bis es widerrufen wird.</translation>
    </message>
    <message>
        <source>New Token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Session token created.</source>
        <translation>Sitzungstoken erstellt.</translation>
    </message>
    <message>
        <source>Token created.</source>
        <translation>Token erstellt.</translation>
    </message>
    <message>
        <source>Token Value</source>
        <translation>Token-Wert</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot;. Whoever holds it can act with its scopes: %2</source>
        <translation>Der Wert von „%1“. Wer ihn besitzt, kann mit den Scopes des Tokens handeln: %2</translation>
    </message>
    <message>
        <source>Token value copied.</source>
        <translation>Token-Wert kopiert.</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Programs that use it will be refused.</source>
        <translation>„%1“ widerrufen? Programme, die dieses Token verwenden, werden abgewiesen.</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message numerus="yes">
        <source>The server caches tokens, so a revoked token may keep working for up to %n minute(s).</source>
        <translation>
            <numerusform>Der Server speichert Tokens zwischen, daher kann ein widerrufenes Token noch bis zu %n Minute lang funktionieren.</numerusform>
            <numerusform>Der Server speichert Tokens zwischen, daher kann ein widerrufenes Token noch bis zu %n Minuten lang funktionieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wharf is signed in with this token: this account will be signed out.</source>
        <translation>Wharf ist mit diesem Token angemeldet: Dieses Konto wird abgemeldet.</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>The server caches tokens for up to %n minute(s): a revoked token, or the one of an account that signed out, may keep working that long.</source>
        <translation>
            <numerusform>Der Server speichert Tokens bis zu %n Minute zwischen: Ein widerrufenes Token oder das eines abgemeldeten Kontos kann so lange weiter funktionieren.</numerusform>
            <numerusform>Der Server speichert Tokens bis zu %n Minuten zwischen: Ein widerrufenes Token oder das eines abgemeldeten Kontos kann so lange weiter funktionieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyUsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu l&amp;aden</translation>
    </message>
    <message>
        <source>Filter by name, e-mail or ID</source>
        <translation>Nach Name, E-Mail oder ID filtern</translation>
    </message>
    <message>
        <source>This account is no system admin: the server shows it names and e-mail addresses only, and creating or deleting users needs the permission users#admin.</source>
        <translation>Dieses Konto ist kein Systemadmin: Der Server zeigt ihm nur Namen und E-Mail-Adressen, und Benutzer anlegen oder löschen erfordert die Berechtigung users#admin.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete the user %1 (%2)? Their sign-in, tokens and permissions go at once; their home project stays on the server.</source>
        <translation>Den Benutzer %1 (%2) löschen? Anmeldung, Tokens und Berechtigungen entfallen sofort; das Heimprojekt bleibt auf dem Server.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>wharf::ui::CreateTokenDialog</name>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Zugriffsstufe</translation>
    </message>
    <message>
        <source>New project token</source>
        <translation>Neues Projekttoken</translation>
    </message>
    <message>
        <source>A project token is an API token for everything in the project at the chosen level. The server makes one per level and hands out the same one when asked again.</source>
        <translation>Ein Projekttoken ist ein API-Token für alles im Projekt mit der gewählten Stufe. Der Server erzeugt eines pro Stufe und gibt bei erneuter Anfrage dasselbe heraus.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>API token (kept until revoked)</source>
        <translation>API-Token (gilt bis zum Widerruf)</translation>
    </message>
    <message>
        <source>Session token (expires after 15 minutes)</source>
        <translation>Sitzungstoken (läuft nach 15 Minuten ab)</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>what the token is for</source>
        <translation>wofür das Token gedacht ist</translation>
    </message>
    <message>
        <source>&amp;Add Scope</source>
        <translation>Scope &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>projects/my-project, or * for everything</source>
        <translation>projects/my-project oder * für alles</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this scope</source>
        <translation>Diesen Scope entfernen</translation>
    </message>
    <message>
        <source>Remove scope</source>
        <translation>Scope entfernen</translation>
    </message>
    <message>
        <source>Add at least one scope.</source>
        <translation>Fügen Sie mindestens einen Scope hinzu.</translation>
    </message>
    <message>
        <source>Scope %1: %2</source>
        <translation>Scope %1: %2</translation>
    </message>
    <message>
        <source>The server refused: %1 A token can have at most the rights you have yourself.</source>
        <translation>Der Server hat abgelehnt: %1 Ein Token kann höchstens die Rechte haben, die Sie selbst haben.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::CreateUserDialog</name>
    <message>
        <source>Create Account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>The account is created on the server; Wharf then signs in with it.</source>
        <translation>Das Konto wird auf dem Server angelegt; Wharf meldet sich dann damit an.</translation>
    </message>
    <message>
        <source>The new user can sign in with this name or e-mail address and gets a home project of their own.</source>
        <translation>Der neue Benutzer kann sich mit diesem Namen oder dieser E-Mail-Adresse anmelden und erhält ein eigenes Heimprojekt.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>&amp;Konto anlegen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Be&amp;stätigen:</translation>
    </message>
    <message>
        <source>This server does not let people create their own accounts; ask its administrator for one. (%1)</source>
        <translation>Auf diesem Server kann man kein eigenes Konto anlegen; bitten Sie seinen Administrator um eines. (%1)</translation>
    </message>
</context>
<context>
    <name>wharf::ui::DeployDialog</name>
    <message>
        <source>S&amp;uggest</source>
        <translation>V&amp;orschlagen</translation>
    </message>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>Parameter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Parameter</source>
        <translation>Parameter &amp;entfernen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Service (keeps running, can have endpoints)</source>
        <translation>Dienst (läuft weiter, kann Endpunkte haben)</translation>
    </message>
    <message>
        <source>Job (runs to completion)</source>
        <translation>Auftrag (läuft bis zum Ende)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <source>for example nginx:1.25 or ghcr.io/org/app:tag</source>
        <translation>zum Beispiel nginx:1.25 oder ghcr.io/org/app:tag</translation>
    </message>
    <message>
        <source>Ask the server for a configuration for this image</source>
        <translation>Den Server nach einer Konfiguration für dieses Image fragen</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>4 to 128 characters; the id is made from it</source>
        <translation>4 bis 128 Zeichen; die ID wird daraus gebildet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>ports, separated by blanks: 8080 9001/webapp/ui 9002b</source>
        <translation>Ports, durch Leerzeichen getrennt: 8080 9001/webapp/ui 9002b</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>Vorgabe des Servers</translation>
    </message>
    <message>
        <source>Max CPUs</source>
        <translation>Höchstens CPUs</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Max memory</source>
        <translation>Höchstspeicher</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Max GPUs</source>
        <translation>Höchstens GPUs</translation>
    </message>
    <message>
        <source>Volume path</source>
        <translation>Volume-Pfad</translation>
    </message>
    <message>
        <source>path in the container kept across restarts, e.g. /data</source>
        <translation>Pfad im Container, der Neustarts übersteht, z. B. /data</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>replaces the image&apos;s entrypoint; quote as in a shell</source>
        <translation>ersetzt den Einstiegspunkt des Images; Anführungszeichen wie in einer Shell</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>replace the image&apos;s default arguments</source>
        <translation>ersetzen die Standardargumente des Images</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>End&amp;points:</source>
        <translation>End&amp;punkte:</translation>
    </message>
    <message>
        <source>Max &amp;CPUs:</source>
        <translation>Höchstens &amp;CPUs:</translation>
    </message>
    <message>
        <source>Max &amp;memory:</source>
        <translation>Höchst&amp;speicher:</translation>
    </message>
    <message>
        <source>Max &amp;GPUs:</source>
        <translation>Höchstens &amp;GPUs:</translation>
    </message>
    <message>
        <source>&amp;Volume path:</source>
        <translation>&amp;Volume-Pfad:</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>A&amp;rguments:</source>
        <translation>A&amp;rgumente:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Berei&amp;tstellen</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Enter the container image to get a suggestion for.</source>
        <translation>Geben Sie das Container-Image ein, für das Sie einen Vorschlag möchten.</translation>
    </message>
    <message>
        <source>No suggestion from the server: %1</source>
        <translation>Kein Vorschlag vom Server: %1</translation>
    </message>
    <message>
        <source>A deployment with this name exists already: %1</source>
        <translation>Eine Bereitstellung mit diesem Namen gibt es schon: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not deployed: %1</source>
        <translation>Nicht bereitgestellt: %1</translation>
    </message>
</context>
<context>
    <name>wharf::ui::DocumentEditDialog</name>
    <message>
        <source>New Document in %1</source>
        <translation>Neues Dokument in %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Document (JSON)</source>
        <translation>Dokument (JSON)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Another change is still being saved; try again in a moment.</source>
        <translation>Eine andere Änderung wird noch gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::EditProjectDialog</name>
    <message>
        <source>Edit Project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>wharf::ui::FilePropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The metadata could not be read: %1</source>
        <translation>Die Metadaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The versions could not be listed: %1</source>
        <translation>Die Versionen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>File facts</source>
        <translation>Angaben zur Datei</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Custom metadata</source>
        <translation>Eigene Metadaten</translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Entry</source>
        <translation>Eintrag ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Custom &amp;metadata:</source>
        <translation>Eigene &amp;Metadaten:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation>Version &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete &amp;Older Versions…</source>
        <translation>Ä&amp;ltere Versionen löschen …</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Delete version %1 of %2?</source>
        <translation>Version %1 von %2 löschen?</translation>
    </message>
    <message>
        <source>Delete Older Versions</source>
        <translation>Ältere Versionen löschen</translation>
    </message>
    <message>
        <source>Delete every version of %1 but the latest?</source>
        <translation>Alle Versionen von %1 außer der neuesten löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Modified %4 by %5&lt;br&gt;Created %6 by %7&lt;br&gt;MD5 %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Geändert %4 von %5&lt;br&gt;Angelegt %6 von %7&lt;br&gt;MD5 %8</translation>
    </message>
</context>
<context>
    <name>wharf::ui::InstallExtensionDialog</name>
    <message>
        <source>S&amp;uggest</source>
        <translation>V&amp;orschlagen</translation>
    </message>
    <message>
        <source>Install Extension</source>
        <translation>Erweiterung installieren</translation>
    </message>
    <message>
        <source>for example ghcr.io/org/extension:1.0</source>
        <translation>zum Beispiel ghcr.io/org/extension:1.0</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <source>Ask the server for a configuration for this image</source>
        <translation>Den Server nach einer Konfiguration für dieses Image fragen</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Project extension</source>
        <translation>Projekterweiterung</translation>
    </message>
    <message>
        <source>User extension</source>
        <translation>Benutzererweiterung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>ports, separated by blanks: 8080 9001/ui</source>
        <translation>Ports, durch Leerzeichen getrennt: 8080 9001/ui</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>the endpoint of its web UI, e.g. 8080/webapp/ui</source>
        <translation>der Endpunkt ihrer Weboberfläche, z. B. 8080/webapp/ui</translation>
    </message>
    <message>
        <source>Web UI endpoint</source>
        <translation>Endpunkt der Weboberfläche</translation>
    </message>
    <message>
        <source>the endpoint of its API, e.g. 8080/extension/api</source>
        <translation>der Endpunkt ihrer API, z. B. 8080/extension/api</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <source>operation ids it takes over, e.g. list_files</source>
        <translation>Operations-IDs, die sie übernimmt, z. B. list_files</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>KEY=VALUE, one a line</source>
        <translation>KEY=VALUE, eine pro Zeile</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>I&amp;mage:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>End&amp;points:</source>
        <translation>End&amp;punkte:</translation>
    </message>
    <message>
        <source>&amp;Web UI:</source>
        <translation>&amp;Weboberfläche:</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>A&amp;PI:</translation>
    </message>
    <message>
        <source>&amp;Capabilities:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>An environment line is KEY=VALUE, not %1.</source>
        <translation>Eine Umgebungszeile ist KEY=VALUE, nicht %1.</translation>
    </message>
    <message>
        <source>No suggestion from the server: %1</source>
        <translation>Kein Vorschlag vom Server: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Nicht installiert: %1</translation>
    </message>
</context>
<context>
    <name>wharf::ui::IvcapServicesPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Filter loaded services</source>
        <translation>Geladene Dienste filtern</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n Dienst geladen; für weitere blättern</numerusform>
            <numerusform>%n Dienste geladen; für weitere blättern</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details …</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) copied.</source>
        <translation>
            <numerusform>%n ID kopiert.</numerusform>
            <numerusform>%n IDs kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Id: %1
Tags: %2</source>
        <translation>ID: %1
Schlagwörter: %2</translation>
    </message>
</context>
<context>
    <name>wharf::ui::IvcapSignInPanel</name>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in with a &amp;code on another device</source>
        <translation>Mit einem &amp;Code auf einem anderen Gerät anmelden</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy co&amp;de</source>
        <translation>Co&amp;de kopieren</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Link copied. Paste it into a browser to continue.</source>
        <translation>Link kopiert. Fügen Sie ihn in einen Browser ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>If your browser did not open, open this link:</source>
        <translation>Falls sich Ihr Browser nicht geöffnet hat, öffnen Sie diesen Link:</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser to sign in:</source>
        <translation>Ihr Browser konnte nicht geöffnet werden. Öffnen Sie diesen Link in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Looking up how this server signs users in…</source>
        <translation>Es wird ermittelt, wie dieser Server Benutzer anmeldet …</translation>
    </message>
    <message>
        <source>Browser sign-in is not available: %1</source>
        <translation>Die Anmeldung im Browser ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Sign in with your organisation&apos;s account.</source>
        <translation>Melden Sie sich mit dem Konto Ihrer Organisation an.</translation>
    </message>
    <message>
        <source>On any device, open %1 and confirm the code below. The code expires at %2.</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät %1 und bestätigen Sie den folgenden Code. Der Code läuft um %2 ab.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::JsonView</name>
    <message>
        <source>Copy All</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON-Dokument</translation>
    </message>
</context>
<context>
    <name>wharf::ui::LogView</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Mitverfolgen</translation>
    </message>
    <message>
        <source>Keep loading new lines as they are logged</source>
        <translation>Neue Zeilen fortlaufend laden, sobald sie ins Log geschrieben werden</translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation>&amp;Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Next &amp;Error</source>
        <translation>Nächster &amp;Fehler</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation>Log &amp;speichern …</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Log speichern</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>%n passende Zeile</numerusform>
            <numerusform>%n passende Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>wharf::ui::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Wharf — Sandbox</source>
        <translation>Wharf — Sandbox</translation>
    </message>
    <message>
        <source>Wharf</source>
        <translation>Wharf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Quick Switcher…</source>
        <translation>&amp;Schnellwechsel …</translation>
    </message>
    <message>
        <source>Focus &amp;Account Tree</source>
        <translation>&amp;Kontenbaum fokussieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Raw Reply</source>
        <translation>&amp;Rohantwort anzeigen</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>&amp;Retry Connection</source>
        <translation>Verbindung &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;move Account…</source>
        <translation>Konto ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its stored sign-in is deleted from the keychain; nothing on the server changes.</source>
        <translation>Das Konto „%1“ entfernen? Seine gespeicherte Anmeldung wird aus dem Schlüsselbund gelöscht; auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Wharf</source>
        <translation>Ü&amp;ber Wharf</translation>
    </message>
    <message>
        <source>No transfers yet.</source>
        <translation>Noch keine Übertragungen.</translation>
    </message>
    <message>
        <source>Transfers Running</source>
        <translation>Laufende Übertragungen</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) still running.</source>
        <translation>
            <numerusform>%n Übertragung läuft noch.</numerusform>
            <numerusform>%n Übertragungen laufen noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumable transfers continue the next time Wharf starts.</source>
        <translation>Fortsetzbare Übertragungen laufen beim nächsten Start von Wharf weiter.</translation>
    </message>
    <message>
        <source>&amp;Quit and Pause</source>
        <translation>Beenden und &amp;pausieren</translation>
    </message>
    <message>
        <source>Quit and &amp;Cancel Them</source>
        <translation>Beenden und &amp;abbrechen</translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray</source>
        <translation>Im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>&amp;Warten</translation>
    </message>
    <message>
        <source>Wharf — transfers running</source>
        <translation>Wharf — Übertragungen laufen</translation>
    </message>
    <message>
        <source>&amp;Show Wharf</source>
        <translation>Wharf &amp;anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) received; open a Files or Jobs page to upload them.</source>
        <translation>
            <numerusform>%n Datei empfangen; öffnen Sie eine Dateien- oder Aufträge-Seite, um sie hochzuladen.</numerusform>
            <numerusform>%n Dateien empfangen; öffnen Sie eine Dateien- oder Aufträge-Seite, um sie hochzuladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) handed to %1.</source>
        <translation>
            <numerusform>%n Datei an %1 übergeben.</numerusform>
            <numerusform>%n Dateien an %1 übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Reload Projects</source>
        <translation>Projekte neu &amp;laden</translation>
    </message>
</context>
<context>
    <name>wharf::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>suggested from the name</source>
        <translation>aus dem Namen vorgeschlagen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>A project with the ID %1 exists already.</source>
        <translation>Ein Projekt mit der ID %1 gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ProjectWJobsPage</name>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Transcription jobs</source>
        <translation>Transkriptionsaufträge</translation>
    </message>
    <message>
        <source>Transcript format</source>
        <translation>Transkriptformat</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Translate to English</source>
        <translation>Ins Englische &amp;übersetzen</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Whisper model for new jobs</source>
        <translation>Whisper-Modell für neue Aufträge</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>Sprache erkennen</translation>
    </message>
    <message>
        <source>Spoken language of new jobs</source>
        <translation>Gesprochene Sprache neuer Aufträge</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Submit Audio…</source>
        <translation>Audio &amp;einreichen …</translation>
    </message>
    <message>
        <source>Sa&amp;ve Transcript</source>
        <translation>Transkript &amp;speichern</translation>
    </message>
    <message>
        <source>Submit Audio or Video for Transcription</source>
        <translation>Audio oder Video zur Transkription einreichen</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) being saved into %1.</source>
        <translation>
            <numerusform>%n Transkript wird in %1 gespeichert.</numerusform>
            <numerusform>%n Transkripte werden in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not submitted: %2</source>
        <translation>%1 wurde nicht eingereicht: %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Transcription failed</source>
        <translation>Transkription fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transcription finished</source>
        <translation>Transkription fertig</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) being submitted</source>
        <translation>
            <numerusform>%n Datei wird eingereicht</numerusform>
            <numerusform>%n Dateien werden eingereicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ui::ProxySettingsWidget</name>
    <message>
        <source>Use the s&amp;ystem proxy settings</source>
        <translation>Proxy-Einstellungen des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <source>N&amp;o proxy</source>
        <translation>Kei&amp;n Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>intranet.example, .example.org</source>
        <translation>intranet.example, .example.org</translation>
    </message>
    <message>
        <source>Hosts and domains reached directly, separated by commas. Local addresses never use the proxy.</source>
        <translation>Direkt erreichte Hosts und Domains, durch Kommas getrennt. Lokale Adressen nutzen nie den Proxy.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>&amp;Bypass the proxy for:</source>
        <translation>Proxy &amp;umgehen für:</translation>
    </message>
    <message>
        <source>Hosts that bypass the proxy</source>
        <translation>Hosts, die den Proxy umgehen</translation>
    </message>
    <message>
        <source>Proxy error</source>
        <translation>Proxy-Fehler</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <source>Optional, kept in the system keychain</source>
        <translation>Optional, wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
</context>
<context>
    <name>wharf::ui::QuickSwitcher</name>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Type an account or page name</source>
        <translation>Konto- oder Seitennamen eingeben</translation>
    </message>
    <message>
        <source>Filter destinations</source>
        <translation>Ziele filtern</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
</context>
<context>
    <name>wharf::ui::RawReplyDialog</name>
    <message>
        <source>Raw reply — %1</source>
        <translation>Rohantwort — %1</translation>
    </message>
    <message>
        <source>This page has not received a reply from the server yet.</source>
        <translation>Diese Seite hat noch keine Antwort vom Server erhalten.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>Die Antwort kopieren</translation>
    </message>
</context>
<context>
    <name>wharf::ui::ResourcePage</name>
    <message>
        <source>Page actions</source>
        <translation>Seitenaktionen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 von %2 — %3</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to %1 to see this page.</source>
        <translation>Nicht angemeldet. Melden Sie sich bei %1 an, um diese Seite zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden nicht möglich: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>wharf::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>N&amp;etwork</source>
        <translation>N&amp;etzwerk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when work finishes</source>
        <translation>Desktop-Be&amp;nachrichtigungen anzeigen, wenn Arbeiten abgeschlossen sind</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Last page shown</source>
        <translation>Zuletzt angezeigte Seite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>Download folder error</source>
        <translation>Fehler beim Download-Ordner</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Den Download-Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Ers&amp;cheinungsbild:</translation>
    </message>
    <message>
        <source>&amp;Start page:</source>
        <translation>S&amp;tartseite:</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Download-Ordner:</translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>No keychain is available, so a proxy password cannot be saved. Wharf never writes passwords to disk.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann kein Proxy-Passwort gespeichert werden. Wharf schreibt Passwörter nie auf die Festplatte.</translation>
    </message>
    <message>
        <source>The keychain did not give access to the proxy password: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Proxy-Passwort nicht gewährt: %1</translation>
    </message>
    <message>
        <source>Saving the proxy password in the keychain…</source>
        <translation>Proxy-Passwort wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1
Try again, or cancel to keep the previous settings.</source>
        <translation>Das Proxy-Passwort konnte nicht gespeichert werden: %1
Versuchen Sie es erneut oder brechen Sie ab, um die bisherigen Einstellungen zu behalten.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::SignInDialog</name>
    <message>
        <source>With user name and &amp;password</source>
        <translation>Mit Benutzername und &amp;Passwort</translation>
    </message>
    <message>
        <source>With an API &amp;token</source>
        <translation>Mit einem API-&amp;Token</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Create one on &lt;a href=&quot;%1&quot;&gt;the server&apos;s token page&lt;/a&gt;.</source>
        <translation>Einen Token erstellen Sie auf der &lt;a href=&quot;%1&quot;&gt;Token-Seite des Servers&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Token page link</source>
        <translation>Link zur Token-Seite</translation>
    </message>
</context>
<context>
    <name>wharf::ui::TokenValueDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>wharf::ui::TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Transfer actions</source>
        <translation>Aktionen für Übertragungen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Abgeschlossene &amp;entfernen</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>&amp;Alle pausieren</translation>
    </message>
</context>
<context>
    <name>wharf::ui::TrayNotifier</name>
    <message>
        <source>There is no system tray.</source>
        <translation>Es gibt keinen Systemabschnitt der Kontrollleiste.</translation>
    </message>
    <message>
        <source>system tray</source>
        <translation>Systemabschnitt der Kontrollleiste</translation>
    </message>
</context>
<context>
    <name>wharf::ui::WebEngineBrowser</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The embedded browser stopped (exit code %1).</source>
        <translation>Der eingebettete Browser wurde beendet (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>wharf::ui::WebSsoDialog</name>
    <message>
        <source>single sign-on</source>
        <translation>Single Sign-on</translation>
    </message>
    <message>
        <source>Sign in to %1 with %2</source>
        <translation>Bei %1 mit %2 anmelden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sign in on the page below. Wharf takes over once the server has signed you in.</source>
        <translation>Melden Sie sich auf der Seite unten an. Sobald der Server Sie angemeldet hat, übernimmt Wharf.</translation>
    </message>
    <message>
        <source>Sign in on the web instead, make an API token there and paste it here.</source>
        <translation>Melden Sie sich stattdessen im Web an, erzeugen Sie dort ein API-Token und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>Note: this server does not let accounts of this sign-in make API tokens; ask its administrators.</source>
        <translation>Hinweis: Dieser Server erlaubt Konten dieser Anmeldung keine API-Tokens; fragen Sie seine Administratoren.</translation>
    </message>
    <message>
        <source>API tokens are made at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>API-Tokens werden unter &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; erzeugt.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Signed in on the web. Making an API token for Wharf…</source>
        <translation>Im Web angemeldet. Wharf erzeugt ein API-Token …</translation>
    </message>
    <message>
        <source>Checking the token and storing it…</source>
        <translation>Das Token wird geprüft und gespeichert …</translation>
    </message>
    <message>
        <source>The sign-in did not finish.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>wharf::ui::WelcomePage</name>
    <message>
        <source>Welcome to Wharf</source>
        <translation>Willkommen bei Wharf</translation>
    </message>
    <message>
        <source>Add an account to get started: a Contaxy, Project-W or IVCAP server.</source>
        <translation>Fügen Sie ein Konto hinzu, um loszulegen: einen Contaxy-, Project-W- oder IVCAP-Server.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
</context>
</TS>
