// hello_source: the smallest useful kvm48-server source plugin, built against
// the installed SDK. It shows the three things every plugin has: a descriptor
// with its options, a factory that validates those options without any I/O,
// and a class implementing the plugin interface.
#include <string>

#include <kvm48/source.hpp>

namespace {

// Every option the plugin accepts. The host rejects any other key, checks the
// types, applies the defaults and expands ${ENV} references before the factory
// runs; `kvm48-server plugins --verbose` prints this list.
const kvm48::ConfigKey kOptions[] = {
    {"base_url", kvm48::ConfigType::string, true, nullptr, "upstream API root, e.g. https://api.example"},
    {"page_size", kvm48::ConfigType::integer, false, "20", "items asked for per request (1-100)"},
    {"headers", kvm48::ConfigType::string_map, false, nullptr, "extra HTTP request headers"},
};

const kvm48::PluginDescriptor kDescriptor = {
    kvm48::kPluginAbiVersion,  // checked by the host before anything else
    kvm48::PluginKind::source,
    "hello_source",  // unique among loaded plugins; what `plugin:` in the config names
    "1.0.0",
    "an example source plugin built outside the kvm48-server tree",
    kOptions,
    sizeof(kOptions) / sizeof(kOptions[0]),
};

class HelloSource final : public kvm48::Source {
 public:
  // Validate, remember, and do no I/O: a bad option stops start-up with the key
  // named (file:line:column from the host), long before any crawl.
  explicit HelloSource(const kvm48::PluginContext& context)
      : logger_(context.logger),
        base_url_(context.config.string("base_url").value_or("")),
        page_size_(context.config.integer("page_size").value_or(20)) {
    if (base_url_.rfind("https://", 0) != 0 && base_url_.rfind("http://", 0) != 0) {
      throw kvm48::OptionError("base_url", "expected an http(s) URL, found '" + base_url_ + "'");
    }
    if (page_size_ < 1 || page_size_ > 100) {
      throw kvm48::OptionError("page_size", "expected 1 to 100, found " + std::to_string(page_size_));
    }
    logger_.info("will crawl " + base_url_ + " " + std::to_string(page_size_) + " items at a time");
  }

 private:
  kvm48::Logger& logger_;  // lent by the host; outlives this object
  std::string base_url_;
  std::int64_t page_size_;
};

const kvm48::PluginDescriptor* descriptor() noexcept { return &kDescriptor; }

// The factory: never throws (construct_plugin turns exceptions into a Status).
kvm48::Source* create(const kvm48::PluginContext& context, kvm48::Status& status) noexcept {
  return kvm48::construct_plugin<kvm48::Source, HelloSource>(context, status);
}

}  // namespace

KVM48_PLUGIN_DESCRIPTOR(descriptor)
KVM48_SOURCE_FACTORY(create)
