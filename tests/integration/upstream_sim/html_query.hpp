#pragma once
// Test helper: parses HTML with libxml2's HTML parser (as the crawler will) and answers XPath
// queries. Owns the document; not thread-safe.

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include <optional>
#include <string>
#include <vector>

namespace kvm48::sim::test {

class HtmlDoc {
 public:
  explicit HtmlDoc(const std::string& html);
  ~HtmlDoc();
  HtmlDoc(const HtmlDoc&) = delete;
  HtmlDoc& operator=(const HtmlDoc&) = delete;

  // String values of every node the expression selects (attribute values or element text).
  std::vector<std::string> all(const std::string& xpath) const;
  // The first one, if any.
  std::optional<std::string> first(const std::string& xpath) const;

 private:
  htmlDocPtr doc_;
};

// libxml2's error code for parsing `html` (0 = no error, the page is well formed HTML).
int htmlParseErrors(const std::string& html);

// XPath for "elements with class C" (CSS .C).
std::string hasClass(const std::string& cls);

}  // namespace kvm48::sim::test
