#pragma once
// The Lua scripts that make each strategy one atomic step inside Redis, and how to run one:
// EVALSHA first (the script body is not resent), EVAL when Redis answers NOSCRIPT (after a
// restart or SCRIPT FLUSH), which also loads it for next time.

#include <cstdint>
#include <string>
#include <vector>

#include <Poco/Redis/Client.h>

namespace kvm48::ratelimit {

struct RedisScript {
  std::string body;
  std::string sha1;  ///< hex SHA-1 of body, as EVALSHA wants it
};

/// KEYS[1] counter; ARGV window_ms, elastic (0/1), amount, now_ms.
/// Returns {allowed (0/1), count, reset_ms}.
const RedisScript& fixed_window_script();
/// KEYS[1] list of hit times (newest first); ARGV amount, window_ms, now_ms.
/// Returns {allowed (0/1), count, reset_ms}.
const RedisScript& moving_window_script();

/// Runs `script` on `client` with one key and `args`; returns the integer array it answers.
/// Throws Poco exceptions (I/O, timeout, Redis error reply) as the client does.
std::vector<std::int64_t> run_script(Poco::Redis::Client& client, const RedisScript& script,
                                     const std::string& key, const std::vector<std::string>& args);

}  // namespace kvm48::ratelimit
