#include "redis_inspect.hpp"

#include <algorithm>

#include <Poco/Redis/Array.h>
#include <Poco/Redis/Type.h>

namespace kvm48::test {

std::vector<std::string> rate_limit_keys(const RedisServer& redis, int db) {
  Poco::Redis::Array command;
  command << "KEYS"
          << "kvm48:rl:*";
  const auto reply = redis.admin(db)->execute<Poco::Redis::Array>(command);
  std::vector<std::string> keys;
  if (reply.isNull()) return keys;  // Poco reads an empty array reply as a Null array
  for (std::size_t i = 0; i < reply.size(); ++i) {
    keys.push_back(reply.get<Poco::Redis::BulkString>(i).value());
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::string redis_get(const RedisServer& redis, int db, const std::string& key) {
  Poco::Redis::Array command;
  command << "GET" << key;
  const auto reply = redis.admin(db)->execute<Poco::Redis::BulkString>(command);
  return reply.isNull() ? std::string() : reply.value();
}

std::int64_t redis_integer(const RedisServer& redis, int db, const std::string& verb,
                           const std::string& key) {
  Poco::Redis::Array command;
  command << verb << key;
  return redis.admin(db)->execute<Poco::Int64>(command);
}

}  // namespace kvm48::test
