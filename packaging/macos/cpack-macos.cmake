# UNVERIFIED: this recipe has never been run; no macOS machine was available. It is kept so
# that a first macOS build starts from a plan, and it is included only on macOS.
#
# Wharf.app bundle with Info.plist from Info.plist.in; Qt's deployment script (macdeployqt)
# copies Qt's frameworks and plugins and the other non-system dylibs into the bundle at install
# time; CPack's DragNDrop generator makes the .dmg.

set_target_properties(wharf PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME wharf
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in)
# The .icns is made from the PNG sizes with iconutil (README.md); added when present.
set(wharf_icns ${CMAKE_CURRENT_BINARY_DIR}/wharf.icns)
if(EXISTS ${wharf_icns})
    target_sources(wharf PRIVATE ${wharf_icns})
    set_source_files_properties(${wharf_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()

# The bundle goes to the top of the install tree; wharf-cli inside it, next to wharf.
install(TARGETS wharf BUNDLE DESTINATION .)
install(TARGETS wharf-cli RUNTIME DESTINATION Wharf.app/Contents/MacOS)

qt_generate_deploy_app_script(TARGET wharf FILENAME_VARIABLE wharf_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${wharf_deploy_script})

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Wharf")
set(CPACK_PACKAGE_FILE_NAME "Wharf-${PROJECT_VERSION}")
