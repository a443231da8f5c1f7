<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent a web page instead of data. Is the server address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply has an unexpected shape: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not readable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyAuth</name>
    <message>
        <source>The server accepted the sign-in but sent no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user record has no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyDeployInput</name>
    <message>
        <source>Enter the container image, for example nginx:1.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container image has no blanks and at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name: the id is made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name needs 4 to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has more than 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1: a name has letters, digits and underscores and does not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs have no endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1: write a port (1–65535), optionally followed by b and a path, like 8080, 9001/webapp/ui or 9002b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max CPUs must be between 0 and 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max memory cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max memory must be at least 5 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max GPUs cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume path is a path inside the container, starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyDeploymentModel</name>
    <message>
        <source>%1 CPUs</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyDocuments</name>
    <message>
        <source>a document without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no json_value string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the json_value of document %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection name has 1 to 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, &quot;-&quot; and &quot;_&quot; in a collection name, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key has 1 to 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key cannot contain &quot;/&quot;, &quot;~&quot; or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key cannot be &quot;.&quot; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty; it must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document must be a JSON object ({ … }), not a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document must be a JSON object ({ … }), not an array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyExtensions</name>
    <message>
        <source>%1 is no endpoint: write a port, optionally followed by b and a path, like 8080/webapp/ui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type is project-extension or user-extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension without an id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyFiles</name>
    <message>
        <source>a file without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name (with its folders) has 1 to 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name cannot contain &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name cannot contain &quot;~&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last part of a file name has 1 to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyMembers</name>
    <message>
        <source>a user without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member without a read, write or admin permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managing members needs admin access to the project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyProjects</name>
    <message>
        <source>a project without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project ID has 4 to 25 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and single hyphens between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID is reserved by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has 4 to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxySso</name>
    <message>
        <source>The server&apos;s answer to &quot;is single sign-on enabled&quot; is neither 0 nor 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxySystem</name>
    <message>
        <source>system info without a system_state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyTokens</name>
    <message>
        <source>a token without its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the new token as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session tokens cannot be revoked; they expire by themselves after a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a resource, such as projects/my-project, or * for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource is a path such as projects/my-project/files: letters, digits and . _ - ~ : / only, or * alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level is read, write or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope is RESOURCE#LEVEL, such as projects/my-project#read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description has at most 240 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContaxyUsers</name>
    <message>
        <source>a user without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name must not be an e-mail address (no @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managing users needs the permission users#admin of a system admin (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or e-mail address is taken (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedBrowser</name>
    <message>
        <source>This copy of Wharf was built without an embedded browser (Qt WebEngine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser is turned off (WHARF_NO_WEBENGINE is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser is turned off in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IvcapServices</name>
    <message>
        <source>Unexpected service list from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonArraySplitter</name>
    <message>
        <source>an element was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or ] at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced } at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more data after the list at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonStringDecoder</name>
    <message>
        <source>%1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not a JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control character inside the JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invalid escape in the JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invalid \u escape in the JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More data after the JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON string breaks off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFollower</name>
    <message>
        <source>The log is not readable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformKind</name>
    <message>
        <source>Unknown platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectWAuth</name>
    <message>
        <source>The server accepted the sign-in but sent no session token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user record has no email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectWJobs</name>
    <message>
        <source>expected a number of jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job id that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the transcript as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not audio or video (it looks like %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating into English needs audio in another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the id of the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles (.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web subtitles (.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table (.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON with timings (.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Enter the proxy server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the host name of the proxy, without &quot;http://&quot; or &quot;socks5://&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>every Project-W route already starts with /api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/app is Contaxy&apos;s web app; its API is served at /api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every IVCAP API path already starts with /1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the API&apos;s documentation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the API&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1 instead of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInInfo</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect, renewed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token, renewed while in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <source>The server sent an event line longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDecode</name>
    <message>
        <source>The server&apos;s text is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send the text as a JSON string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebSso</name>
    <message>
        <source>The server&apos;s reply has an unexpected shape (expected a token string).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebSsoDialog</name>
    <message>
        <source>Sign in with single sign-on (browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 (browser)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf</name>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name must be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name must not contain control characters or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains the character &quot;%1&quot;, which is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address does not start with a valid scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are supported, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; enter them when signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a fragment (the part after &quot;#&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out &quot;#%1&quot;: that is a page of the web app, not part of the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf-cli</name>
    <message>
        <source>unknown command: %1 (see wharf-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust this certificate, add the account with --pin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set WHARF_TOKEN or pass --token-stdin to use a token without storing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot; (see: wharf-cli accounts list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin: no token on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. Add one with: wharf-cli accounts add NAME URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;: use contaxy, projectw or ivcap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no password sign-in; use --token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name is needed (--username USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted as job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1 (use txt, srt, vtt, tsv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a job id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the default account now; -a can be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new session could not be ended on the server either: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new session was ended on the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the stored token of %1, but the server did not end the session: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts that token. If another program got a newer one for the same session, the session stays valid until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a token from standard input and store nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the account names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the accounts with platform, server and user; * marks the default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform, instead of detecting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account (platform detected from the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an account. Addresses copied from a web app or from the API documentation are read as the platform&apos;s API address, and wharf-cli says what it changed. The first account becomes the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an account and its stored secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an account the default, so -a can be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (password prompt, or --token-stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with a password (asked for without echo) or with a token read from stdin, and stores the token in the system keychain. Without a keychain nothing is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and delete the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the session on the server where the platform allows it and deletes the stored token. Exits non-zero when the server did not end the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who the account is signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the identity of the signed-in token and what still keeps it from working (an unverified e-mail address, terms of service to accept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only keys that start so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a project&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the files of a project (latest versions): size, modification time and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List transcription jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the newest 50 jobs: id, state, progress, file and why a job failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit audio or video for transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submits the file with the account&apos;s default settings and prints the new job&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to FILE instead of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a finished job&apos;s transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints each of the server&apos;s terms of service and whether you accepted its current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept after showing the text, without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and accept pending terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows each pending terms of service and asks whether you accept it; job commands are refused until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a shell completion script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bash: source &lt;(wharf-cli completion bash); zsh: wharf-cli completion zsh &gt; &quot;${fpath[1]}/_wharf-cli&quot;; fish: wharf-cli completion fish &gt; ~/.config/fish/completions/wharf-cli.fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to use (also -a; default: accounts use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for wharf-cli, a noun or a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shell %1: use bash, zsh or fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-a needs an account name (see: wharf-cli accounts list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1 %2 (see wharf-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for %2 (see wharf-cli %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 (see wharf-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available on %2 accounts such as %3 (it works with %4 accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account given: use -a ACCOUNT, or choose a default with: wharf-cli accounts use ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wharf-cli [--json] NOUN VERB [-a ACCOUNT] [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to use instead of the keychain; nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases (the commands of earlier versions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 authentication, 3 network or TLS, 4 server error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with %1 accounts; -a ACCOUNT (or --account) picks one, else the default (wharf-cli accounts use ACCOUNT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server replaced the session token, and the new one could not be stored: %1
The stored token no longer works; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the server replaced the session token from WHARF_TOKEN or --token-stdin with a new one during this command; the old value no longer works and the new one was not kept. Use an API token instead, which the server never replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: %1. wharf-cli stores no secrets in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in to %1 (run: wharf-cli login -a %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and accept them with: wharf-cli tos accept -a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link the server sent to your e-mail address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address not verified: open the link the server sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms of service: accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms of service to accept: %1 (run: wharf-cli tos accept -a %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no terms of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to accept: every terms of service is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept these terms? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted: %1 (pass --yes to accept without asking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a project&apos;s services and jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the services and jobs of a project: kind, status, id and image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a service or a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the service or job with this id; its container stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep printing new lines as they are logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the log of a service or a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the whole log; with --follow keeps polling and prints each new line once (with --json: arrays of lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s tokens instead of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the secret token values too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists your stored API tokens (or a project&apos;s): description, type, purpose, scopes and creation time. The secret values only with --show-values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A right of the token, such as projects/demo#read (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the project&apos;s own token instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project token&apos;s level (default: write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token and print it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an API token (kept until revoked) or a session token (expires after 15 minutes) with the given scopes, which cannot exceed your own rights, and prints it. With --project, prints the project&apos;s API token at --level instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes the token. The server caches tokens, so a revoked token may keep working for up to 5 minutes. Session tokens cannot be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents a PostgreSQL SQL/JSON path selects, such as &apos;$ ? (@.n &gt; 3)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the JSON documents of a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists key, last change and content of each document. The server cannot list collections; an unknown one lists as empty. A bare comparison such as &apos;$.n &gt; 3&apos; matches every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse to replace a document that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or replace a JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the JSON object in FILE (- for standard input) under KEY, replacing the document there unless --no-upsert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a JSON document with a merge patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the JSON object in FILE (- for standard input) as an RFC 7396 merge patch: members are set, null removes a member, nested objects are merged and arrays replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is api or session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project gets the project&apos;s own token: use --level, not --scope, --type or --description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level is read, write or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level goes with --project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the token&apos;s rights with --scope RESOURCE#LEVEL (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked; the server caches tokens, so it may keep working for up to 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service or job %1 in project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input cannot carry both the token and the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a job instead of a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name (4-128 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment variable (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service endpoint such as 8080 or 9001/ui (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most MB megabytes of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a container image as a service or a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys IMAGE in the project. Without --name the server suggests one. The id of the new deployment is made from the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or run a deployment&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without ACTION lists the actions of the service or job (start, stop, restart, access-PORT); with ACTION runs it. An access action prints the address to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the projects you can open, your home project included: ID and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ID (default: suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a project named NAME (4 to 128 characters) with the ID the server suggests for it, or --id. You become its admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a project&apos;s name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete without asking for the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the project for every member after the ID is typed again (or with --yes). Its files stay on the server but can no longer be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a project&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists access level, user name and e-mail of each member. The server wants write access to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access level (default: write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member or change a member&apos;s level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives USER (a user name, e-mail or ID) the access level, replacing one held before. Only the project&apos;s admins may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a member from a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the suggested ID as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --name, --description or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 removes it for every member. Type the project ID to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deleted: the ID did not match (pass --yes to delete without asking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1 (its files stay on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level is read, write or admin, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user is called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 access to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env takes KEY=VALUE, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store one FILE under KEY (a path such as data/train.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload into FOLDER of the project (such as data/raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files and folders into a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads each FILE under its own name and each folder with everything in it, keeping the folder&apos;s name and inner paths in the keys. Uploading a key again makes a new version. A progress bar shows on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save into DIR (default: here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files that exist already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version of one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download files or whole folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads each KEY; a KEY ending in / is a folder, downloaded with every file below it into a folder of its name. Names are made safe for this system. Existing files are never replaced without --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete only that version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete only the older versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a KEY ending in / delete every file below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete files, versions or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes each KEY with all its versions, or one --version, or with --keep-latest every version but the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the versions of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every version the server keeps of KEY, oldest first: size, time and version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file is called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key takes one FILE, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 100000 files: upload in parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes one KEY of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exist(s) already (pass --force to replace): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes one KEY of a file and no --keep-latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: pass --recursive to delete every file below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the older versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the server&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists ID, user name, e-mail and flags (technical, disabled, sso-only) of every user. Only a system admin&apos;s token gets whole records (--json adds created_at then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the user NAME with a password asked for twice without echo (or read with --password-stdin). Needs users#admin unless the server lets people sign up themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the user with this ID after it is typed again (or with --yes): sign-in, tokens and permissions go, the home project stays. Only system admins (users#admin) may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin and --token-stdin both read standard input; give the token in WHARF_TOKEN instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 removes the user&apos;s sign-in, tokens and permissions. Type the user ID to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user has the ID %1 (see: wharf-cli users ls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a project&apos;s extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the extensions the project can use, its own and the global ones: id, type, status, image and the address of the web UI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the extension is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project or a user extension (default: project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint of its web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint of its API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API operation it takes over (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install an extension in a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys IMAGE as an extension of the project. Without --name the image&apos;s last part names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the extension. Contaxy 0.0.23 does not implement this yet and answers 500; wharf-cli then shows the server&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort transcription jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborts each queued or running JOB; it ends as failed (&quot;Job was aborted&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete finished transcription jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes each JOB with its transcript. Only finished jobs can go: the server refuses the whole list otherwise, so abort running ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job is a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Account</name>
    <message>
        <source>The account has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not in its normal form (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of server (Contaxy, Project-W or IVCAP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must not start or end with a space or contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint must be a SHA-256 digest in hex.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AccountListModel</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AccountStore</name>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AccountTreeModel</name>
    <message>
        <source>%1 — %2 at %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a known language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a download folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot save files in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Application</name>
    <message>
        <source>Desktop client for Contaxy, Project-W and IVCAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start against a local sandbox of the three platforms with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account for URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance for this run: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show first (a page id or an account name; signin:NAME for the sign-in dialog).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyDeploymentModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyDocumentModel</name>
    <message>
        <source>%1
Created %2
Updated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) deleted.</source>
        <translation>
            <numerusform>%n document deleted.</numerusform>
            <numerusform>%n documents deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyExtensionModel</name>
    <message>
        <source>%1
Takes over: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyFileDetails</name>
    <message>
        <source>A display name has 4 to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description has at most 240 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every metadata entry needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyFileModel</name>
    <message>
        <source>%1
Version %2
MD5 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) deleted.</source>
        <translation>
            <numerusform>%n file deleted.</numerusform>
            <numerusform>%n files deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n file(s)</source>
        <translation>
            <numerusform>%1
%n file</numerusform>
            <numerusform>%1
%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder, %n file(s)</source>
        <translation>
            <numerusform>Folder, %n file</numerusform>
            <numerusform>Folder, %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older versions of %n file(s) deleted.</source>
        <translation>
            <numerusform>Older versions of %n file deleted.</numerusform>
            <numerusform>Older versions of %n files deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyFileVersionModel</name>
    <message>
        <source>%1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older versions deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyMemberModel</name>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 with %2 access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access level of %1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed but not added again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has %2 access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyProjectModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the suggested ID as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyTokenModel</name>
    <message>
        <source>Wharf is signed in to this account with this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1. The server may still accept it for up to %n minute(s).</source>
        <translation>
            <numerusform>Revoked %1. The server may still accept it for up to %n minute.</numerusform>
            <numerusform>Revoked %1. The server may still accept it for up to %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ContaxyUserModel</name>
    <message>
        <source>technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single sign-on only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the user %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IvcapServiceModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::PlatformProbe</name>
    <message>
        <source>%1 answered with web pages instead of API data. It does not look like a Contaxy, Project-W or IVCAP server; check the address (Contaxy&apos;s API may live under /api).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Contaxy, Project-W or IVCAP server (none of their discovery addresses answered). Check the address, or choose the platform yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ProjectWJobModel</name>
    <message>
        <source>Waiting for a runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1, language %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job settings were refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not abort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) deleted.</source>
        <translation>
            <numerusform>%n job deleted.</numerusform>
            <numerusform>%n jobs deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::Sandbox</name>
    <message>
        <source>The sandbox needs Wharf&apos;s source tree and Debian&apos;s Python with FastAPI (looked for %1). Run scripts/run from a clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the sandbox launcher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox servers did not start (exit code %1); their logs are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server %1 did not report its address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::TransferModel</name>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::TransferWiring</name>
    <message>
        <source>Removed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::app::SingleInstance</name>
    <message>
        <source>Too many arguments to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running instance did not accept the hand-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running instance closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running instance did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another launch is still starting up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::AccountSession</name>
    <message>
        <source>No credential store is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer password sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::CredentialStore</name>
    <message>
        <source>Invalid account id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::KeychainBackend</name>
    <message>
        <source>No saved credentials for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Wharf will not store secrets in plain text; install and unlock a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service (org.freedesktop.secrets) or KWallet runs on the session bus, and none can be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::KeychainCredentialStore</name>
    <message>
        <source>The credential store was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved credentials are incomplete (%1); sign in again to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved credentials could not be read; sign in again to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::MemoryCredentialStore</name>
    <message>
        <source>sandbox (in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved credentials for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::WebSessionExchange</name>
    <message>
        <source>The sign-in page ended without a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow API tokens for this sign-in, so Wharf keeps the web session, which ends when the server says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token could be made (%1), so Wharf keeps the web session&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web session could not be ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc</name>
    <message>
        <source>The identity token is signed with an unsupported algorithm (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key set has no key for the identity token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued by &quot;%1&quot;, not by the expected provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token is meant for another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued to another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token names no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token has expired. Check that this computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued in the future. Check that this computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (nonce mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was declined in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before it was confirmed. Start again to get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (it was revoked, expired or already used). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider does not accept this application (%1). Ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused the requested permissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider is having problems; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token is not a valid JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s configuration names the issuer &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s configuration has no usable token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider offers no sign-in method this application supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s reply has no bearer access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::AuthorizationCodeFlow</name>
    <message>
        <source>This sign-in response does not belong to the sign-in in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response came from an unexpected identity provider (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser sign-in was not completed in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider sent no identity token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::DeviceFlow</name>
    <message>
        <source>The identity provider&apos;s reply has no usable sign-in code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::IdTokenCheck</name>
    <message>
        <source>Could not fetch the identity provider&apos;s keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::LoopbackListener</name>
    <message>
        <source>Could not open a local port for the browser to return to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window and return to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::auth::oidc::TokenLifecycle</name>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid refresh token; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ivcap</name>
    <message>
        <source>&quot;%1&quot; is missing or not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; lacks &quot;client-id&quot; or &quot;audience&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s sign-in description (authinfo.yaml) is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version &quot;%1&quot; (Wharf understands version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no identity providers are listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ivcap::IvcapSignIn</name>
    <message>
        <source>Asking the server for its identity provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s sign-in settings (authinfo.yaml) cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to confirm the code in a browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the identity provider for a sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::net</name>
    <message>
        <source>The server rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in, or the session has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict with the current state on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s gateway could not reach the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to handle the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML document is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected one YAML document, found several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused YAML document: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::net::ApiCall</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is the server running and the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the reply was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (SHA-256 %2). Trust it only if it matches the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to an insecure address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 was not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::net::Builder</name>
    <message>
        <source>aliases are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only text keys are allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::net::ConnectionMonitor</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::notify::DBusNotifier</name>
    <message>
        <source>desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notification service answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many notifications at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop notification service is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::notify::LogNotifier</name>
    <message>
        <source>This desktop has no notification service or system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::transfer::Transfer</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say where to upload (no Location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an invalid upload offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download ended early (%1 of %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::transfer::TransferQueue</name>
    <message>
        <source>Its address held a secret that is never saved; start this transfer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted when Wharf quit; this upload cannot resume. Retry sends the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::AboutDialog</name>
    <message>
        <source>About Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop client for Contaxy, Project-W and IVCAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies versions, accounts and recent log lines (without passwords or tokens) for a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breeze by the KDE community, LGPL-3 (licence texts in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::AccountPage</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the connection now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in (checking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(renewed before then)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Work Contaxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server&apos;s certificate (SHA-256 %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::AddMemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user is a member already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::BreadcrumbBar</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ConnectionStatus</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the connection now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (next try in %n s)</source>
        <translation>
            <numerusform> (next try in %n s)</numerusform>
            <numerusform> (next try in %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyDeploymentsPage</name>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the log of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of %1: %2 Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Following the log of %1: %n line(s)</source>
        <translation>
            <numerusform>Following the log of %1: %n line</numerusform>
            <numerusform>Following the log of %1: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>The log of %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not logged anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log of %1: %n line(s)</source>
        <translation>
            <numerusform>Log of %1: %n line</numerusform>
            <numerusform>Log of %1: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the service %1? Its container stops and its log is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the job %1? Its container stops and its log is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;ploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyDocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON path filter, e.g. $ ? (@.n &gt; 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL SQL/JSON path such as $ ? (@.status == &quot;done&quot;) or $.tags[*] ? (@ == &quot;x&quot;). A bare comparison such as $.n &gt; 3 matches every document. Press Return to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot list collections: type a name to open one (a new one is made when its first document is saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a collection by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) match the filter</source>
        <translation>
            <numerusform>%n document matches the filter</numerusform>
            <numerusform>%n documents match the filter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the document &quot;%1&quot; from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s) from %1?</source>
        <translation>
            <numerusform>Delete %n document from %1?</numerusform>
            <numerusform>Delete %n documents from %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyExtensionsPage</name>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extension</numerusform>
            <numerusform>%n extensions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no web UI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the extension %1 from %2? Its container stops, and what it took over goes back to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyFilesPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) queued.</source>
        <translation>
            <numerusform>%n upload queued.</numerusform>
            <numerusform>%n uploads queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) queued into %1.</source>
        <translation>
            <numerusform>%n download queued into %1.</numerusform>
            <numerusform>%n downloads queued into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) copied.</source>
        <translation>
            <numerusform>%n key copied.</numerusform>
            <numerusform>%n keys copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with all its versions from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) with all their versions from %1?</source>
        <translation>
            <numerusform>Delete %n file with all their versions from %1?</numerusform>
            <numerusform>Delete %n files with all their versions from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers are not ready yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many files at once; upload the folder in smaller parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Older Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) here, %1 in the project</source>
        <translation>
            <numerusform>%n item here, %1 in the project</numerusform>
            <numerusform>%n items here, %1 in the project</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) queued into %1.</source>
        <translation>
            <numerusform>%n upload queued into %1.</numerusform>
            <numerusform>%n uploads queued into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a Folder to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files Exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the files exist already in %1. Replace them?</source>
        <translation>
            <numerusform>%n of the files exists already in %1. Replace it?</numerusform>
            <numerusform>%n of the files exist already in %1. Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) copied; opening one needs your sign-in.</source>
        <translation>
            <numerusform>%n address copied; opening it needs your sign-in.</numerusform>
            <numerusform>%n addresses copied; opening one needs your sign-in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected files have no older versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the older versions of %n file(s) in %1? The latest stay.</source>
        <translation>
            <numerusform>Delete the older versions of %n file in %1? The latest stays.</numerusform>
            <numerusform>Delete the older versions of %n files in %1? The latest stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Older Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyMembersPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Access &amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the project? They lose access to its files, deployments and documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project&apos;s only admin: make another member admin first, or nobody could manage the project&apos;s members any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyProjectPage</name>
    <message>
        <source>Project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home project: it comes with your user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 removes it for every member; its files stay on the server but can no longer be reached. Type the project ID to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID did not match; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyServerPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh server information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up yet: sign in to set it up and create its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the server information: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxySignUpPanel</name>
    <message>
        <source>Set &amp;Up Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has not been set up yet: nobody can sign in or create an account until it has its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this server? It creates the administrator &quot;%1&quot; with the password &quot;%2&quot;, which anyone who can reach the server could use: change it right after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has been set up already; sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was not set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is set up. Sign in as &quot;%1&quot; with the password &quot;%2&quot; and change that password straight away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyTokensPage</name>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by description or scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the session token now: the server does not keep it, so it cannot be shown again. It expires after 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token now and keep it somewhere safe: whoever holds it can act with its scopes until it is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot;. Whoever holds it can act with its scopes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Programs that use it will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server caches tokens, so a revoked token may keep working for up to %n minute(s).</source>
        <translation>
            <numerusform>The server caches tokens, so a revoked token may keep working for up to %n minute.</numerusform>
            <numerusform>The server caches tokens, so a revoked token may keep working for up to %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wharf is signed in with this token: this account will be signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server caches tokens for up to %n minute(s): a revoked token, or the one of an account that signed out, may keep working that long.</source>
        <translation>
            <numerusform>The server caches tokens for up to %n minute: a revoked token, or the one of an account that signed out, may keep working that long.</numerusform>
            <numerusform>The server caches tokens for up to %n minutes: a revoked token, or the one of an account that signed out, may keep working that long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ui::ContaxyUsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, e-mail or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is no system admin: the server shows it names and e-mail addresses only, and creating or deleting users needs the permission users#admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user %1 (%2)? Their sign-in, tokens and permissions go at once; their home project stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::CreateTokenDialog</name>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project token is an API token for everything in the project at the chosen level. The server makes one per level and hands out the same one when asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (kept until revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token (expires after 15 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the token is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects/my-project, or * for everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1 A token can have at most the rights you have yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::CreateUserDialog</name>
    <message>
        <source>Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is created on the server; Wharf then signs in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user can sign in with this name or e-mail address and gets a home project of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not let people create their own accounts; ask its administrator for one. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::DeployDialog</name>
    <message>
        <source>S&amp;uggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (keeps running, can have endpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job (runs to completion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example nginx:1.25 or ghcr.io/org/app:tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for a configuration for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 128 characters; the id is made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports, separated by blanks: 8080 9001/webapp/ui 9002b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path in the container kept across restarts, e.g. /data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces the image&apos;s entrypoint; quote as in a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the image&apos;s default arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End&amp;points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the container image to get a suggestion for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment with this name exists already: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::DocumentEditDialog</name>
    <message>
        <source>New Document in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is still being saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::EditProjectDialog</name>
    <message>
        <source>Edit Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::FilePropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Older Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Older Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every version of %1 but the latest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Modified %4 by %5&lt;br&gt;Created %6 by %7&lt;br&gt;MD5 %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::InstallExtensionDialog</name>
    <message>
        <source>S&amp;uggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example ghcr.io/org/extension:1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for a configuration for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports, separated by blanks: 8080 9001/ui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint of its web UI, e.g. 8080/webapp/ui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web UI endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint of its API, e.g. 8080/extension/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation ids it takes over, e.g. list_files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End&amp;points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web UI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capabilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment line is KEY=VALUE, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::IvcapServicesPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter loaded services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n service loaded; scroll for more</numerusform>
            <numerusform>%n services loaded; scroll for more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) copied.</source>
        <translation>
            <numerusform>%n id copied.</numerusform>
            <numerusform>%n ids copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1
Tags: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::IvcapSignInPanel</name>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a &amp;code on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied. Paste it into a browser to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your browser did not open, open this link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this link in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up how this server signs users in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your organisation&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any device, open %1 and confirm the code below. The code expires at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::JsonView</name>
    <message>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::LogView</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep loading new lines as they are logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>%n matching line</numerusform>
            <numerusform>%n matching lines</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf — Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Switcher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus &amp;Account Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Raw Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its stored sign-in is deleted from the keychain; nothing on the server changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) still running.</source>
        <translation>
            <numerusform>%n transfer still running.</numerusform>
            <numerusform>%n transfers still running.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumable transfers continue the next time Wharf starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit and Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and &amp;Cancel Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf — transfers running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) received; open a Files or Jobs page to upload them.</source>
        <translation>
            <numerusform>%n file received; open a Files or Jobs page to upload them.</numerusform>
            <numerusform>%n files received; open a Files or Jobs page to upload them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) handed to %1.</source>
        <translation>
            <numerusform>%n file handed to %1.</numerusform>
            <numerusform>%n files handed to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project with the ID %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ProjectWJobsPage</name>
    <message>
        <source>&amp;Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript format</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Translate to English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper model for new jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken language of new jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit Audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit Audio or Video for Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) being saved into %1.</source>
        <translation>
            <numerusform>%n transcript being saved into %1.</numerusform>
            <numerusform>%n transcripts being saved into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not submitted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) being submitted</source>
        <translation>
            <numerusform>%n file being submitted</numerusform>
            <numerusform>%n files being submitted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::ui::ProxySettingsWidget</name>
    <message>
        <source>Use the s&amp;ystem proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intranet.example, .example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts and domains reached directly, separated by commas. Local addresses never use the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bypass the proxy for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts that bypass the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::QuickSwitcher</name>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an account or page name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::RawReplyDialog</name>
    <message>
        <source>Raw reply — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has not received a reply from the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::ResourcePage</name>
    <message>
        <source>Page actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Sign in to %1 to see this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;etwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when work finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so a proxy password cannot be saved. Wharf never writes passwords to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give access to the proxy password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the proxy password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1
Try again, or cancel to keep the previous settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::SignInDialog</name>
    <message>
        <source>With user name and &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an API &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one on &lt;a href=&quot;%1&quot;&gt;the server&apos;s token page&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token page link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::TokenValueDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::TrayNotifier</name>
    <message>
        <source>There is no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system tray</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::WebEngineBrowser</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::WebSsoDialog</name>
    <message>
        <source>single sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on the page below. Wharf takes over once the server has signed you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on the web instead, make an API token there and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this server does not let accounts of this sign-in make API tokens; ask its administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens are made at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in on the web. Making an API token for Wharf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token and storing it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ui::WelcomePage</name>
    <message>
        <source>Welcome to Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account to get started: a Contaxy, Project-W or IVCAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
