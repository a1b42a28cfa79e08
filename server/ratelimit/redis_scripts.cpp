#include "ratelimit/redis_scripts.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/Redis/Array.h>
#include <Poco/Redis/Exception.h>
#include <Poco/SHA1Engine.h>

namespace kvm48::ratelimit {
namespace {

RedisScript make_script(std::string body) {
  Poco::SHA1Engine sha1;
  sha1.update(body);
  return {std::move(body), Poco::DigestEngine::digestToHex(sha1.digest())};
}

// INCR then (first hit, or every hit when elastic) PEXPIRE: the counter and its expiry move
// together, so a crash can never leave a counter that lives forever.
constexpr const char* kFixedWindow = R"lua(
local window = tonumber(ARGV[1])
local count = redis.call('INCR', KEYS[1])
if count == 1 or ARGV[2] == '1' then
  redis.call('PEXPIRE', KEYS[1], window)
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], window)
  ttl = window
end
local allowed = 0
if count <= tonumber(ARGV[3]) then allowed = 1 end
return {allowed, count, tonumber(ARGV[4]) + ttl}
)lua";

// Sliding log, newest first: drop the hits that left the window from the tail, refuse when
// `amount` remain (not recorded), else push this hit. The list never exceeds `amount`.
constexpr const char* kMovingWindow = R"lua(
local amount = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
while true do
  local oldest = redis.call('LINDEX', KEYS[1], -1)
  if not oldest or tonumber(oldest) > now - window then break end
  redis.call('RPOP', KEYS[1])
end
local count = redis.call('LLEN', KEYS[1])
if count >= amount then
  local reset = now + window
  if amount > 0 then reset = tonumber(redis.call('LINDEX', KEYS[1], amount - 1)) + window end
  return {0, count, reset}
end
local stamp = now
local newest = redis.call('LINDEX', KEYS[1], 0)
if newest and tonumber(newest) > stamp then stamp = tonumber(newest) end
redis.call('LPUSH', KEYS[1], string.format('%d', stamp))
redis.call('PEXPIRE', KEYS[1], stamp - now + window)
local first = tonumber(redis.call('LINDEX', KEYS[1], -1))
return {1, count + 1, first + window}
)lua";

Poco::Redis::Array script_command(const char* verb, const std::string& script_ref,
                                  const std::string& key, const std::vector<std::string>& args) {
  Poco::Redis::Array command;
  command << verb << script_ref << "1" << key;
  for (const auto& arg : args) command << arg;
  return command;
}

std::vector<std::int64_t> to_integers(const Poco::Redis::Array& reply) {
  std::vector<std::int64_t> values;
  for (std::size_t i = 0; i < reply.size(); ++i) values.push_back(reply.get<Poco::Int64>(i));
  return values;
}

}  // namespace

const RedisScript& fixed_window_script() {
  static const RedisScript script = make_script(kFixedWindow);
  return script;
}

const RedisScript& moving_window_script() {
  static const RedisScript script = make_script(kMovingWindow);
  return script;
}

std::vector<std::int64_t> run_script(Poco::Redis::Client& client, const RedisScript& script,
                                     const std::string& key, const std::vector<std::string>& args) {
  try {
    return to_integers(
        client.execute<Poco::Redis::Array>(script_command("EVALSHA", script.sha1, key, args)));
  } catch (const Poco::Redis::RedisException& error) {
    if (error.message().rfind("NOSCRIPT", 0) != 0) throw;
  }
  return to_integers(
      client.execute<Poco::Redis::Array>(script_command("EVAL", script.body, key, args)));
}

}  // namespace kvm48::ratelimit
