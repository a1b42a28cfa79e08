#include "page_fetcher.hpp"

namespace live48 {

kvm48::Status fetch_page(kvm48::CrawlContext& context, const kvm48::HttpHeaders& headers,
                         const std::string& url, CrawlTimers& timers, std::string& body) {
  kvm48::HttpRequest request;
  request.url = url;
  request.headers = headers;
  kvm48::HttpResponse response;
  kvm48::Status status;
  {
    ScopedTimer timer(timers.http_us);
    status = context.http().fetch(request, response);
  }
  if (!status.ok()) return status;
  if (response.status != 200) {
    return {kvm48::StatusCode::not_found,
            url + ": HTTP " + std::to_string(response.status) + " " + response.reason};
  }
  body = std::move(response.body);
  return {};
}

}  // namespace live48
