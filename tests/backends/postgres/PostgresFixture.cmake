# The CTest fixture `postgres`: a test named postgres_cluster_start starts a
# throwaway cluster (tests/backends/pg_cluster.sh) before any test that requires
# it, postgres_cluster_stop removes it after the last one.
#
# kvm48_use_test_postgres(<target> [<extra catch_discover_tests args>...])
#   registers the Catch2 tests of <target> with the fixture and the environment
#   (KVM48_TEST_PG_URI_FILE) that kvm48::test::test_pg_uri() reads.
include_guard(GLOBAL)

# Cached: kvm48_use_test_postgres() reads it from other directories too.
set(KVM48_TEST_PG_STATE "${CMAKE_BINARY_DIR}/pg-test" CACHE INTERNAL "the test cluster's state")
set(KVM48_TEST_PG_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/../pg_cluster.sh")

add_test(NAME postgres_cluster_start
  COMMAND sh "${KVM48_TEST_PG_SCRIPT}" start "${KVM48_TEST_PG_STATE}")
add_test(NAME postgres_cluster_stop
  COMMAND sh "${KVM48_TEST_PG_SCRIPT}" stop "${KVM48_TEST_PG_STATE}")
set_tests_properties(postgres_cluster_start PROPERTIES FIXTURES_SETUP postgres)
set_tests_properties(postgres_cluster_stop PROPERTIES FIXTURES_CLEANUP postgres)

function(kvm48_use_test_postgres target)
  catch_discover_tests(${target} ${ARGN}
    PROPERTIES
      FIXTURES_REQUIRED postgres
      # Not ${KVM48_TEST_PG_STATE}: a caller in another directory does not see that variable.
      ENVIRONMENT "KVM48_TEST_PG_URI_FILE=${CMAKE_BINARY_DIR}/pg-test/uri")
endfunction()
