// The host's HTTP client against a scripted HTTP server on 127.0.0.1: retries,
// Retry-After, timeouts, size cap, truncation, per-host concurrency, cancellation.

#include <atomic>
#include <chrono>
#include <future>
#include <map>
#include <mutex>
#include <thread>

#include <Poco/Net/ServerSocket.h>
#include <catch2/catch.hpp>

#include "http/http_fetcher.hpp"
#include "test_http_server.hpp"

using namespace std::chrono_literals;
using kvm48::HttpRequest;
using kvm48::HttpResponse;
using kvm48::StatusCode;
using kvm48::host::Cancellation;
using kvm48::host::HttpFetcher;
using kvm48::host::HttpPolicy;

namespace {

/// What the scripted server saw.
struct Observed {
  std::mutex mutex;
  std::map<std::string, int> hits;  // by path
  std::string last_user_agent;
  std::atomic<int> in_flight{0};
  std::atomic<int> max_in_flight{0};

  int hit(const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex);
    return ++hits[path];
  }
  int count(const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex);
    return hits[path];
  }
};

/// A scripted upstream: answers by path, counting hits.
class ScriptedServer {
 public:
  ScriptedServer()
      : server_([this](Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) { handle(request, response); }) {}
  std::string url(const std::string& path) const { return server_.url(path); }
  Observed observed;

 private:
  void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) {
    const std::string path = request.getURI();
    const int n = observed.hit(path);
    {
      std::lock_guard<std::mutex> lock(observed.mutex);
      observed.last_user_agent = request.get("User-Agent", "");
    }
    const int now_in_flight = ++observed.in_flight;
    int seen = observed.max_in_flight.load();
    while (now_in_flight > seen &&
           !observed.max_in_flight.compare_exchange_weak(seen, now_in_flight)) {
    }
    respond(path, n, response);
    --observed.in_flight;
  }

  static void send(Poco::Net::HTTPServerResponse& response,
                   Poco::Net::HTTPResponse::HTTPStatus status, const std::string& body) {
    kvm48::test::send_body(response, status, body);
  }

  void respond(const std::string& path, int n, Poco::Net::HTTPServerResponse& response) {
    using S = Poco::Net::HTTPResponse;
    if (path == "/ok") return send(response, S::HTTP_OK, "hello");
    if (path == "/ua") return send(response, S::HTTP_OK, "ua");
    if (path == "/flaky")
      return n <= 2 ? send(response, S::HTTP_SERVICE_UNAVAILABLE, "busy")
                    : send(response, S::HTTP_OK, "recovered");
    if (path == "/always-500") return send(response, S::HTTP_INTERNAL_SERVER_ERROR, "broken");
    if (path == "/not-found") return send(response, S::HTTP_NOT_FOUND, "no");
    if (path == "/throttled") {
      if (n == 1) {
        response.set("Retry-After", "1");
        return send(response, S::HTTP_TOO_MANY_REQUESTS, "slow down");
      }
      return send(response, S::HTTP_OK, "thanks");
    }
    if (path == "/throttled-long") {
      response.set("Retry-After", "3600");
      return send(response, S::HTTP_TOO_MANY_REQUESTS, "come back tomorrow");
    }
    if (path == "/slow") {
      std::this_thread::sleep_for(400ms);
      return send(response, S::HTTP_OK, "late");
    }
    if (path == "/hold") {
      std::this_thread::sleep_for(100ms);
      return send(response, S::HTTP_OK, "held");
    }
    if (path == "/big") return send(response, S::HTTP_OK, std::string(5000, 'x'));
    if (path == "/truncated") {
      if (n == 1) {
        response.setContentLength(1000);
        response.send() << "only a little";
        response.send().flush();
        throw std::runtime_error("drop the connection");  // Poco closes it
      }
      return send(response, S::HTTP_OK, "whole");
    }
    send(response, S::HTTP_NOT_FOUND, "unknown");
  }

  kvm48::test::TestHttpServer server_;
};

HttpPolicy fast_policy() {
  HttpPolicy policy;
  policy.backoff_base = 10ms;
  policy.jitter = 0;
  policy.request_timeout = 200ms;
  policy.connect_timeout = 500ms;
  policy.user_agent = "kvm48-server-test/1.0";
  return policy;
}

HttpRequest get(const std::string& url) {
  HttpRequest request;
  request.url = url;
  return request;
}

}  // namespace

TEST_CASE("a plain GET returns the body and sends the configured User-Agent") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpResponse response;
  REQUIRE(fetcher.fetch(get(server.url("/ok")), response).ok());
  CHECK(response.status == 200);
  CHECK(response.body == "hello");
  CHECK(response.attempts == 1);
  REQUIRE(fetcher.fetch(get(server.url("/ua")), response).ok());
  CHECK(server.observed.last_user_agent == "kvm48-server-test/1.0");
  CHECK(fetcher.stats().requests == 2);
  CHECK(fetcher.stats().retries == 0);
}

TEST_CASE("a 503 is retried with backoff until the server recovers") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpResponse response;
  REQUIRE(fetcher.fetch(get(server.url("/flaky")), response).ok());
  CHECK(response.body == "recovered");
  CHECK(response.attempts == 3);
  CHECK(server.observed.count("/flaky") == 3);
  CHECK(fetcher.stats().retries == 2);
}

TEST_CASE("retries are bounded: a server that keeps failing gives unavailable after max attempts") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpResponse response;
  const auto status = fetcher.fetch(get(server.url("/always-500")), response);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK(status.message() == "GET " + server.url("/always-500") + ": HTTP 500 after 3 attempts");
  CHECK(response.status == 500);
  CHECK(server.observed.count("/always-500") == 3);
}

TEST_CASE("a 404 is an answer, not a failure, and is not retried") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpResponse response;
  REQUIRE(fetcher.fetch(get(server.url("/not-found")), response).ok());
  CHECK(response.status == 404);
  CHECK(server.observed.count("/not-found") == 1);
}

TEST_CASE("a 429 with Retry-After is retried after the time the server asks for") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpResponse response;
  const auto started = std::chrono::steady_clock::now();
  REQUIRE(fetcher.fetch(get(server.url("/throttled")), response).ok());
  CHECK(response.body == "thanks");
  // Retry-After: 1 means at least a second, where the policy's backoff is 10 ms.
  CHECK(std::chrono::steady_clock::now() - started >= 1s);
}

TEST_CASE("a Retry-After longer than the policy allows fails at once") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpResponse response;
  const auto status = fetcher.fetch(get(server.url("/throttled-long")), response);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK(status.message().find("Retry-After 3600, longer than the 120.0 s allowed") !=
        std::string::npos);
  CHECK(server.observed.count("/throttled-long") == 1);
}

TEST_CASE("a response slower than the timeout is retried and then reported as timed out") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpResponse response;
  const auto status = fetcher.fetch(get(server.url("/slow")), response);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK(status.message() == "GET " + server.url("/slow") + ": timed out after 3 attempts");
}

TEST_CASE("a per-request timeout overrides the policy's") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpRequest request = get(server.url("/slow"));
  request.timeout = 2000ms;
  HttpResponse response;
  REQUIRE(fetcher.fetch(request, response).ok());
  CHECK(response.body == "late");
}

TEST_CASE("a body over the size cap is refused and not retried") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpPolicy policy = fast_policy();
  policy.max_body_bytes = 1000;
  HttpFetcher fetcher(policy, cancellation, nullptr);
  HttpResponse response;
  const auto status = fetcher.fetch(get(server.url("/big")), response);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK(status.message().find("larger than 1000 bytes") != std::string::npos);
  CHECK(server.observed.count("/big") == 1);
}

TEST_CASE("a truncated body is detected and retried") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpResponse response;
  REQUIRE(fetcher.fetch(get(server.url("/truncated")), response).ok());
  CHECK(response.body == "whole");
  CHECK(server.observed.count("/truncated") == 2);
}

TEST_CASE("a refused connection is retried and then reported") {
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  int port = 0;
  {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    port = probe.address().port();
  }  // closed: nothing listens there now
  HttpResponse response;
  const auto status =
      fetcher.fetch(get("http://127.0.0.1:" + std::to_string(port) + "/"), response);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK(status.message().find("after 3 attempts") != std::string::npos);
  CHECK(fetcher.stats().requests == 3);
}

TEST_CASE("no more requests than the per-host cap are in flight at once") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpPolicy policy = fast_policy();
  policy.per_host_concurrency = 2;
  HttpFetcher fetcher(policy, cancellation, nullptr);
  std::vector<std::future<bool>> results;
  for (int i = 0; i < 6; ++i) {
    results.push_back(std::async(std::launch::async, [&] {
      HttpResponse response;
      return fetcher.fetch(get(server.url("/hold")), response).ok();
    }));
  }
  for (auto& result : results) CHECK(result.get());
  CHECK(server.observed.count("/hold") == 6);
  CHECK(server.observed.max_in_flight == 2);
}

TEST_CASE("cancellation stops a request waiting for its retry") {
  ScriptedServer server;
  Cancellation cancellation;
  HttpPolicy policy = fast_policy();
  policy.backoff_base = 60s;
  HttpFetcher fetcher(policy, cancellation, nullptr);
  auto result = std::async(std::launch::async, [&] {
    HttpResponse response;
    return fetcher.fetch(get(server.url("/always-500")), response);
  });
  while (server.observed.count("/always-500") == 0) std::this_thread::sleep_for(5ms);
  cancellation.cancel();
  const auto status = result.get();
  CHECK(status.code() == StatusCode::cancelled);
}

TEST_CASE("URLs that are not absolute http(s) URLs are rejected without a request") {
  Cancellation cancellation;
  HttpFetcher fetcher(fast_policy(), cancellation, nullptr);
  HttpResponse response;
  CHECK(fetcher.fetch(get("ftp://example.test/x"), response).code() == StatusCode::invalid_data);
  CHECK(fetcher.fetch(get("/relative/path"), response).code() == StatusCode::invalid_data);
  CHECK(fetcher.stats().requests == 0);
}
