#pragma once

#include "common/resourcelistmodel.h"

#include <QSignalSpy>
#include <QTest>

namespace wharf::test {

// Waits until the model's loader is idle; false after `ms` or when the last load failed.
inline bool waitLoaded(const ResourceListModel &model, int ms = 10000)
{
    const bool idle = QTest::qWaitFor([&] { return !model.loader()->isLoading(); }, ms);
    return idle && !model.loader()->lastError();
}

// Pages the whole list in as a scrolling view would (canFetchMore/fetchMore), after any load
// already under way (QAbstractItemModelTester asks for the first page itself); true when the
// list ended without an error.
inline bool fetchAll(ResourceListModel &model, int maxPages = 1000)
{
    if (!waitLoaded(model))
        return false;
    for (int pages = 0; model.canFetchMore(QModelIndex()); ++pages) {
        if (pages == maxPages)
            return false;
        model.fetchMore(QModelIndex());
        if (!waitLoaded(model))
            return false;
    }
    return model.loader()->atEnd();
}

} // namespace wharf::test
