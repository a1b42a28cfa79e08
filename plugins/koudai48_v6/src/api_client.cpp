#include "api_client.hpp"

#include "wire_json.hpp"

namespace koudai48 {

kvm48::Status call_api(kvm48::CrawlContext& context, const V6Options& options,
                       std::string_view path, const std::string& what, const nlohmann::json& body,
                       nlohmann::json& content) {
  kvm48::HttpRequest request;
  request.method = "POST";
  request.url = options.api_base_url + std::string(path);
  request.headers = {{"Content-Type", "application/json;charset=utf-8"}};
  request.headers.insert(request.headers.end(), options.headers.begin(), options.headers.end());
  request.body = body.dump();
  kvm48::HttpResponse response;
  if (auto status = context.http().fetch(request, response); !status.ok()) {
    return {status.code(), what + ": " + status.message()};
  }
  if (response.status != 200) {
    std::string hint;
    if (response.status == 403) {
      hint =
          " (the API refuses requests without its app headers: check the app_info, "
          "referer and origin options)";
    }
    return {kvm48::StatusCode::unavailable,
            what + ": HTTP " + std::to_string(response.status) + " " + response.reason + hint};
  }
  return read_envelope(what, response.body, content);
}

}  // namespace koudai48
