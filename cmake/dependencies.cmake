# Every dependency comes from Debian 12 packages installed by scripts/setup.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(ZLIB REQUIRED IMPORTED_TARGET zlib)
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
pkg_check_modules(SIMDJSON REQUIRED IMPORTED_TARGET simdjson)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(HS REQUIRED IMPORTED_TARGET libhs)
pkg_check_modules(ICU_UC REQUIRED IMPORTED_TARGET icu-uc)
pkg_check_modules(ICU_I18N REQUIRED IMPORTED_TARGET icu-i18n)
# The corpus store: SQLite 3.40 (Debian 12) with FTS5 compiled in.
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3>=3.35)
# jemalloc (libjemalloc-dev) as the vigie command's allocator: the pipeline
# allocates many small strings on several threads, and glibc's malloc cost
# about a tenth of `vigie ingest` (doc/design.md, "Libraries"). Not with the
# sanitizers, which bring their own.
if(NOT VIGIE_SANITIZE AND NOT VIGIE_FUZZ)
  pkg_check_modules(JEMALLOC QUIET IMPORTED_TARGET jemalloc)
  if(NOT JEMALLOC_FOUND)
    message(STATUS "jemalloc not found (run scripts/setup): vigie uses the system allocator")
  endif()
endif()

# fastText (libfasttext-dev) ships neither a CMake config nor a .pc file.
find_path(FASTTEXT_INCLUDE_DIR fasttext/fasttext.h REQUIRED)
find_library(FASTTEXT_LIBRARY fasttext REQUIRED)
add_library(fasttext UNKNOWN IMPORTED)
set_target_properties(fasttext PROPERTIES
  IMPORTED_LOCATION "${FASTTEXT_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${FASTTEXT_INCLUDE_DIR}")

# Snowball stemmers (libstemmer-dev): no CMake config and no .pc file either.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(stemmer UNKNOWN IMPORTED)
set_target_properties(stemmer PROPERTIES
  IMPORTED_LOCATION "${STEMMER_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${STEMMER_INCLUDE_DIR}")
