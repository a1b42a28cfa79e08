// The page parsers of live48_web on their own (compiled into the test from the
// plugin's sources): the URL check, the time of .title2, the VOD and list pages
// of UPSTREAM.md 4.5's skeleton.
#include <catch2/catch.hpp>

#include "list_page.hpp"
#include "shanghai_time.hpp"
#include "vod_page.hpp"
#include "vod_url.hpp"

using namespace live48;

TEST_CASE("title2 times are Asia/Shanghai wall time") {
  CHECK(parse_shanghai_time("2019-04-21 13:45:00") == 1555825500);  // KVM48 test_schema.py
  CHECK(parse_shanghai_time("2018-11-09 19:30:00") == 1541763000);
  CHECK(parse_shanghai_time("1970-01-01 08:00:00") == 0);
  CHECK(parse_shanghai_time("2020-02-29 00:00:00").has_value());
  CHECK_FALSE(parse_shanghai_time("2019-02-29 00:00:00"));
  CHECK_FALSE(parse_shanghai_time("2019-04-21 24:00:00"));
  CHECK_FALSE(parse_shanghai_time("2019-04-21T13:45:00"));
  CHECK_FALSE(parse_shanghai_time("2019.04.21 13:45:00"));
  CHECK_FALSE(parse_shanghai_time("2019-04-21 13:45"));
}

TEST_CASE("VOD hrefs: invedio and invideo on the site are accepted and anything else is not") {
  const std::string base = "https://live.48.cn";
  auto link = parse_vod_href(base, "/Index/invedio/club/1/id/2772");
  REQUIRE(link);
  CHECK(link->page == kvm48::L4cPageRef{1, 2772});
  CHECK(link->url == "https://live.48.cn/Index/invedio/club/1/id/2772");
  link = parse_vod_href(base, "https://live.48.cn/Index/invideo/club/6/id/40001");
  REQUIRE(link);
  CHECK(link->page == kvm48::L4cPageRef{6, 40001});
  CHECK(link->url == "https://live.48.cn/Index/invideo/club/6/id/40001");
  CHECK_FALSE(parse_vod_href(base, "https://evil.example/Index/invedio/club/1/id/1"));
  CHECK_FALSE(parse_vod_href(base, "//evil.example/Index/invedio/club/1/id/1"));
  CHECK_FALSE(parse_vod_href(base, "/Index/inlive/id/324479006245982208"));
  CHECK_FALSE(parse_vod_href(base, "/Index/invedio/club/7/id/1"));
  CHECK_FALSE(parse_vod_href(base, "/Index/invedio/club/1/id/12a"));
  CHECK_FALSE(parse_vod_href(base, "/Index/invedio/club/1/id/"));
  CHECK_FALSE(parse_vod_href(base, "/Index/invedio/club/1/id/2772/extra"));
  CHECK_FALSE(parse_vod_href(base, "Index/invedio/club/1/id/2772"));
  CHECK(list_page_url(base, 3, 12) == "https://live.48.cn/Index/main/club/3/p/12.html");
}

namespace {

const char* const kListPage = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>SNH48 Group 官方直播</title></head><body>
 <div class="videolist"><ul>
  <li class="videos"><a href="/Index/invedio/club/1/id/2777" target="_blank"><img src="x.jpg"></a>
   <h4>X队出道四周年</h4><p>TEAM X剧场公演 2019.04.21</p></li>
  <li class="videos"><a href="/Index/invedio/club/1/id/2774" target="_blank">a</a></li>
  <li class="videos"><a href="/Index/invedio/club/1/id/2774" target="_blank">again</a></li>
  <li class="videos"><a href="/Index/other/2773" target="_blank">bad</a></li>
 </ul></div>
 <a href="/Index/invedio/club/1/id/9">outside the list</a>
 <div class="page"><div class="p-wrap">
  <span class="p-skip"><em>共<b>185</b>页&nbsp;&nbsp;到第</em><input value="1"><em>页</em></span>
 </div></div></body></html>)";

const char* const kVodPage = R"(<html><body>
<div class="titles">
 <span class="title1"> 《重生计划》剧场公演 </span>
 <span class="title2">莫寒生日公演 2019-04-21 13:45:00</span>
</div>
<input type="hidden" id="vedio_id" value="324479006245982208">
<input type="hidden" id="chao_url" value="">
<input type="hidden" id="gao_url" value="http://cychengyuan-vod.48.cn/snh/20190421/9999-gaoqing/324479006245982208.m3u8">
<input type="hidden" id="liuchang_url" value="http://cychengyuan-vod.48.cn/snh/20190421/9999-liuchang/324479006245982208.m3u8">
</body></html>)";

const VodLink kLink{{1, 2772}, "https://live.48.cn/Index/invedio/club/1/id/2772"};

std::string replace(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

}  // namespace

TEST_CASE("a list page gives its VOD links once each in order and its page count") {
  const auto page = parse_list_page(kListPage, "https://live.48.cn/Index/main/club/1/p/1.html",
                                    "https://live.48.cn");
  REQUIRE(page.links.size() == 2);
  CHECK(page.links[0].page == kvm48::L4cPageRef{1, 2777});
  CHECK(page.links[1].page == kvm48::L4cPageRef{1, 2774});
  CHECK(page.rejected == std::vector<std::string>{"/Index/other/2773"});
  CHECK(page.total_pages == 185);
  CHECK_THROWS(parse_list_page(replace(kListPage, "共<b>185</b>页", "185"), "u", "https://x"));
  CHECK_THROWS(parse_list_page("<html><body>blocked</body></html>", "u", "https://x"));
}

TEST_CASE("a VOD page gives the record the original stored") {
  const auto result = parse_vod_page(kVodPage, kLink);
  REQUIRE(result.problem == VodPageProblem::none);
  const kvm48::PerfVod& vod = result.vod;
  CHECK(vod.id == "324479006245982208");
  CHECK(vod.group == kvm48::Group::snh48);
  CHECK(vod.l4c_club_id == 1);
  CHECK(vod.l4c_id == 2772);
  CHECK(vod.title == "《重生计划》剧场公演");
  CHECK(vod.subtitle == "莫寒生日公演");
  CHECK(vod.start_time == 1555825500);
  CHECK_FALSE(vod.fhd_stream);  // an empty value is no stream
  CHECK(vod.hd_stream ==
        "http://cychengyuan-vod.48.cn/snh/20190421/9999-gaoqing/324479006245982208.m3u8");
  CHECK(vod.sd_stream ==
        "http://cychengyuan-vod.48.cn/snh/20190421/9999-liuchang/324479006245982208.m3u8");

  SECTION("a subtitle may be empty") {
    const auto bare = parse_vod_page(replace(kVodPage, "莫寒生日公演 ", ""), kLink);
    REQUIRE(bare.problem == VodPageProblem::none);
    CHECK(bare.vod.subtitle == "");
  }
}

TEST_CASE("broken VOD pages are reported as malformed or without stream") {
  const auto expect = [](const std::string& html, VodPageProblem problem, const char* words) {
    const auto result = parse_vod_page(html, kLink);
    CHECK(result.problem == problem);
    CHECK(result.message.find(words) != std::string::npos);
    CHECK(result.message.find(kLink.url) == 0);
  };
  expect(replace(kVodPage, "莫寒生日公演 2019", "莫寒生日公演\n2019"), VodPageProblem::malformed,
         ".title2");
  expect(replace(kVodPage, "2019-04-21 13:45:00", "2019.04.21"), VodPageProblem::malformed,
         ".title2");
  expect(replace(kVodPage, "id=\"vedio_id\"", "id=\"video_id\""), VodPageProblem::malformed,
         "#vedio_id");
  expect(replace(kVodPage, "class=\"title1\"", "class=\"name\""), VodPageProblem::malformed,
         ".title1");
  std::string no_stream = replace(kVodPage, "id=\"gao_url\"", "id=\"x\"");
  no_stream = replace(no_stream, "id=\"liuchang_url\"", "id=\"y\"");
  expect(no_stream, VodPageProblem::no_stream, "no stream found");
}
