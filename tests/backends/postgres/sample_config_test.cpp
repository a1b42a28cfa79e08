// backends/postgres/postgres.sample.yaml stays valid: its options pass the
// host's checks against the plugin's declared keys, ${ENV} password included.

#include <catch2/catch.hpp>

#include <cstdlib>

#include <yaml-cpp/yaml.h>

#include "loaded_backend.hpp"

TEST_CASE("the sample configuration's options are accepted by the host and the plugin") {
  const YAML::Node sample = YAML::LoadFile(KVM48_POSTGRES_SAMPLE);
  REQUIRE(sample["backend"]["plugin"].as<std::string>() == "postgres");
  YAML::Emitter options;
  options << sample["backend"]["options"];
  REQUIRE(setenv("KVM48_PG_PASSWORD", "from-the-environment", 1) == 0);
  const kvm48::Status status = kvm48::test::factory_status("postgres", options.c_str());
  INFO(status.message());
  CHECK(status.ok());
  REQUIRE(unsetenv("KVM48_PG_PASSWORD") == 0);
}
