// The crawl engine's run loop with a real source plugin and the real sqlite
// backend: what is stored, what the run record says, incremental stops,
// failures that keep committed work, overlapping runs, budget, cancellation.

#include <future>
#include <thread>

#include <catch2/catch.hpp>

#include "crawl_fixture.hpp"

using kvm48::CrawlOptions;
using kvm48::RunOutcome;
using kvm48::StatusCode;
using kvm48::test::CrawlFixture;

TEST_CASE(
    "a full crawl stores every VOD the upstream lists, field by field, with a successful run "
    "record") {
  CrawlFixture fixture(23);
  CrawlOptions options;
  options.full = true;
  const auto result = fixture.runner->run(fixture.instance, options);
  REQUIRE(result.status.ok());
  CHECK(fixture.stored() == 23);

  std::vector<std::string> ids;
  for (const auto& vod : fixture.upstream.vods()) ids.push_back(vod.id);
  std::vector<std::optional<kvm48::PerfVod>> stored;
  REQUIRE(fixture.backend->get_perf_vods(ids, stored).ok());
  const auto expected = fixture.upstream.vods();
  for (std::size_t i = 0; i < expected.size(); ++i) {
    REQUIRE(stored[i]);
    CHECK(stored[i]->title == expected[i].title);
    CHECK(stored[i]->start_time == expected[i].start_time);
    CHECK(kvm48::to_string(stored[i]->group) == expected[i].group);
    CHECK(stored[i]->hd_stream == "https://vod.example/" + expected[i].id + ".m3u8");
    CHECK(stored[i]->sources == std::vector<std::string>{"hello"});
  }
  const auto& run = result.run;
  CHECK(run.outcome == RunOutcome::success);
  CHECK(run.items_new == 23);
  CHECK(run.items_updated == 0);
  CHECK(run.requests == 5);
  CHECK(run.retries == 0);
  CHECK(run.mode == "full");
  CHECK(run.plugin == "hello_source");
  REQUIRE(run.finished_at_ms);
  std::vector<kvm48::CrawlRun> runs;
  REQUIRE(fixture.backend->get_crawl_runs("hello", 0, runs).ok());
  REQUIRE(runs.size() == 1);
  CHECK(runs[0] == run);
  CHECK(fixture.checkpoints() == std::vector<kvm48::Checkpoint>{{"last_page", "5"}});
}

TEST_CASE(
    "an incremental crawl after new VODs appear fetches only up to the first page with a known "
    "VOD") {
  CrawlFixture fixture(23);
  REQUIRE(fixture.runner->run(fixture.instance, {}).status.ok());
  CHECK(fixture.upstream.total_requests() == 5);
  fixture.upstream.publish(3);
  const auto result = fixture.runner->run(fixture.instance, {});
  REQUIRE(result.status.ok());
  CHECK(fixture.upstream.requests(1) == 2);  // page 1 again: 3 new and 2 known VODs
  CHECK(fixture.upstream.total_requests() == 6);
  CHECK(result.run.items_new == 3);
  CHECK(result.run.mode == "incremental");
  CHECK(fixture.stored() == 26);
}

TEST_CASE("limit_pages stops a crawl after that many pages") {
  CrawlFixture fixture(23);
  CrawlOptions options;
  options.limit_pages = 2;
  const auto result = fixture.runner->run(fixture.instance, options);
  REQUIRE(result.status.ok());
  CHECK(fixture.stored() == 10);
  CHECK(fixture.upstream.total_requests() == 2);
  CHECK(result.run.mode == "incremental limit-pages=2");
}

TEST_CASE(
    "an upstream failing mid-crawl fails the run, keeps what was committed, and the next run "
    "completes") {
  CrawlFixture fixture(23);
  fixture.upstream.fail_from_page(3);
  CrawlOptions full;
  full.full = true;
  const auto failed = fixture.runner->run(fixture.instance, full);
  CHECK(failed.status.code() == StatusCode::unavailable);
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(failed.run.error ==
        "GET " + fixture.upstream.url() + "/vods?page=3&size=5: HTTP 500 after 3 attempts");
  CHECK(failed.run.retries == 2);
  CHECK(failed.run.requests == 5);  // pages 1 and 2, then three attempts at page 3
  CHECK(fixture.stored() == 10);
  CHECK(fixture.checkpoints() == std::vector<kvm48::Checkpoint>{{"last_page", "2"}});

  fixture.upstream.fail_from_page(0);
  const auto recovered = fixture.runner->run(fixture.instance, full);
  REQUIRE(recovered.status.ok());
  CHECK(fixture.stored() == 23);  // nothing twice
  CHECK(recovered.run.items_new == 13);
  CHECK(recovered.run.items_unchanged == 10);
  std::vector<kvm48::CrawlRun> runs;
  REQUIRE(fixture.backend->get_crawl_runs("hello", 0, runs).ok());
  CHECK(runs.size() == 2);
}

TEST_CASE("a second crawl of a source that is still running is refused, not queued") {
  CrawlFixture fixture(10);
  fixture.upstream.delay_ms(300);
  auto first =
      std::async(std::launch::async, [&] { return fixture.runner->run(fixture.instance, {}); });
  while (fixture.upstream.total_requests() == 0)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const auto second = fixture.runner->run(fixture.instance, {});
  CHECK(second.status.code() == StatusCode::conflict);
  CHECK(second.status.message() == "a crawl of hello is already running");
  CHECK(first.get().status.ok());
}

TEST_CASE(
    "a run that exceeds its budget is stopped and recorded as over budget, keeping its commits") {
  auto settings = kvm48::test::fast_settings();
  settings.run_budget = std::chrono::seconds(1);
  CrawlFixture fixture(100, settings);
  fixture.upstream.delay_ms(150);
  CrawlOptions full;
  full.full = true;
  const auto result = fixture.runner->run(fixture.instance, full);
  CHECK(result.run.outcome == RunOutcome::over_budget);
  CHECK(result.run.error.rfind("run budget of 1 s exceeded: ", 0) == 0);
  CHECK(fixture.stored() > 0);
  CHECK(fixture.stored() < 100);
  std::vector<kvm48::CrawlRun> runs;
  REQUIRE(fixture.backend->get_crawl_runs("hello", 0, runs).ok());
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].outcome == RunOutcome::over_budget);
}

TEST_CASE("cancel_all stops a running crawl, which ends as cancelled") {
  CrawlFixture fixture(100);
  fixture.upstream.delay_ms(100);
  CrawlOptions full;
  full.full = true;
  auto running =
      std::async(std::launch::async, [&] { return fixture.runner->run(fixture.instance, full); });
  while (fixture.upstream.total_requests() < 2)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  fixture.runner->cancel_all();
  const auto result = running.get();
  CHECK(result.run.outcome == RunOutcome::cancelled);
  CHECK(result.status.code() == StatusCode::cancelled);
}
