#include "fixture_schema.hpp"

#include <algorithm>

#include "graphql/language/parser.hpp"
#include "graphql/validation/validate.hpp"

namespace kvm48::graphql::test {

const char* const kFixtureSdl = R"(
"""SNH48 Group and its sister groups."""
enum Group { SNH48 BEJ48 GNZ48 SHY48 CKG48 CGT48 }
interface Node { id: String! }
"""A recorded stage performance."""
type PerfVOD implements Node {
  id: String!
  l4cClubId: Int
  l4cId: Int
  l4cUrl: String
  group: Group!
  title: String!
  subtitle: String
  startTime: Int!
  sdStream: String
  hdStream: String
  fhdStream: String
  bestStream: String!
}
type Member implements Node {
  id: String!
  name: String!
  group: Group!
  nickname: String @deprecated(reason: "Use name.")
}
union SearchResult = PerfVOD | Member
input Range { from: Int! to: Int! group: Group = SNH48 }
type Query {
  revision: String!
  perfVod(id: String!): PerfVOD
  perfVods(ids: [String], from: Int, to: Int, group: Group): [PerfVOD]
  node(id: String!): Node
  search(text: String!): [SearchResult!]!
  inRange(range: Range!): [PerfVOD!]!
  echo(s: String, i: Int, f: Float, b: Boolean, id: ID, list: [Int!], e: Group = GNZ48): String
  fail: String
  failNonNull: String!
  brokenVods: [PerfVOD!]
}
type Mutation { touch(id: String!): Int }
)";

namespace {

Json vod(const char* id, int club, int l4cId, const char* group, const char* title, int start,
         const char* hd) {
  Json v = {{"__typename", "PerfVOD"},
            {"id", id},
            {"l4cClubId", club},
            {"l4cId", l4cId},
            {"l4cUrl", "https://live.48.cn/Index/invedio/club/" + std::to_string(club) + "/id/" +
                           std::to_string(l4cId)},
            {"group", group},
            {"title", title},
            {"subtitle", nullptr},
            {"startTime", start},
            {"sdStream", nullptr},
            {"hdStream", hd},
            {"fhdStream", hd}};
  v["bestStream"] = hd;
  return v;
}

const Json& vods() {
  static const Json data = Json::array({
      vod("100", 1, 2770, "SNH48", "Team SII", 1500000000, "https://v/100.m3u8"),
      vod("101", 2, 2771, "BEJ48", "Team B", 1500000100, "https://v/101.m3u8"),
      vod("102", 3, 2772, "GNZ48", "Team G", 1500000200, "https://v/102.m3u8"),
      vod("103", 1, 2773, "SNH48", "Team NII", 1500000300, "https://v/103.m3u8"),
  });
  return data;
}

const Json& members() {
  static const Json data = Json::array({
      {{"__typename", "Member"},
       {"id", "m1"},
       {"name", "Ju Jingyi"},
       {"group", "SNH48"},
       {"nickname", "Kiku"}},
  });
  return data;
}

Value findById(const Json& list, const std::string& id) {
  for (const auto& item : list) {
    if (item["id"] == id) return Value(item);
  }
  return {};
}

Value perfVods(const ResolveInfo& info) {
  if (info.hasArg("ids") && !info.arg("ids").is_null()) {
    if (info.hasArg("from") || info.hasArg("to") || info.hasArg("group")) {
      return Value::error("'from', 'to' and 'group' are not allowed when 'ids' is specified.");
    }
    Value::List out;
    for (const auto& id : info.arg("ids")) {
      out.push_back(id.is_string() ? findById(vods(), id.get<std::string>()) : Value());
    }
    return out;
  }
  if (!info.arg("from").is_number() || !info.arg("to").is_number()) {
    return Value::error("Either 'ids', or 'from' and 'to' must be specified.");
  }
  const auto from = info.arg("from").get<std::int64_t>(), to = info.arg("to").get<std::int64_t>();
  Json out = Json::array();
  for (const auto& v : vods()) {
    const auto start = v["startTime"].get<std::int64_t>();
    if (start < from || start >= to) continue;
    if (info.arg("group").is_string() && v["group"] != info.arg("group")) continue;
    out.push_back(v);
  }
  return out;
}

}  // namespace

std::shared_ptr<const Schema> fixtureSchema() {
  auto schema = std::make_shared<Schema>();
  schema->addEnum("Group", "SNH48 Group and its sister groups.")
      .value("SNH48")
      .value("BEJ48")
      .value("GNZ48")
      .value("SHY48")
      .value("CKG48")
      .value("CGT48");
  schema->addInterface("Node").field("id", "String!");
  auto& vod = schema->addObject("PerfVOD", "A recorded stage performance.");
  vod.interfaceNames = {"Node"};
  for (auto [name, type] :
       std::initializer_list<std::pair<const char*, const char*>>{{"id", "String!"},
                                                                  {"l4cClubId", "Int"},
                                                                  {"l4cId", "Int"},
                                                                  {"l4cUrl", "String"},
                                                                  {"group", "Group!"},
                                                                  {"title", "String!"},
                                                                  {"subtitle", "String"},
                                                                  {"startTime", "Int!"},
                                                                  {"sdStream", "String"},
                                                                  {"hdStream", "String"},
                                                                  {"fhdStream", "String"},
                                                                  {"bestStream", "String!"}}) {
    vod.field(name, type);
  }
  auto& member = schema->addObject("Member");
  member.interfaceNames = {"Node"};
  member.field("id", "String!");
  member.field("name", "String!");
  member.field("group", "Group!");
  member.field("nickname", "String").deprecated("Use name.");
  schema->addUnion("SearchResult").memberNames = {"PerfVOD", "Member"};
  schema->addInputObject("Range")
      .field("from", "Int!")
      .field("to", "Int!")
      .field("group", "Group", Json("SNH48"));

  auto& query = schema->addObject("Query");
  query.field("revision", "String!", [](const ResolveInfo&) { return Value("20261127.1"); });
  query
      .field("perfVod", "PerfVOD",
             [](const ResolveInfo& i) { return findById(vods(), i.arg("id").get<std::string>()); })
      .arg("id", "String!");
  query.field("perfVods", "[PerfVOD]", perfVods)
      .arg("ids", "[String]")
      .arg("from", "Int")
      .arg("to", "Int")
      .arg("group", "Group");
  query
      .field("node", "Node",
             [](const ResolveInfo& i) {
               const auto id = i.arg("id").get<std::string>();
               Value v = findById(vods(), id);
               return v.isNull() ? findById(members(), id) : v;
             })
      .arg("id", "String!");
  query
      .field("search", "[SearchResult!]!",
             [](const ResolveInfo& i) {
               const auto text = i.arg("text").get<std::string>();
               Json out = Json::array();
               for (const auto* list : {&vods(), &members()}) {
                 for (const auto& item : *list) {
                   const auto& label = item.contains("title") ? item["title"] : item["name"];
                   if (label.get<std::string>().find(text) != std::string::npos)
                     out.push_back(item);
                 }
               }
               return Value(std::move(out));
             })
      .arg("text", "String!");
  query
      .field("inRange", "[PerfVOD!]!",
             [](const ResolveInfo& i) {
               const Json& r = i.arg("range");
               Json out = Json::array();
               for (const auto& v : vods()) {
                 const auto start = v["startTime"].get<std::int64_t>();
                 if (start >= r["from"].get<std::int64_t>() &&
                     start < r["to"].get<std::int64_t>() && v["group"] == r["group"]) {
                   out.push_back(v);
                 }
               }
               return Value(std::move(out));
             })
      .arg("range", "Range!");
  query.field("echo", "String", [](const ResolveInfo& i) { return Value(i.args.dump()); })
      .arg("s", "String")
      .arg("i", "Int")
      .arg("f", "Float")
      .arg("b", "Boolean")
      .arg("id", "ID")
      .arg("list", "[Int!]")
      .arg("e", "Group", Json("GNZ48"));
  query.field("fail", "String",
              [](const ResolveInfo&) -> Value { throw std::runtime_error("resolver exploded"); });
  query.field("failNonNull", "String!",
              [](const ResolveInfo&) { return Value::error("no value"); });
  query.field("brokenVods", "[PerfVOD!]", [](const ResolveInfo&) {
    Json list = vods();
    list[1].erase("bestStream");  // violates PerfVOD.bestStream: String!
    return Value(std::move(list));
  });
  schema->addObject("Mutation")
      .field("touch", "Int", [](const ResolveInfo&) { return Value(1); })
      .arg("id", "String!");
  schema->setMutationType("Mutation");
  schema->finalize();
  return schema;
}

Json run(const Schema& schema, const std::string& query, const Json& variables,
         std::optional<std::string> operationName) {
  std::unique_ptr<ast::Document> document;
  try {
    document = parse(query);
  } catch (const SyntaxError& e) {
    return ExecutionResult{std::nullopt, {e.error}}.toJson();
  }
  auto errors = validate(schema, *document);
  if (!errors.empty()) return ExecutionResult{std::nullopt, errors}.toJson();
  return execute(ExecuteRequest{schema, *document, variables, std::move(operationName)}).toJson();
}

}  // namespace kvm48::graphql::test
