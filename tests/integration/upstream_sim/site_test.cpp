// live.48.cn pages served by the simulator, parsed with libxml2 and compared with the dataset.
#include <catch2/catch.hpp>
#include <regex>

#include "dataset_expectations.hpp"
#include "html_query.hpp"
#include "sim_process.hpp"

using namespace kvm48::sim;
using namespace kvm48::sim::test;

namespace {

const std::string kLinks =
    "//*[" + hasClass("videolist") + "]//*[" + hasClass("videos") + "]//a/@href";
const std::string kPageCount = "//*[" + hasClass("p-skip") + "]";

int pageCount(const HtmlDoc& page) {
  const auto text = page.first(kPageCount);
  REQUIRE(text);
  std::smatch m;
  REQUIRE(std::regex_search(*text, m, std::regex("共(\\d+)页")));
  return std::stoi(m[1]);
}

std::string listPath(int club, int page) {
  return "/Index/main/club/" + std::to_string(club) + "/p/" + std::to_string(page) + ".html";
}

std::string vodPath(const PerfVod& v, const char* spelling = "invedio") {
  return std::string("/Index/") + spelling + "/club/" + std::to_string(v.club) + "/id/" +
         std::to_string(*v.l4cId);
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  const auto e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

void checkVodPage(const SimProcess& sim, const PerfVod& v) {
  INFO("l4c id " << *v.l4cId);
  const HttpResult r = sim.get(vodPath(v));
  REQUIRE(r.status == 200);
  const HtmlDoc page(r.body);
  CHECK(page.first("//input[@id='vedio_id']/@value") == v.canonId);
  CHECK(trim(page.first("//*[" + hasClass("title1") + "]").value_or("")) == v.title);
  const std::string title2 = trim(page.first("//*[" + hasClass("title2") + "]").value_or(""));
  CHECK(title2 == expectedTitle2(v));
  CHECK(title2.find('\n') == std::string::npos);
  const auto stream = [&](const char* id) {
    return page.first(std::string("//input[@id='") + id + "']/@value").value_or("");
  };
  CHECK(stream("liuchang_url") == v.streams.sd);
  CHECK(stream("gao_url") == v.streams.hd);
  CHECK(stream("chao_url") == v.streams.fhd);
  CHECK(page.all("//input[@id='chao_url']").size() == (v.streams.fhd.empty() ? 0u : 1u));
}

}  // namespace

TEST_CASE("list pages hold every VOD of a club newest first, 15 a page, with 共N页") {
  SimProcess sim;
  for (const int club : {2, 6}) {
    const auto expected = siteVods(testData(), club);
    const int pages = static_cast<int>((expected.size() + 14) / 15);
    std::vector<std::string> hrefs;
    for (int p = 1; p <= pages; ++p) {
      const HttpResult r = sim.get(listPath(club, p));
      REQUIRE(r.status == 200);
      const HtmlDoc page(r.body);
      CHECK(pageCount(page) == pages);
      const auto links = page.all(kLinks);
      CHECK(links.size() ==
            (p < pages ? 15u : expected.size() - 15u * static_cast<unsigned>(pages - 1)));
      hrefs.insert(hrefs.end(), links.begin(), links.end());
      CHECK(page.all("//*[" + hasClass("videos") + "]//a[@target='_blank']").size() ==
            links.size());
    }
    REQUIRE(hrefs.size() == expected.size());
    for (std::size_t i = 0; i < hrefs.size(); ++i) {
      CHECK(hrefs[i] == vodPath(*expected[i]));
    }
  }
}

TEST_CASE("the club index is page 1, and a page past the last is empty but keeps the count") {
  SimProcess sim;
  const HtmlDoc index(sim.get("/Index/main/club/1").body);
  const HtmlDoc first(sim.get(listPath(1, 1)).body);
  CHECK(index.all(kLinks) == first.all(kLinks));
  const int pages = pageCount(first);
  const HttpResult past = sim.get(listPath(1, pages + 1));
  CHECK(past.status == 200);
  const HtmlDoc empty(past.body);
  CHECK(empty.all(kLinks).empty());
  CHECK(pageCount(empty) == pages);
}

TEST_CASE("list items show title and the dated subtitle") {
  SimProcess sim;
  const auto expected = siteVods(testData(), 3);
  const HtmlDoc page(sim.get(listPath(3, 1)).body);
  const auto titles = page.all("//*[" + hasClass("videos") + "]/h4");
  const auto lines = page.all("//*[" + hasClass("videos") + "]/p");
  REQUIRE(titles.size() == 15);
  for (std::size_t i = 0; i < titles.size(); ++i) {
    CHECK(titles[i] == expected[i]->title);
    std::string date = shanghai(expected[i]->startTime).substr(0, 10);
    std::replace(date.begin(), date.end(), '-', '.');
    CHECK(lines[i].find(date) != std::string::npos);
  }
}

TEST_CASE("VOD pages show the canon id, titles, Shanghai time and stream inputs of the dataset") {
  SimProcess sim;
  const Dataset& d = testData();
  std::vector<int> ids = {2772, 2773, 2774, 2775, 2777, 1750, 2451, 2580, 2592, 10, 2585};
  for (std::size_t i = 0; i < d.perfVods.size(); i += 61) {
    if (d.perfVods[i].l4cId) ids.push_back(*d.perfVods[i].l4cId);
  }
  for (const int id : ids) checkVodPage(sim, *siteVod(d, id));
}

TEST_CASE("VOD pages answer on both spellings and through any club id") {
  SimProcess sim;
  const PerfVod& gnz = *siteVod(testData(), 2773);  // club 3
  const std::string body = sim.get(vodPath(gnz)).body;
  CHECK(sim.get(vodPath(gnz, "invideo")).body == body);
  CHECK(sim.get("/Index/invedio/club/1/id/2773").body == body);
  CHECK(sim.get("/Index/invideo/club/6/id/2773").body == body);
}

TEST_CASE("unknown VOD ids, clubs and paths answer 404, or 200 without #vedio_id when set") {
  SimProcess sim;
  CHECK(sim.get("/Index/invedio/club/1/id/999999").status == 404);
  CHECK(sim.get("/Index/invedio/club/9/id/2772").status == 404);
  CHECK(sim.get("/Index/main/club/7/p/1.html").status == 404);
  CHECK(sim.get("/Index/main/club/1/p/0.html").status == 404);
  CHECK(sim.get("/nothing/here").status == 404);
  sim.control("POST", "/_sim/settings", {{"site", {{"unknownVod", "200"}}}});
  const HttpResult r = sim.get("/Index/invedio/club/1/id/999999");
  CHECK(r.status == 200);
  CHECK_FALSE(HtmlDoc(r.body).first("//input[@id='vedio_id']"));
}

TEST_CASE("list hrefs switch to the invideo spelling when set") {
  SimProcess sim;
  CHECK(HtmlDoc(sim.get(listPath(1, 1)).body).all(kLinks).front().rfind("/Index/invedio/", 0) == 0);
  sim.control("POST", "/_sim/settings", {{"site", {{"hrefSpelling", "invideo"}}}});
  const auto links = HtmlDoc(sim.get(listPath(1, 1)).body).all(kLinks);
  REQUIRE(links.size() == 15);
  for (const auto& href : links) CHECK(href.rfind("/Index/invideo/club/1/id/", 0) == 0);
}

TEST_CASE("VOD pages can be padded past StagesVODList's 36000-character check") {
  SimProcess sim;
  CHECK(sim.get("/Index/invedio/club/1/id/2772").body.size() < 36000);
  sim.control("POST", "/_sim/settings", {{"site", {{"padVodPagesTo", 36500}}}});
  const HttpResult r = sim.get("/Index/invedio/club/1/id/2772");
  CHECK(r.body.size() >= 36500);
  CHECK(HtmlDoc(r.body).first("//input[@id='vedio_id']/@value") == "324479006245982208");
}

TEST_CASE("list and VOD pages parse with libxml2's HTML parser without an error") {
  SimProcess sim;
  CHECK(htmlParseErrors(sim.get(listPath(1, 1)).body) == 0);
  CHECK(htmlParseErrors(sim.get("/Index/main/club/1").body) == 0);
  CHECK(htmlParseErrors(sim.get("/Index/invedio/club/1/id/2772").body) == 0);
  CHECK(htmlParseErrors(sim.get("/Index/invedio/club/1/id/999999").body) == 0);
  CHECK(htmlParseErrors("<html><body><div class=\"x\"<ul></body></html>") != 0);
}

TEST_CASE("the club index links the announced show to its live-now page, which has no stream") {
  SimProcess sim;
  const HtmlDoc index(sim.get("/Index/main/club/1").body);
  const auto sid = index.first("//*[" + hasClass("watchcontent") + "]//a/@sid");
  REQUIRE(sid);
  const HttpResult r = sim.get("/Index/inlive/id/" + *sid);
  REQUIRE(r.status == 200);
  const HtmlDoc live(r.body);
  CHECK(live.first("//input[@id='vedio_id']/@value") == *sid);
  CHECK(live.first("//*[" + hasClass("titles") + "]/*[" + hasClass("title1") + "]"));
  CHECK_FALSE(live.first("//input[@id='gao_url']"));
  CHECK(sim.get("/Index/inlive/id/324479006245982208").status == 404);  // performed already
  CHECK_FALSE(
      HtmlDoc(sim.get("/Index/main/club/2").body).first("//*[" + hasClass("watchcontent") + "]"));
}
