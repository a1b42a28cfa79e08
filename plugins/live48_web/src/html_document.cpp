#include "html_document.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include <limits>
#include <stdexcept>

namespace live48 {

std::string class_step(std::string_view css_class) {
  return "*[contains(concat(' ', normalize-space(@class), ' '), ' " + std::string(css_class) +
         " ')]";
}

namespace {

void free_doc(_xmlDoc* doc) {
  xmlFreeDoc(doc);
}
void free_context(_xmlXPathContext* context) {
  xmlXPathFreeContext(context);
}

_xmlDoc* parse(std::string_view html, const std::string& url) {
  if (html.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw std::runtime_error("page too large to parse");
  }
  _xmlDoc* doc = htmlReadMemory(
      html.data(), static_cast<int>(html.size()), url.c_str(), "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (doc == nullptr) throw std::runtime_error("not an HTML document");
  return doc;
}

std::string node_string(xmlNodePtr node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return text;
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html, const std::string& url)
    : doc_(parse(html, url), free_doc), xpath_(xmlXPathNewContext(doc_.get()), free_context) {
  if (!xpath_) throw std::runtime_error("cannot create an XPath context");
}

HtmlDocument::~HtmlDocument() = default;

std::vector<std::string> HtmlDocument::strings(const std::string& xpath) const {
  std::vector<std::string> out;
  xmlXPathObjectPtr result =
      xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), xpath_.get());
  if (result == nullptr) throw std::logic_error("bad XPath expression: " + xpath);
  if (result->type == XPATH_NODESET && result->nodesetval != nullptr) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      out.push_back(node_string(result->nodesetval->nodeTab[i]));
    }
  }
  xmlXPathFreeObject(result);
  return out;
}

std::vector<HtmlDocument::Element> HtmlDocument::elements(
    const std::string& xpath, const std::vector<const char*>& names) const {
  std::vector<Element> out;
  xmlXPathObjectPtr result =
      xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), xpath_.get());
  if (result == nullptr) throw std::logic_error("bad XPath expression: " + xpath);
  if (result->type == XPATH_NODESET && result->nodesetval != nullptr) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      xmlNodePtr node = result->nodesetval->nodeTab[i];
      if (node->type != XML_ELEMENT_NODE) continue;
      Element element;
      for (const char* name : names) {
        xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
        if (value == nullptr) {
          element.attributes.emplace_back();
        } else {
          element.attributes.emplace_back(reinterpret_cast<const char*>(value));
          xmlFree(value);
        }
      }
      element.text = node_string(node);
      out.push_back(std::move(element));
    }
  }
  xmlXPathFreeObject(result);
  return out;
}

std::optional<std::string> HtmlDocument::first(const std::string& xpath) const {
  auto all = strings("(" + xpath + ")[1]");
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

std::string strip(std::string_view text) {
  const auto space_at_front = [&](std::string_view t) -> std::size_t {
    if (t.empty()) return 0;
    const unsigned char c = static_cast<unsigned char>(t.front());
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (t.substr(0, 2) == "\xC2\xA0") return 2;      // U+00A0 (&nbsp;)
    if (t.substr(0, 3) == "\xE3\x80\x80") return 3;  // U+3000 ideographic space
    return 0;
  };
  const auto space_at_back = [&](std::string_view t) -> std::size_t {
    if (t.empty()) return 0;
    const unsigned char c = static_cast<unsigned char>(t.back());
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xA0") return 2;
    if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE3\x80\x80") return 3;
    return 0;
  };
  for (std::size_t n; (n = space_at_front(text)) != 0;) text.remove_prefix(n);
  for (std::size_t n; (n = space_at_back(text)) != 0;) text.remove_suffix(n);
  return std::string(text);
}

}  // namespace live48
