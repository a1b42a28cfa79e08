#include "html_query.hpp"

#include <stdexcept>

namespace kvm48::sim::test {

HtmlDoc::HtmlDoc(const std::string& html)
    : doc_(htmlReadMemory(
          html.data(), static_cast<int>(html.size()), "page.html", "utf-8",
          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET)) {
  if (!doc_) throw std::runtime_error("libxml2 could not parse the page");
}

HtmlDoc::~HtmlDoc() {
  xmlFreeDoc(doc_);
}

std::vector<std::string> HtmlDoc::all(const std::string& xpath) const {
  xmlXPathContextPtr context = xmlXPathNewContext(doc_);
  xmlXPathObjectPtr result =
      xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), context);
  std::vector<std::string> values;
  if (result && result->nodesetval) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      xmlChar* text = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
      values.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
      xmlFree(text);
    }
  }
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(context);
  return values;
}

std::optional<std::string> HtmlDoc::first(const std::string& xpath) const {
  auto values = all(xpath);
  if (values.empty()) return std::nullopt;
  return values.front();
}

int htmlParseErrors(const std::string& html) {
  htmlParserCtxtPtr context = htmlNewParserCtxt();
  htmlDocPtr doc =
      htmlCtxtReadMemory(context, html.data(), static_cast<int>(html.size()), "page.html", "utf-8",
                         HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  const int error = doc ? context->errNo : -1;
  if (doc) xmlFreeDoc(doc);
  htmlFreeParserCtxt(context);
  return error;
}

std::string hasClass(const std::string& cls) {
  return "contains(concat(' ', normalize-space(@class), ' '), ' " + cls + " ')";
}

}  // namespace kvm48::sim::test
