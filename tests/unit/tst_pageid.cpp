// Page ids: every form round-trips, ids with any characters survive, malformed ones are refused.
#include "common/pageid.h"

#include <QtTest>

using namespace wharf;

class TestPageId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("isProject");
        QTest::newRow("account") << "account/a1"
                                 << "a1"
                                 << ""
                                 << "" << false;
        QTest::newRow("account page") << "account/a1/jobs"
                                      << "a1"
                                      << ""
                                      << "jobs" << false;
        QTest::newRow("project") << "account/a1/project/p-1"
                                 << "a1"
                                 << "p-1"
                                 << "" << true;
        QTest::newRow("project page") << "account/a1/project/p-1/files"
                                      << "a1"
                                      << "p-1"
                                      << "files" << true;
        QTest::newRow("encoded") << "account/a%2Fb/project/x%20y/files"
                                 << "a/b"
                                 << "x y"
                                 << "files" << true;
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, account);
        QFETCH(QString, project);
        QFETCH(QString, key);
        QFETCH(bool, isProject);
        const auto id = PageId::parse(text);
        QVERIFY(id);
        QCOMPARE(id->accountId, account);
        QCOMPARE(id->projectId, project);
        QCOMPARE(id->key, key);
        QCOMPARE(id->project, isProject);
        QCOMPARE(id->toString(), text);
        QCOMPARE(id->isAccountPage(), !isProject && key.isEmpty());
    }

    void anyCharactersSurvive()
    {
        const PageId id = PageId::forProject(
            QStringLiteral("ä/ö #%?"), QStringLiteral("project/x"), QStringLiteral("files"));
        QCOMPARE(PageId::parse(id.toString()), std::optional<PageId>(id));
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"",
                                "account",
                                "account/",
                                "accounts/a",
                                "account/a/",
                                "account/a/b/c",
                                "account/a/project",
                                "account/a/project/",
                                "account/a/project/p/",
                                "account/a/project/p/k/more"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }

    void malformedRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!PageId::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestPageId)
#include "tst_pageid.moc"
