# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
# The tarball is relocatable (binaries find lib/wharf through $ORIGIN), so it unpacks to
# wharf-<version>-Linux/{bin,lib,share} rather than to a usr/ tree.
if(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/")
endif()
