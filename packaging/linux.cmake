# Linux: DEB + TGZ. Included by packaging/CMakeLists.txt; checked by tests/packaging/deb_smoke.py.

# --- KSyntaxHighlighting ------------------------------------------------------------------
# The private Qt 6 build (scripts/lib/ksyntax.sh) has the SONAME of Debian's Qt 5 library,
# libKF5SyntaxHighlighting.so.5. It is shipped in a folder of our own that only our binaries'
# RUNPATH names, so neither program can ever load the other's copy. Its syntax definitions and
# themes are compiled into the library as Qt resources: no data files to install. Its catalogue
# of translated definition names is left out: its path would be that of the file in Debian's
# libkf5syntaxhighlighting-data. With a system KF6, shlibdeps simply depends on that package.
set(WHARF_PRIVATE_LIBDIR lib/wharf)
if(WHARF_KSYNTAX_TARGET STREQUAL "KF5::SyntaxHighlighting")
    get_target_property(ksyntax_configs KF5::SyntaxHighlighting IMPORTED_CONFIGURATIONS)
    list(GET ksyntax_configs 0 ksyntax_config)
    get_target_property(ksyntax_file KF5::SyntaxHighlighting IMPORTED_LOCATION_${ksyntax_config})
    get_filename_component(ksyntax_name "${ksyntax_file}" NAME)
    install(IMPORTED_RUNTIME_ARTIFACTS KF5::SyntaxHighlighting
            LIBRARY DESTINATION ${WHARF_PRIVATE_LIBDIR})
    # Its own RUNPATH names the build machine's cache; the Qt it needs is on the system path.
    install(CODE "file(RPATH_REMOVE FILE
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${WHARF_PRIVATE_LIBDIR}/${ksyntax_name}\")")
    # Every installed binary that links wharf_ui (only wharf so far) needs this RUNPATH.
    set_target_properties(wharf PROPERTIES INSTALL_RPATH "$ORIGIN/../${WHARF_PRIVATE_LIBDIR}")
endif()

# --- Run-time dependencies that shlibdeps cannot see ---------------------------------------
# QtKeychain dlopen()s libsecret. The window icon is an SVG, drawn by Qt's SVG icon engine
# plugin: depend on the package that ships that plugin on the build system (libqt6svg6 on
# Debian 12; later releases move the plugins to qt6-svg-plugins).
find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)
set(WHARF_DEB_SVG_PLUGIN_PACKAGE "" CACHE STRING
    "Debian package with Qt's SVG icon engine plugin; empty: ask dpkg at configure time")
set(svg_plugin_package "${WHARF_DEB_SVG_PLUGIN_PACKAGE}")
if(NOT svg_plugin_package AND TARGET Qt6::QSvgIconPlugin)
    get_target_property(svg_configs Qt6::QSvgIconPlugin IMPORTED_CONFIGURATIONS)
    list(GET svg_configs 0 svg_config)
    get_target_property(svg_plugin Qt6::QSvgIconPlugin IMPORTED_LOCATION_${svg_config})
    find_program(WHARF_DPKG_QUERY dpkg-query)
    if(WHARF_DPKG_QUERY AND svg_plugin)
        execute_process(COMMAND ${WHARF_DPKG_QUERY} -S "${svg_plugin}"
                        OUTPUT_VARIABLE svg_owner ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        string(REGEX MATCH "^[a-z0-9][a-z0-9.+-]*" svg_plugin_package "${svg_owner}")
    endif()
endif()
if(NOT svg_plugin_package)
    set(svg_plugin_package libqt6svg6)
endif()

# --- CPack --------------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr) # the TGZ uses "/" instead, see CPackOptions.cmake
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/CPackOptions.cmake)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # needs the packages file and dpkg-dev
# dpkg-shlibdeps runs in the staging root; the private library resolves from there.
string(REGEX REPLACE "^/+" "" deb_prefix "${CPACK_PACKAGING_INSTALL_PREFIX}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${deb_prefix}/${WHARF_PRIVATE_LIBDIR}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, ${svg_plugin_package}")
# Keychain service; Qt's own catalogues (standard buttons, dialogs); native Wayland windows.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
