#pragma once
// What a route handler answers, before faults decide how (or whether) it is delivered, and the
// content-level faults a handler must apply itself. Plain values.

#include <string>
#include <utility>
#include <vector>

namespace kvm48::sim {

struct Reply {
  int status = 200;
  std::string contentType = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// Faults that change what a page or API answer contains (set by the fault injector).
struct ContentFaults {
  int duplicateItems = 0;  // repeat this many items of the previous page at the top
  bool noStream = false;   // a VOD without any stream
  // Structural damage the renderer applies: "no-pskip", "no-links", "title2-newline",
  // "no-vedio-id" (site); empty = none.
  std::string malformed;
};

Reply htmlReply(int status, std::string body);
Reply jsonReply(int status, std::string body);
// The nginx error page upstream answers with (403, 404, 405, 5xx).
Reply nginxError(int status);

}  // namespace kvm48::sim
