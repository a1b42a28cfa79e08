#include "http/http_fetcher.hpp"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "http/http_attempt.hpp"
#include "http/retry_after.hpp"
#include "http/session_pool.hpp"

namespace kvm48::host {
namespace {

std::string seconds_text(std::chrono::milliseconds delay) {
  const auto tenths = delay.count() / 100;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " s";
}

}  // namespace

HttpFetcher::HttpFetcher(HttpPolicy policy, const Cancellation& cancellation, kvm48::Logger* logger)
    : policy_(std::move(policy)),
      cancellation_(cancellation),
      logger_(logger),
      backoff_(policy_),
      gate_(policy_.per_host_concurrency, policy_.per_host_min_delay),
      sessions_(std::make_unique<SessionPool>()) {}

HttpFetcher::~HttpFetcher() = default;

Status HttpFetcher::fetch(const HttpRequest& request, HttpResponse& out) noexcept {
  try {
    Status status = fetch_or_throw(request, out);
    if (!status.ok()) ++stats_.failures;
    return status;
  } catch (const std::exception& e) {
    ++stats_.failures;
    return Status(StatusCode::internal, request.method + " " + request.url + ": " + e.what());
  }
}

Status HttpFetcher::fetch_or_throw(const HttpRequest& request, HttpResponse& out) {
  out = HttpResponse{};
  const std::string what = request.method + " " + request.url;
  Poco::URI uri;
  try {
    uri = Poco::URI(request.url);
  } catch (const Poco::SyntaxException& e) {
    return Status(StatusCode::invalid_data, what + ": malformed URL (" + e.message() + ")");
  }
  if ((uri.getScheme() != "http" && uri.getScheme() != "https") || uri.getHost().empty()) {
    return Status(StatusCode::invalid_data, what + ": expected an absolute http(s) URL");
  }
  std::string last_error;
  for (int attempt = 1; attempt <= policy_.max_attempts; ++attempt) {
    auto permit = gate_.acquire(uri.getHost(), cancellation_);
    if (!permit) return Status(StatusCode::cancelled, what + ": cancelled");
    SessionPool::Lease lease = sessions_->acquire(uri);
    ++stats_.requests;
    out.attempts = attempt;
    AttemptResult result = attempt_exchange(*lease.session, uri, request, policy_, out);
    if (!result.completed && result.retryable && lease.reused) {
      // Most likely a kept-alive connection the server had already closed: send
      // again at once on a fresh one. It is a request and a retry like any other
      // (the failure may as well have been the upstream's), without the backoff.
      lease = sessions_->acquire_fresh(uri);
      ++stats_.requests;
      ++stats_.retries;
      result = attempt_exchange(*lease.session, uri, request, policy_, out);
    }
    permit.reset();
    stats_.bytes += out.body.size();
    if (result.completed && result.reusable) sessions_->give_back(std::move(lease));

    std::optional<std::chrono::milliseconds> delay;
    if (result.completed) {
      if (policy_.retry_statuses.count(out.status) == 0) return Status::success();
      last_error = "HTTP " + std::to_string(out.status);
      delay = retry_delay(out, attempt + 1);
      if (!delay) {
        return Status(StatusCode::unavailable,
                      what + ": HTTP " + std::to_string(out.status) + " with Retry-After " +
                          out.header("Retry-After").value_or("") + ", longer than the " +
                          seconds_text(policy_.retry_after_max) + " allowed");
      }
    } else {
      last_error = result.error;
      if (!result.retryable) return Status(StatusCode::unavailable, what + ": " + result.error);
      delay = backoff_.delay_before(attempt + 1);
    }
    if (attempt == policy_.max_attempts) break;
    log(LogLevel::warning, what + ": " + last_error + "; retry " + std::to_string(attempt) + "/" +
                               std::to_string(policy_.max_attempts - 1) + " in " +
                               seconds_text(*delay));
    ++stats_.retries;
    if (!cancellation_.sleep_for(*delay))
      return Status(StatusCode::cancelled, what + ": cancelled");
  }
  return Status(StatusCode::unavailable, what + ": " + last_error + " after " +
                                             std::to_string(policy_.max_attempts) + " attempts");
}

std::optional<std::chrono::milliseconds> HttpFetcher::retry_delay(const HttpResponse& response,
                                                                  int next_attempt) {
  const auto header = response.header("Retry-After");
  if (header) {
    if (auto asked = parse_retry_after(*header, std::chrono::system_clock::now())) {
      if (*asked > policy_.retry_after_max) return std::nullopt;
      return *asked;
    }
  }
  return backoff_.delay_before(next_attempt);
}

void HttpFetcher::log(LogLevel level, const std::string& message) noexcept {
  if (logger_ != nullptr) logger_->write(level, message);
}

}  // namespace kvm48::host
