#pragma once
// A paged JSON API of performance VODs, the upstream hello_source crawls:
//   GET /vods?page=N&size=M -> {"vods": [...], "last_page": bool}
// with switches to fail or slow pages, and request counts per page.

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Net/HTMLForm.h>
#include <nlohmann/json.hpp>

#include "test_http_server.hpp"

namespace kvm48::test {

struct UpstreamVod {
  std::string id;
  std::string group;
  std::string title;
  std::int64_t start_time;
};

class JsonUpstream {
 public:
  /// `count` VODs, newest first, ids "vod-<n>" with n from `count` down to 1.
  explicit JsonUpstream(int count)
      : server_([this](auto& request, auto& response) { handle(request, response); }) {
    for (int n = count; n >= 1; --n) vods_.push_back(make_vod(n));
  }

  /// Puts `count` newer VODs at the top of the list.
  void publish(int count) {
    std::lock_guard<std::mutex> lock(mutex_);
    const int newest = static_cast<int>(vods_.size());
    for (int n = newest + 1; n <= newest + count; ++n) vods_.insert(vods_.begin(), make_vod(n));
  }
  void fail_from_page(int page) { fail_from_page_ = page; }  ///< 0: none fail
  void delay_ms(int ms) { delay_ms_ = ms; }
  int requests(int page) {
    std::lock_guard<std::mutex> lock(mutex_);
    return page_requests_[page];
  }
  int total_requests() {
    std::lock_guard<std::mutex> lock(mutex_);
    int total = 0;
    for (const auto& [page, n] : page_requests_) total += n;
    return total;
  }
  std::vector<UpstreamVod> vods() {
    std::lock_guard<std::mutex> lock(mutex_);
    return vods_;
  }
  [[nodiscard]] std::string url() const { return server_.url(); }

 private:
  static UpstreamVod make_vod(int n) {
    static const char* groups[] = {"SNH48", "BEJ48", "GNZ48", "CGT48"};
    return {"vod-" + std::to_string(n), groups[n % 4], "《公演》第" + std::to_string(n) + "场",
            1555825500 + 3600 * static_cast<std::int64_t>(n)};
  }

  void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) {
    const Poco::Net::HTMLForm form(request);
    const int page = std::stoi(form.get("page", "1"));
    const int size = std::stoi(form.get("size", "20"));
    std::vector<UpstreamVod> slice;
    bool last = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++page_requests_[page];
      const auto first = static_cast<std::size_t>((page - 1) * size);
      for (std::size_t i = first; i < vods_.size() && i < first + static_cast<std::size_t>(size);
           ++i) {
        slice.push_back(vods_[i]);
      }
      last = first + static_cast<std::size_t>(size) >= vods_.size();
    }
    if (delay_ms_ > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms_.load()));
    if (fail_from_page_ > 0 && page >= fail_from_page_) {
      return send_body(response, Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, "broken");
    }
    nlohmann::json body = {{"vods", nlohmann::json::array()}, {"last_page", last}};
    for (const auto& vod : slice) {
      body["vods"].push_back({{"id", vod.id},
                              {"group", vod.group},
                              {"title", vod.title},
                              {"start_time", vod.start_time},
                              {"stream", "https://vod.example/" + vod.id + ".m3u8"}});
    }
    send_body(response, Poco::Net::HTTPResponse::HTTP_OK, body.dump(), "application/json");
  }

  std::mutex mutex_;
  std::vector<UpstreamVod> vods_;
  std::map<int, int> page_requests_;
  std::atomic<int> fail_from_page_{0};
  std::atomic<int> delay_ms_{0};
  TestHttpServer server_;
};

}  // namespace kvm48::test
