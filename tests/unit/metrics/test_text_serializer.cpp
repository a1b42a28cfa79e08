#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "metrics/build_info.hpp"
#include "metrics/registry.hpp"
#include "metrics/text_serializer.hpp"

using namespace kvm48::metrics;

TEST_CASE("golden text: counter, gauge and histogram with labels", "[metrics][text]") {
  Registry registry;
  auto& requests =
      registry.counter("kvm48_http_requests_total", "HTTP requests answered.", {"route", "status"});
  requests.with({"/api/graphql", "200"}).increment(3);
  requests.with({"/api/graphql", "429"}).increment();
  registry.gauge("kvm48_in_flight", "Requests being served.").get().set(2);
  auto& latency = registry.histogram("kvm48_http_request_duration_seconds", "Time to answer.",
                                     {0.005, 0.1, 1}, {"route"});
  auto& graphql = latency.with({"/api/graphql"});
  graphql.observe(0.001);
  graphql.observe(0.005);  // on a bound: counts in that bucket (le is <=)
  graphql.observe(0.05);
  graphql.observe(3);
  CHECK(serialize_text(registry) ==
        "# HELP kvm48_http_requests_total HTTP requests answered.\n"
        "# TYPE kvm48_http_requests_total counter\n"
        "kvm48_http_requests_total{route=\"/api/graphql\",status=\"200\"} 3\n"
        "kvm48_http_requests_total{route=\"/api/graphql\",status=\"429\"} 1\n"
        "# HELP kvm48_in_flight Requests being served.\n"
        "# TYPE kvm48_in_flight gauge\n"
        "kvm48_in_flight 2\n"
        "# HELP kvm48_http_request_duration_seconds Time to answer.\n"
        "# TYPE kvm48_http_request_duration_seconds histogram\n"
        "kvm48_http_request_duration_seconds_bucket{route=\"/api/graphql\",le=\"0.005\"} 2\n"
        "kvm48_http_request_duration_seconds_bucket{route=\"/api/graphql\",le=\"0.1\"} 3\n"
        "kvm48_http_request_duration_seconds_bucket{route=\"/api/graphql\",le=\"1\"} 3\n"
        "kvm48_http_request_duration_seconds_bucket{route=\"/api/graphql\",le=\"+Inf\"} 4\n"
        "kvm48_http_request_duration_seconds_sum{route=\"/api/graphql\"} 3.056\n"
        "kvm48_http_request_duration_seconds_count{route=\"/api/graphql\"} 4\n");
}

TEST_CASE("golden text: escaping in help and label values", "[metrics][text]") {
  Registry registry;
  registry.counter("odd_total", "Back\\slash and\nnewline, \"quotes\" kept.", {"v"})
      .with({"a\\b\"c\nd"})
      .increment();
  CHECK(serialize_text(registry) ==
        "# HELP odd_total Back\\\\slash and\\nnewline, \"quotes\" kept.\n"
        "# TYPE odd_total counter\n"
        "odd_total{v=\"a\\\\b\\\"c\\nd\"} 1\n");
}

TEST_CASE("golden text: special and large numbers", "[metrics][text]") {
  Registry registry;
  auto& gauge = registry.gauge("g", "Numbers.", {"k"});
  gauge.with({"inf"}).set(std::numeric_limits<double>::infinity());
  gauge.with({"minus_inf"}).set(-std::numeric_limits<double>::infinity());
  gauge.with({"nan"}).set(std::nan(""));
  gauge.with({"big"}).set(1e21);
  gauge.with({"small"}).set(0.1);
  gauge.with({"negative"}).set(-2.5);
  CHECK(serialize_text(registry) ==
        "# HELP g Numbers.\n"
        "# TYPE g gauge\n"
        "g{k=\"big\"} 1e+21\n"
        "g{k=\"inf\"} +Inf\n"
        "g{k=\"minus_inf\"} -Inf\n"
        "g{k=\"nan\"} NaN\n"
        "g{k=\"negative\"} -2.5\n"
        "g{k=\"small\"} 0.1\n");
}

TEST_CASE("a family with no children still has its HELP and TYPE lines", "[metrics][text]") {
  Registry registry;
  registry.counter("kvm48_ratelimit_rejections_total", "Requests refused.", {"reason"});
  CHECK(serialize_text(registry) ==
        "# HELP kvm48_ratelimit_rejections_total Requests refused.\n"
        "# TYPE kvm48_ratelimit_rejections_total counter\n");
}

TEST_CASE("an empty histogram writes zero buckets, sum and count", "[metrics][text]") {
  Registry registry;
  registry.histogram("h", "H.", {1}).get();
  CHECK(serialize_text(registry) ==
        "# HELP h H.\n# TYPE h histogram\n"
        "h_bucket{le=\"1\"} 0\nh_bucket{le=\"+Inf\"} 0\nh_sum 0\nh_count 0\n");
}

TEST_CASE("build info is a gauge of 1 labelled by the build", "[metrics][text]") {
  Registry registry;
  register_build_info(registry, {"0.1.0", "abc123", "gcc 12.2.0", "jemalloc 5.3.0"});
  CHECK_THAT(serialize_text(registry),
             Catch::EndsWith("# TYPE kvm48_build_info gauge\n"
                             "kvm48_build_info{version=\"0.1.0\",revision=\"abc123\","
                             "compiler=\"gcc 12.2.0\",allocator=\"jemalloc 5.3.0\"} 1\n"));
}

TEST_CASE("the content type is that of format 0.0.4", "[metrics][text]") {
  CHECK(std::string(kTextContentType) == "text/plain; version=0.0.4; charset=utf-8");
}
