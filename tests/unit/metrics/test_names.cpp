#include <catch2/catch.hpp>

#include "metrics/names.hpp"
#include "metrics/registry.hpp"

using namespace kvm48::metrics;

TEST_CASE("metric names follow the Prometheus data model", "[metrics][names]") {
  CHECK(is_valid_metric_name("kvm48_http_requests_total"));
  CHECK(is_valid_metric_name("job:rate5m"));
  CHECK(is_valid_metric_name("_x"));
  CHECK_FALSE(is_valid_metric_name(""));
  CHECK_FALSE(is_valid_metric_name("1abc"));
  CHECK_FALSE(is_valid_metric_name("with-dash"));
  CHECK_FALSE(is_valid_metric_name("with space"));
  CHECK_FALSE(is_valid_metric_name("ünïcode"));
}

TEST_CASE("label names follow the Prometheus data model", "[metrics][names]") {
  CHECK(is_valid_label_name("route"));
  CHECK(is_valid_label_name("_private"));
  CHECK_FALSE(is_valid_label_name("__reserved"));
  CHECK_FALSE(is_valid_label_name("a:b"));
  CHECK_FALSE(is_valid_label_name("9lives"));
  CHECK_FALSE(is_valid_label_name(""));
}

TEST_CASE("the registry refuses bad names with an error naming them", "[metrics][names]") {
  Registry registry;
  CHECK_THROWS_WITH(registry.counter("bad-name", "h"), Catch::Contains("metric name 'bad-name'"));
  CHECK_THROWS_WITH(registry.gauge("g", "h", {"ok", "__bad"}),
                    Catch::Contains("metric 'g': label name '__bad'"));
  CHECK_THROWS_WITH(registry.gauge("g", "h", {"a", "a"}), Catch::Contains("appears twice"));
  CHECK_THROWS_WITH(registry.histogram("h", "h", {1}, {"le"}),
                    Catch::Contains("reserved in histograms"));
  CHECK_NOTHROW(registry.gauge("g2", "h", {"le"}));  // only histograms reserve it
  CHECK(registry.collect().size() == 1);             // nothing half-registered
}
