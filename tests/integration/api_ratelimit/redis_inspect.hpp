#pragma once
// Reading what the server's limiter wrote into a test Redis (through RedisServer::admin).

#include <cstdint>
#include <string>
#include <vector>

#include "redis_server.hpp"

namespace kvm48::test {

using ratelimit::testing::RedisServer;

/// The rate limit keys ("kvm48:rl:*") in database `db`, sorted.
std::vector<std::string> rate_limit_keys(const RedisServer& redis, int db);
/// GET `key` in `db` ("" when absent).
std::string redis_get(const RedisServer& redis, int db, const std::string& key);
/// An integer reply: `verb key` (LLEN, PTTL, ...) in `db`.
std::int64_t redis_integer(const RedisServer& redis, int db, const std::string& verb,
                           const std::string& key);

}  // namespace kvm48::test
