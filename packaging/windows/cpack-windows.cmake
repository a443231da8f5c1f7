# UNVERIFIED: this recipe has never been run; no Windows machine was available. It is kept so
# that a first Windows build starts from a plan, and it is included only on Windows.
#
# Windows installer: Qt's deployment script (windeployqt) copies Qt's DLLs, plugins (platform,
# styles, SVG icon engine, TLS backend) and Qt's own translations next to wharf.exe at install
# time; the other DLLs (QtKeychain, KSyntaxHighlighting, yaml-cpp, libcurl) come from a runtime
# dependency set; CPack's NSIS generator wraps the install tree into an installer.

set_target_properties(wharf PROPERTIES WIN32_EXECUTABLE ON) # GUI subsystem: no console window

# Qt 6.4 deploys for Windows and macOS (Linux only from 6.5).
qt_generate_deploy_app_script(TARGET wharf FILENAME_VARIABLE wharf_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${wharf_deploy_script})

# Non-Qt DLLs: everything the two executables load that is not part of Windows itself.
install(TARGETS wharf wharf-cli RUNTIME_DEPENDENCY_SET wharf_runtime_deps
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(RUNTIME_DEPENDENCY_SET wharf_runtime_deps
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"          # Qt: windeployqt's job
        POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*"
        DIRECTORIES $<TARGET_FILE_DIR:Qt6::Core>
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Wharf")
set(CPACK_PACKAGE_EXECUTABLES "wharf;Wharf") # Start menu shortcut
set(CPACK_NSIS_DISPLAY_NAME "Wharf ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Wharf")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\wharf.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (wharf-cli) on PATH
# An installer/exe icon needs an .ico; see README.md (render it from the SVG).
if(EXISTS ${CMAKE_CURRENT_BINARY_DIR}/wharf.ico)
    set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_BINARY_DIR}/wharf.ico)
    set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_BINARY_DIR}/wharf.ico)
endif()
