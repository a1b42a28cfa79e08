#pragma once
// A parsed HTML page (libxml2's HTML parser, forgiving like a browser) and the
// XPath queries the page parsers need. Never a regular expression on HTML.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct _xmlDoc;
struct _xmlXPathContext;

namespace live48 {

/// XPath step matching elements with a CSS class, e.g. class_step("videos") is
/// `*[contains(concat(' ', normalize-space(@class), ' '), ' videos ')]`.
std::string class_step(std::string_view css_class);

/// Owns one parsed document. Threads: one document per thread; libxml2 itself
/// is initialised once by the plugin (xmlInitParser) before any parse.
class HtmlDocument {
 public:
  /// Parses `html` (UTF-8) with HTML_PARSE_RECOVER|NOERROR|NOWARNING|NONET; throws
  /// std::runtime_error only when libxml2 returns no document at all.
  HtmlDocument(std::string_view html, const std::string& url);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  /// The string value of every node `xpath` selects (text of elements, value of
  /// attributes), in document order.
  [[nodiscard]] std::vector<std::string> strings(const std::string& xpath) const;
  /// Attribute `name` of every element `xpath` selects (nullopt where absent), in
  /// document order, with the element's text when `with_text`. One scan answers
  /// several questions: cheaper than one query per element wanted.
  struct Element {
    std::vector<std::optional<std::string>> attributes;  ///< in the order asked
    std::string text;
  };
  [[nodiscard]] std::vector<Element> elements(const std::string& xpath,
                                              const std::vector<const char*>& names) const;
  /// The string value of the first node `xpath` selects; nullopt when none.
  [[nodiscard]] std::optional<std::string> first(const std::string& xpath) const;

 private:
  std::unique_ptr<_xmlDoc, void (*)(_xmlDoc*)> doc_;
  std::unique_ptr<_xmlXPathContext, void (*)(_xmlXPathContext*)> xpath_;
};

/// `text` without leading and trailing whitespace (ASCII, and U+00A0 / U+3000
/// as Python's str.strip() removes them).
std::string strip(std::string_view text);

}  // namespace live48
