#include "options.hpp"

#include <array>
#include <limits>

#include "pg/uri.hpp"

namespace kvm48::postgres {
namespace {

constexpr std::array<ConfigKey, 6> kKeys = {{
    {"uri", ConfigType::string, true, nullptr,
     "libpq connection URI, e.g. postgresql://kvm48:${KVM48_PG_PASSWORD}@db:5432/kvm48"},
    {"schema", ConfigType::string, false, "public",
     "schema holding the tables (created if missing); one deployment per schema"},
    {"pool_size", ConfigType::integer, false, "8",
     "most connections open at once for queries and writes (the crawl lock uses one more)"},
    {"connect_timeout_ms", ConfigType::integer, false, "5000",
     "give up connecting after this long (libpq rounds up to whole seconds, at least 2)"},
    {"statement_timeout_ms", ConfigType::integer, false, "30000",
     "cancel any statement running longer than this; 0 = no limit"},
    {"acquire_timeout_ms", ConfigType::integer, false, "10000",
     "how long a call waits for a free pooled connection before failing"},
}};

std::int64_t integer_in(const ConfigView& config, const char* key, std::int64_t low,
                        std::int64_t high) {
  const auto value = config.integer(key);
  if (!value) throw OptionError(key, std::string(key) + " is missing");
  if (*value < low || *value > high) {
    throw OptionError(key, std::string(key) + " must be between " + std::to_string(low) + " and " +
                               std::to_string(high) + ", got " + std::to_string(*value));
  }
  return *value;
}

bool is_plain_identifier(const std::string& name) {
  if (name.empty() || name.size() > 63) return false;
  if (!(name[0] == '_' || (name[0] >= 'a' && name[0] <= 'z'))) return false;
  for (const char c : name) {
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

}  // namespace

std::span<const ConfigKey> config_keys() noexcept {
  return kKeys;
}

Options read_options(const ConfigView& config) {
  Options o;
  o.connect.uri = config.string("uri").value_or("");
  if (o.connect.uri.empty()) throw OptionError("uri", "uri must be a PostgreSQL connection URI");
  if (const auto error = pg::uri_error(o.connect.uri)) {
    throw OptionError("uri", "uri is not a valid PostgreSQL connection string (" +
                                 pg::mask_password(o.connect.uri) + "): " + *error);
  }
  o.connect.schema = config.string("schema").value_or("public");
  if (!is_plain_identifier(o.connect.schema)) {
    throw OptionError("schema",
                      "schema must be 1-63 characters of a-z, 0-9 and _, not starting "
                      "with a digit; got '" +
                          o.connect.schema + "'");
  }
  // Names the deployment's sessions in pg_stat_activity.
  o.connect.application_name = "kvm48-server " + o.connect.schema;
  constexpr auto kIntMax = std::numeric_limits<int>::max();
  o.pool_size = static_cast<std::size_t>(integer_in(config, "pool_size", 1, 1000));
  o.connect.connect_timeout_ms =
      static_cast<int>(integer_in(config, "connect_timeout_ms", 1, 3'600'000));
  o.connect.statement_timeout_ms =
      static_cast<int>(integer_in(config, "statement_timeout_ms", 0, kIntMax));
  o.acquire_timeout =
      std::chrono::milliseconds(integer_in(config, "acquire_timeout_ms", 1, 3'600'000));
  return o;
}

}  // namespace kvm48::postgres
