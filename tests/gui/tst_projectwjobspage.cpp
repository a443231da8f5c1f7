// The Project-W jobs page against the emulator with the real transfer queue: demo jobs show,
// a dropped audio file becomes a job (a dropped text file is refused, and the page says so),
// the status line counts submissions only while they are under way, a finished job is
// announced on the desktop, and "Save transcript" writes the chosen format into the download
// folder.
#include "accounts/accountstore.h"
#include "auth/memorycredentialstore.h"
#include "auth/sessionregistry.h"
#include "emulators.h"
#include "net/httpclient.h"
#include "notify/notifier.h"
#include "projectw/projectwjobmodel.h"
#include "projectw/projectwjobspage.h"
#include "projectw/transcripts.h"
#include "sessionhelpers.h"
#include "settings/appsettings.h"
#include "testfiles.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;

namespace {
// Keeps what would have gone to the desktop.
class RecordingNotifier : public notify::Notifier
{
public:
    explicit RecordingNotifier(QObject *parent)
        : Notifier(parent)
    { }
    QString backendName() const override { return QStringLiteral("test"); }
    QList<notify::Notification> shown;

protected:
    void deliver(quint64, const notify::Notification &notification) override
    {
        shown << notification;
    }
};
} // namespace

class TestProjectWJobsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_accountsFile, m_appFile;
    std::unique_ptr<AppSettings> m_appSettings;
    auth::SessionRegistry *m_sessions = nullptr;
    transfer::TransferQueue *m_queue = nullptr;
    std::unique_ptr<ui::ProjectWJobsPage> m_page;
    RecordingNotifier *m_notifier = nullptr;

    int rowOf(const QString &fileName) const
    {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (m_page->model()->job(row).fileName == fileName)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_accountsFile = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("a.ini")),
                                                     QSettings::IniFormat);
        m_appFile = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("app.ini")),
                                                QSettings::IniFormat);
        m_appSettings = std::make_unique<AppSettings>(m_appFile.get());
        QDir().mkpath(m_dir.filePath(QStringLiteral("downloads")));
        QVERIFY(m_appSettings->setDownloadFolder(m_dir.filePath(QStringLiteral("downloads"))));
        auto *credentials = new auth::MemoryCredentialStore(this);
        auto *accounts = new AccountStore(m_accountsFile.get(), credentials, this);
        Account account;
        account.displayName = QStringLiteral("Transcripts");
        account.serverUrl = test::emulator(QStringLiteral("projectw")).url;
        account.kind = PlatformKind::ProjectW;
        const QString id = accounts->add(account)->id;
        m_sessions = new auth::SessionRegistry(accounts, credentials, this);
        m_sessions->setMonitoringEnabled(false);
        QTRY_VERIFY(m_sessions->session(id));
        auth::AccountSession *session = m_sessions->session(id);
        QSignalSpy signedIn(session, &auth::AccountSession::signedIn);
        session->signInWithPassword(QStringLiteral("alice@example.test"),
                                    QStringLiteral("Alice-Password-1!"));
        QVERIFY(signedIn.wait(10000));
        m_queue = new transfer::TransferQueue(
            m_dir.filePath(QStringLiteral("queue")),
            [session](const QString &) { return test::settingsFor(session); },
            this);
        ui::AppContext context;
        context.accounts = accounts;
        context.credentials = credentials;
        context.sessions = m_sessions;
        context.settings = m_appSettings.get();
        m_notifier = new RecordingNotifier(this);
        context.notifier = m_notifier;
        m_page = std::make_unique<ui::ProjectWJobsPage>(
            ui::PageContext {context, PageId::forAccount(id, QStringLiteral("jobs")), m_queue, {}});
        m_page->resize(900, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activate();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("team-meeting.mp3")) >= 0, 10000);
    }

    void dropSubmitsAudioOnly()
    {
        QFile audio(test::writeWav(m_dir.filePath(QStringLiteral("interview.wav"))));
        QVERIFY(audio.exists());
        QFile text(m_dir.filePath(QStringLiteral("agenda.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not audio");
        text.close();

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(audio.fileName()), QUrl::fromLocalFile(text.fileName())});
        const QPoint at = m_page->view()->geometry().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &drop);
        QCOMPARE(m_queue->count(), 1);
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("agenda.txt")),
                 qPrintable(m_page->statusLabel()->text()));
        // Once uploaded, the job shows up and the runner takes it.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("interview.wav")) >= 0, 15000);
    }

    // Reported against a real server: "1 file being submitted" stayed after the upload had
    // completed and the job was done. The count follows the transfer, and the job takes over.
    void statusFollowsSubmission()
    {
        QFile audio(test::writeWav(m_dir.filePath(QStringLiteral("status-line.wav"))));
        QVERIFY(audio.exists());
        const int before = m_queue->count();
        QCOMPARE(m_page->submitFiles({audio.fileName()}), 1);
        QCOMPARE(m_queue->count(), before + 1);
        transfer::Transfer *upload = m_queue->at(before);
        QVERIFY(!upload->isFinished());
        QCOMPARE(m_page->submissionsUnderWay(), 1);
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("being submitted")),
                 qPrintable(m_page->statusLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(upload->isFinished(), 15000);
        QCOMPARE(upload->state(), transfer::Transfer::State::Completed);
        QCOMPARE(m_page->submissionsUnderWay(), 0);
        QVERIFY2(!m_page->statusLabel()->text().contains(QLatin1String("being submitted")),
                 qPrintable(m_page->statusLabel()->text()));
        // The job shows, runs and ends; the status line never goes back to the submission.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("status-line.wav")) >= 0, 15000);
        m_page->hide(); // as with the window minimised or in the tray
        QTRY_COMPARE_WITH_TIMEOUT(
            m_page->model()->job(rowOf(QStringLiteral("status-line.wav"))).step,
            projectw::Job::Step::Succeeded,
            20000);
        QVERIFY2(!m_page->statusLabel()->text().contains(QLatin1String("being submitted")),
                 qPrintable(m_page->statusLabel()->text()));
        // And the desktop hears of it, whether or not the window is in front.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_notifier->shown.cbegin(),
                                             m_notifier->shown.cend(),
                                             [](const notify::Notification &n) {
                                                 return n.kind
                                                     == notify::Notification::Kind::Success
                                                     && n.body == QLatin1String("status-line.wav");
                                             }),
                                 5000);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void takesHandedOverFiles()
    {
        QFile audio(test::writeWav(m_dir.filePath(QStringLiteral("handed-over.wav"))));
        QVERIFY(audio.exists());
        const int before = m_queue->count();
        QVERIFY(m_page->takeFiles({audio.fileName()}));
        QCOMPARE(m_queue->count(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("handed-over.wav")) >= 0, 15000);
    }

    void chosenSettingsGoWithTheJob()
    {
        QFile audio(test::writeWav(m_dir.filePath(QStringLiteral("german-small.wav"))));
        QVERIFY(audio.exists());
        auto *translate = m_page->findChild<QCheckBox *>();
        QVERIFY(translate);
        // Translating English into English is refused before anything is sent.
        m_page->languageBox()->setCurrentIndex(
            m_page->languageBox()->findData(QStringLiteral("en")));
        translate->setChecked(true);
        const int before = m_queue->count();
        QCOMPARE(m_page->submitFiles({audio.fileName()}), 0);
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("another language")));
        translate->setChecked(false);
        m_page->modelBox()->setCurrentIndex(m_page->modelBox()->findData(QStringLiteral("small")));
        m_page->languageBox()->setCurrentIndex(
            m_page->languageBox()->findData(QStringLiteral("de")));
        QCOMPARE(m_page->submitFiles({audio.fileName()}), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_queue->count(), before + 1, 10000); // after the settings
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("german-small.wav")) >= 0, 15000);
        const auto job = m_page->model()->job(rowOf(QStringLiteral("german-small.wav")));
        QCOMPARE(job.model, QStringLiteral("small"));
        QCOMPARE(job.language, QStringLiteral("de"));
        m_page->modelBox()->setCurrentIndex(0);
        m_page->languageBox()->setCurrentIndex(0);
    }

    void savesTranscriptInChosenFormat()
    {
        const int row = rowOf(QStringLiteral("team-meeting.mp3"));
        QVERIFY(row >= 0);
        m_page->view()->selectRow(row);
        QVERIFY(m_page->saveAction()->isEnabled());
        QVERIFY(!m_page->abortAction()->isEnabled()); // finished jobs cannot be aborted
        QVERIFY(m_page->deleteAction()->isEnabled());
        m_page->formatBox()->setCurrentIndex(2); // .vtt
        m_page->saveAction()->trigger();
        const QString saved = m_dir.filePath(QStringLiteral("downloads/team-meeting.vtt"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saved), 10000);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("WEBVTT\n"));
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("being saved")));
        // Through the transfer queue, so it shows in the transfers dock.
        bool queued = false;
        for (int i = 0; i < m_queue->count(); ++i)
            queued |= m_queue->at(i)->spec().owner == projectw::transcriptsOwner();
        QVERIFY(queued);
        // Activating a row saves too, and saving again never replaces the first file.
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->loader()->isLoading()
                                     && rowOf(QStringLiteral("team-meeting.mp3")) >= 0,
                                 10000);
        m_page->view()->setCurrentIndex(
            m_page->model()->index(rowOf(QStringLiteral("team-meeting.mp3")), 0));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Return); // activates the row, as double-click does
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(m_dir.filePath(QStringLiteral("downloads/team-meeting (2).vtt"))), 10000);
    }
};

QTEST_MAIN(TestProjectWJobsPage)
#include "tst_projectwjobspage.moc"
