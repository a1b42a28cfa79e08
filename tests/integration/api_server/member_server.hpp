#pragma once
// A `kvm48-server serve` process over a fresh database holding the member fixture
// (member_fixture.hpp), and the helpers the member VOD and roster tests share.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "member_fixture.hpp"
#include "server_process.hpp"

namespace kvm48::test {

using Json = nlohmann::ordered_json;

struct MemberServer {
  explicit MemberServer(std::string server_yaml = {}) : server(start(std::move(server_yaml))) {}

  /// POSTs `text`, requires HTTP 200 and returns the JSON answer.
  Json query(const std::string& text) {
    const HttpReply reply = post_graphql(server.port(), text);
    REQUIRE(reply.status == 200);
    return reply.json();
  }

  TempDir dir;
  std::string database = dir.path() + "/data.db";
  ServerProcess server;

 private:
  ServerProcess start(std::string server_yaml) {
    write_member_fixture(database);
    return ServerProcess(ServerOptions{std::move(server_yaml), {}, database});
  }
};

/// The "id" member of every entry of a list answer, in order ("null" for a null entry).
inline std::vector<std::string> ids_of(const Json& list) {
  std::vector<std::string> ids;
  for (const auto& entry : list) {
    ids.push_back(entry.is_null() ? "null" : entry["id"].get<std::string>());
  }
  return ids;
}

}  // namespace kvm48::test
