# KSyntaxHighlighting for Qt 6: the system's KF6 build, else KF5 5.116 built against Qt 6 into a
# private prefix by scripts/lib/ksyntax.sh (Debian 12 only ships a Qt 5 build). That library has
# the SONAME of Debian's Qt 5 build, so it is looked up only in its prefix and reached through
# the build RPATH that CMake adds for it. Installed binaries need the library shipped in a
# private directory (e.g. lib/wharf) plus an INSTALL_RPATH of $ORIGIN/../lib/wharf.
set(WHARF_KSYNTAX_PREFIX "" CACHE PATH
    "Private KSyntaxHighlighting prefix (scripts/lib/ksyntax.sh --print-prefix); empty: system KF6")
# Without an explicit prefix, use the cache scripts/deps fills, so plain presets work too.
if(NOT WHARF_KSYNTAX_PREFIX)
    foreach(candidate "$ENV{WHARF_KSYNTAX_CACHE}/prefix" "$ENV{WHARF_CACHE}/ksyntax/prefix" "$ENV{XDG_CACHE_HOME}/wharf/ksyntax/prefix"
                      "$ENV{HOME}/.cache/wharf/ksyntax/prefix")
        if(candidate STREQUAL "/prefix")
            continue() # WHARF_KSYNTAX_CACHE unset
        endif()
        if(EXISTS "${candidate}/include")
            set(WHARF_KSYNTAX_PREFIX "${candidate}")
            break()
        endif()
    endforeach()
endif()
find_package(KF6SyntaxHighlighting QUIET)
if(KF6SyntaxHighlighting_FOUND)
    set(WHARF_KSYNTAX_TARGET KF6::SyntaxHighlighting)
else()
    if(NOT WHARF_KSYNTAX_PREFIX STREQUAL WHARF_KSYNTAX_PREFIX_USED)
        unset(KF5SyntaxHighlighting_DIR CACHE) # another prefix: do not keep the old find result
    endif()
    set(WHARF_KSYNTAX_PREFIX_USED "${WHARF_KSYNTAX_PREFIX}" CACHE INTERNAL "")
    if(WHARF_KSYNTAX_PREFIX)
        find_package(KF5SyntaxHighlighting 5.116 QUIET PATHS ${WHARF_KSYNTAX_PREFIX} NO_DEFAULT_PATH)
    endif()
    if(NOT KF5SyntaxHighlighting_FOUND)
        message(FATAL_ERROR "KSyntaxHighlighting for Qt 6 not found (WHARF_KSYNTAX_PREFIX="
                "\"${WHARF_KSYNTAX_PREFIX}\"). Run scripts/deps, which builds it once, then "
                "configure with -DWHARF_KSYNTAX_PREFIX=$(scripts/lib/ksyntax.sh --print-prefix); "
                "or install KF6SyntaxHighlighting (Debian 13: libkf6syntaxhighlighting-dev).")
    endif()
    get_target_property(ksyntax_deps KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
    if(ksyntax_deps MATCHES "Qt5::")
        message(FATAL_ERROR "${WHARF_KSYNTAX_PREFIX} holds a Qt 5 build of KSyntaxHighlighting")
    endif()
    set(WHARF_KSYNTAX_TARGET KF5::SyntaxHighlighting)
endif()
add_library(wharf_ksyntax INTERFACE)
target_link_libraries(wharf_ksyntax INTERFACE ${WHARF_KSYNTAX_TARGET})
