#include "common/pageregistry.h"
#include "contaxy/contaxypages.h"
#include "ivcap/ivcappages.h"
#include "projectw/projectwpages.h"

namespace wharf::ui {

void registerAllPages()
{
    static const bool registered = [] {
        registerContaxyPages();
        registerProjectWPages();
        registerIvcapPages();
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace wharf::ui
