#include "schedule/run_pinger.hpp"

#include <Poco/Logger.h>

#include "http/http_fetcher.hpp"

namespace kvm48::host {
namespace {

constexpr std::size_t kMaxQueued = 64;
constexpr std::size_t kMaxBody = 10 * 1024;

std::string join_url(const std::string& base, const char* suffix) {
  if (*suffix == '\0') return base;
  return (!base.empty() && base.back() == '/' ? base.substr(0, base.size() - 1) : base) + suffix;
}

}  // namespace

RunPinger::RunPinger(std::string user_agent)
    : user_agent_(std::move(user_agent)), worker_([this] { work(); }) {}

RunPinger::~RunPinger() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

void RunPinger::started(const std::string& base, std::chrono::milliseconds timeout) {
  if (!base.empty()) enqueue({"GET", join_url(base, "/start"), {}, timeout});
}

void RunPinger::finished(const std::string& base, bool success, const std::string& summary,
                         std::chrono::milliseconds timeout) {
  if (base.empty()) return;
  if (success) {
    enqueue({"GET", join_url(base, ""), {}, timeout});
  } else {
    enqueue({"POST", join_url(base, "/fail"), summary.substr(0, kMaxBody), timeout});
  }
}

void RunPinger::enqueue(Ping ping) {
  {
    std::lock_guard lock(mutex_);
    if (queue_.size() >= kMaxQueued) {
      Poco::Logger::get("schedule")
          .warning("ping queue full: dropping a ping to " + queue_.front().url);
      queue_.pop_front();
    }
    queue_.push_back(std::move(ping));
  }
  wake_.notify_one();
}

void RunPinger::work() {
  for (;;) {
    Ping ping;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, nothing left
      ping = std::move(queue_.front());
      queue_.pop_front();
    }
    send(ping);
  }
}

void RunPinger::send(const Ping& ping) {
  HttpPolicy policy;
  policy.connect_timeout = ping.timeout;
  policy.request_timeout = ping.timeout;
  policy.max_attempts = 2;
  policy.backoff_base = std::chrono::milliseconds(1000);
  policy.user_agent = user_agent_;
  policy.max_body_bytes = 64 * 1024;
  HttpFetcher fetcher(policy, never_cancelled_, nullptr);
  HttpRequest request;
  request.method = ping.method;
  request.url = ping.url;
  request.body = ping.body;
  if (!ping.body.empty()) request.headers.push_back({"Content-Type", "text/plain; charset=utf-8"});
  HttpResponse response;
  const Status status = fetcher.fetch(request, response);
  auto& log = Poco::Logger::get("schedule");
  if (!status.ok()) {
    log.warning("ping " + ping.method + " " + ping.url + " failed: " + status.message());
  } else if (response.status < 200 || response.status > 299) {
    log.warning("ping " + ping.method + " " + ping.url + " answered " +
                std::to_string(response.status));
  } else if (log.debug()) {
    log.debug("ping " + ping.method + " " + ping.url + " ok");
  }
}

}  // namespace kvm48::host
