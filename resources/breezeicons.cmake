# wharf_pack_breeze_icons(TARGET MANIFEST): packs the Breeze icons that MANIFEST names into
# TARGET's resources as two freedesktop icon themes, :/icons/wharf-breeze and
# :/icons/wharf-breeze-dark, the fallback for systems without an icon theme (icontheme.h).
#
# Runs while CMake configures, which `cmake --build` repeats whenever the manifest, a theme's
# index.theme or a copied SVG changes. A name that the installed theme lacks stops it with a
# message naming the icon. The SVGs are copied into the build tree (symlinks followed) and
# listed in a .qrc that qt_add_resources generates; each index.theme is trimmed to the
# directories packed. The Breeze licence texts go into :/licenses/breeze-icons/ and are
# installed to share/doc/wharf/breeze-icons/.
set(WHARF_BREEZE_ROOT /usr/share/icons CACHE PATH
    "Folder holding the breeze and breeze-dark icon themes (Debian: breeze-icon-theme)")
set(WHARF_BREEZE_LICENSE_FILES
    /usr/share/doc/breeze-icon-theme/copyright /usr/share/common-licenses/LGPL-3
    /usr/share/common-licenses/GPL-3
    CACHE STRING "The Breeze icons' copyright and licence texts, shipped with the packed icons")
# The directory sizes Wharf draws (menus and trees 16, toolbars 22, dialogs 32/48; the
# */symbolic directories are scalable from size 16). A name with none of them gets the sizes
# it has. HiDPI needs no @2x copies: Breeze is SVG.
set(WHARF_BREEZE_SIZES 16 22 32 48)

# Reads THEME_DIR/index.theme: sets <prefix>_dirs (its unscaled directories, in order) and,
# per directory D, <prefix>_D_size, _type and _lines (the section's lines) in the caller.
function(_wharf_breeze_read_index theme_dir prefix)
    set(index ${theme_dir}/index.theme)
    if(NOT EXISTS ${index})
        message(FATAL_ERROR "Breeze icons: ${index} not found. Install Debian's "
                            "breeze-icon-theme (scripts/deps does), or point WHARF_BREEZE_ROOT "
                            "at the folder holding breeze/ and breeze-dark/.")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${index})
    file(STRINGS ${index} lines)
    set(section "")
    set(dirs)
    set(header)
    foreach(line IN LISTS lines)
        if(line MATCHES "^\\[(.+)\\]$")
            set(section "${CMAKE_MATCH_1}")
        elseif(section STREQUAL "Icon Theme")
            # Untranslated keys only; Directories and Inherits are rewritten by the caller.
            if(line MATCHES "^(Name|Comment|DisplayDepth|Example|FollowsColorScheme|[A-Za-z]+Default|[A-Za-z]+Sizes|KDE-Extensions)=")
                list(APPEND header "${line}")
            endif()
        elseif(NOT section STREQUAL "" AND line MATCHES "^(Size|Scale|Context|Type|MinSize|MaxSize|Threshold)=(.*)$")
            list(APPEND ${prefix}_${section}_lines "${line}")
            string(TOLOWER "${CMAKE_MATCH_1}" key)
            set(${prefix}_${section}_${key} "${CMAKE_MATCH_2}")
            if(NOT section IN_LIST dirs)
                list(APPEND dirs "${section}")
            endif()
        endif()
    endforeach()
    set(${prefix}_header "${header}" PARENT_SCOPE)
    set(unscaled)
    foreach(dir IN LISTS dirs)
        if(DEFINED ${prefix}_${dir}_scale AND NOT ${prefix}_${dir}_scale STREQUAL "1")
            continue()
        endif()
        list(APPEND unscaled "${dir}")
        foreach(key size type lines)
            set(${prefix}_${dir}_${key} "${${prefix}_${dir}_${key}}" PARENT_SCOPE)
        endforeach()
    endforeach()
    set(${prefix}_dirs "${unscaled}" PARENT_SCOPE)
endfunction()

# Writes CONTENT to FILE only when it differs, so that an unchanged resource is not rebuilt.
function(_wharf_write_if_different file content)
    set(tmp ${file}.tmp)
    file(WRITE ${tmp} "${content}")
    file(COPY_FILE ${tmp} ${file} ONLY_IF_DIFFERENT)
    file(REMOVE ${tmp})
endfunction()

function(wharf_pack_breeze_icons target manifest)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${manifest})
    file(STRINGS ${manifest} manifest_lines)
    set(names)
    foreach(line IN LISTS manifest_lines)
        string(REGEX REPLACE "#.*$" "" line "${line}")
        string(STRIP "${line}" line)
        if(line STREQUAL "")
            continue()
        endif()
        if(NOT line MATCHES "^[a-z0-9][a-z0-9._-]*$")
            message(FATAL_ERROR "${manifest}: '${line}' is not an icon name (one a line)")
        endif()
        if(line IN_LIST names)
            message(FATAL_ERROR "${manifest}: icon '${line}' is listed twice")
        endif()
        list(APPEND names ${line})
    endforeach()

    set(out ${CMAKE_CURRENT_BINARY_DIR}/breeze)
    set(packed)
    # Source theme, packed theme, what the packed one inherits.
    foreach(spec "breeze|wharf-breeze|hicolor" "breeze-dark|wharf-breeze-dark|wharf-breeze,hicolor")
        string(REPLACE "|" ";" spec "${spec}")
        list(GET spec 0 from)
        list(GET spec 1 to)
        list(GET spec 2 inherits)
        set(src ${WHARF_BREEZE_ROOT}/${from})
        _wharf_breeze_read_index(${src} idx)
        set(wanted)
        foreach(dir IN LISTS idx_dirs)
            if(idx_${dir}_size IN_LIST WHARF_BREEZE_SIZES)
                list(APPEND wanted "${dir}")
            endif()
        endforeach()
        set(used_dirs)
        foreach(name IN LISTS names)
            set(found)
            foreach(dir IN LISTS wanted)
                if(EXISTS ${src}/${dir}/${name}.svg)
                    list(APPEND found "${dir}")
                endif()
            endforeach()
            if(NOT found) # only other sizes (e.g. 64): take those, Qt scales SVGs
                foreach(dir IN LISTS idx_dirs)
                    if(EXISTS ${src}/${dir}/${name}.svg)
                        list(APPEND found "${dir}")
                    endif()
                endforeach()
            endif()
            if(NOT found)
                message(FATAL_ERROR
                        "Breeze icon '${name}' (listed in ${manifest}) is not in the installed "
                        "theme ${src}. Pick the nearest name Breeze has (e.g. `find ${src} "
                        "-name '*${name}*'`), use that in the code and the manifest, and note "
                        "the substitution at the top of the manifest.")
            endif()
            foreach(dir IN LISTS found)
                configure_file(${src}/${dir}/${name}.svg ${out}/${to}/${dir}/${name}.svg COPYONLY)
                list(APPEND packed ${out}/${to}/${dir}/${name}.svg)
                if(NOT dir IN_LIST used_dirs)
                    list(APPEND used_dirs "${dir}")
                endif()
            endforeach()
        endforeach()

        # index.theme: the original's untranslated keys and the sections of the packed dirs.
        set(dirs_in_order)
        foreach(dir IN LISTS idx_dirs)
            if(dir IN_LIST used_dirs)
                list(APPEND dirs_in_order "${dir}")
            endif()
        endforeach()
        string(REPLACE ";" "," dir_list "${dirs_in_order}")
        string(REPLACE ";" "\n" header "${idx_header}")
        string(CONCAT text "# Made by Wharf's build (resources/breezeicons.cmake) from ${src}/index.theme,\n"
                    "# trimmed to the directories that hold the icons of ${manifest}.\n"
                    "[Icon Theme]\n${header}\nInherits=${inherits}\nDirectories=${dir_list}\n")
        foreach(dir IN LISTS dirs_in_order)
            string(REPLACE ";" "\n" section "${idx_${dir}_lines}")
            string(APPEND text "\n[${dir}]\n${section}\n")
        endforeach()
        _wharf_write_if_different(${out}/${to}/index.theme "${text}")
        list(APPEND packed ${out}/${to}/index.theme)
    endforeach()
    # Copies of names since removed from the manifest or of sizes no longer packed.
    file(GLOB_RECURSE stale ${out}/wharf-breeze/* ${out}/wharf-breeze-dark/*)
    list(REMOVE_ITEM stale ${packed})
    if(stale)
        file(REMOVE ${stale})
    endif()
    qt_add_resources(${target} wharf_breeze_icons PREFIX /icons BASE ${out} FILES ${packed})

    set(licenses)
    foreach(file IN LISTS WHARF_BREEZE_LICENSE_FILES)
        if(NOT EXISTS ${file})
            message(FATAL_ERROR "Breeze icons: licence text ${file} not found; it ships with "
                                "the packed icons (LGPL-3). Set WHARF_BREEZE_LICENSE_FILES to "
                                "the copyright and licence files of your breeze-icons package.")
        endif()
        get_filename_component(base ${file} NAME)
        configure_file(${file} ${out}/licenses/${base} COPYONLY)
        list(APPEND licenses ${out}/licenses/${base})
    endforeach()
    qt_add_resources(${target} wharf_breeze_licenses PREFIX /licenses/breeze-icons
                     BASE ${out}/licenses FILES ${licenses})
    install(FILES ${licenses} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/wharf/breeze-icons)
    list(LENGTH names count)
    message(STATUS "Breeze icons: ${count} names packed from ${WHARF_BREEZE_ROOT}")
endfunction()
