// hello_source: a small but complete kvm48-server source plugin, built against
// the installed SDK. It crawls a paged JSON API of performance VODs:
//
//   GET {base_url}/vods?page=N  ->  {"vods": [{"id": "...", "group": "SNH48",
//                                    "title": "...", "start_time": 1555825500,
//                                    "stream": "https://..."}], "last_page": false}
//
// It shows what every plugin has: a descriptor with its options, a factory that
// validates those options without any I/O, and a crawl that uses only what the
// host lends (HTTP client, record sink, known items, logger, options).
#include <string>

#include <kvm48/source.hpp>
#include <nlohmann/json.hpp>

namespace {

// Every option the plugin accepts. The host rejects any other key, checks the
// types, applies the defaults and expands ${ENV} references before the factory
// runs; `kvm48-server plugins --verbose` prints this list.
const kvm48::ConfigKey kOptions[] = {
    {"base_url", kvm48::ConfigType::string, true, nullptr, "API root, e.g. https://api.example"},
    {"page_size", kvm48::ConfigType::integer, false, "20", "VODs asked for per page (1-100)"},
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
      : base_url_(context.config.string("base_url").value_or("")),
        page_size_(context.config.integer("page_size").value_or(20)),
        headers_(context.config.string_map("headers").value_or(kvm48::HttpHeaders{})) {
    if (base_url_.rfind("https://", 0) != 0 && base_url_.rfind("http://", 0) != 0) {
      throw kvm48::OptionError("base_url", "expected an http(s) URL, found '" + base_url_ + "'");
    }
    if (page_size_ < 1 || page_size_ > 100) {
      throw kvm48::OptionError("page_size",
                               "expected 1 to 100, found " + std::to_string(page_size_));
    }
  }

  kvm48::Status crawl(kvm48::CrawlContext& context) noexcept override {
    try {
      return crawl_pages(context);
    } catch (const std::exception& e) {  // e.g. a JSON type error: never let it cross
      return {kvm48::StatusCode::invalid_data, e.what()};
    }
  }

 private:
  kvm48::Status crawl_pages(kvm48::CrawlContext& context) {
    const auto& options = context.options();
    for (std::int64_t page = 1; !options.limit_pages || page <= *options.limit_pages; ++page) {
      kvm48::HttpRequest request;
      request.url =
          base_url_ + "/vods?page=" + std::to_string(page) + "&size=" + std::to_string(page_size_);
      request.headers = headers_;
      kvm48::HttpResponse response;
      if (auto status = context.http().fetch(request, response); !status.ok()) return status;
      if (response.status != 200) {
        return {kvm48::StatusCode::unavailable,
                request.url + ": HTTP " + std::to_string(response.status)};
      }
      const auto json = nlohmann::json::parse(response.body);
      std::vector<kvm48::PerfVod> vods;
      for (const auto& item : json.at("vods")) vods.push_back(to_vod(item));

      // Incremental: stop after the first page that holds a VOD already stored.
      std::vector<std::string> ids;
      for (const auto& vod : vods) ids.push_back(vod.id);
      std::vector<bool> known;
      if (auto status = context.known().known_perf_vod_ids(ids, known); !status.ok()) return status;
      bool saw_known = false;
      for (std::size_t i = 0; i < vods.size(); ++i) {
        saw_known = saw_known || known[i];
        if (known[i] && !options.full) continue;
        if (auto status = context.sink().add(std::move(vods[i])); !status.ok()) return status;
      }
      // The page's records and the checkpoint that says so commit together.
      if (auto status = context.sink().commit({{"last_page", std::to_string(page)}}); !status.ok())
        return status;
      context.logger().info("page " + std::to_string(page) + ": " + std::to_string(vods.size()) +
                            " VODs");
      if ((saw_known && !options.full) || json.value("last_page", true) || context.cancelled())
        break;
    }
    return context.cancelled() ? kvm48::Status(kvm48::StatusCode::cancelled, "cancelled")
                               : kvm48::Status();
  }

  static kvm48::PerfVod to_vod(const nlohmann::json& item) {
    kvm48::PerfVod vod;
    vod.id = item.at("id").get<std::string>();  // an opaque string, never a number
    const auto group = kvm48::group_from_name(item.at("group").get<std::string>());
    if (!group) throw std::runtime_error("VOD " + vod.id + ": unknown group");
    vod.group = *group;
    vod.title = item.at("title").get<std::string>();
    vod.start_time = item.at("start_time").get<std::int64_t>();
    if (item.contains("stream")) vod.hd_stream = item.at("stream").get<std::string>();
    return vod;
  }

  std::string base_url_;
  std::int64_t page_size_;
  kvm48::HttpHeaders headers_;
};

const kvm48::PluginDescriptor* descriptor() noexcept {
  return &kDescriptor;
}

// The factory: never throws (construct_plugin turns exceptions into a Status).
kvm48::Source* create(const kvm48::PluginContext& context, kvm48::Status& status) noexcept {
  return kvm48::construct_plugin<kvm48::Source, HelloSource>(context, status);
}

}  // namespace

KVM48_PLUGIN_DESCRIPTOR(descriptor)
KVM48_SOURCE_FACTORY(create)
