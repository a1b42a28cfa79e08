// graphql-http@1.23.1's serverAudits against a live kvm48-server: every MUST and SHOULD
// audit must pass (audit.mjs decides and prints each one).

#include <filesystem>

#include <catch2/catch.hpp>

#include "run_process.hpp"
#include "server_process.hpp"

namespace kvm48::test {

TEST_CASE("graphql-http server audits: every MUST and SHOULD passes", "[api][graphql-http]") {
  const std::filesystem::path folder = KVM48_AUDIT_DIR;
  if (!std::filesystem::exists(folder / "node_modules" / "graphql-http")) {
    FAIL("graphql-http is not installed: run `npm install` in " << folder.string()
                                                                 << " (scripts/test.sh does)");
  }
  ServerProcess server;
  const std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/api/graphql";
  const ProcessRun run = run_process(KVM48_NODE, {(folder / "audit.mjs").string(), url});
  INFO(run.out << run.err);
  CHECK(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("0 MUST failed, 0 SHOULD failed"));
}

}  // namespace kvm48::test
