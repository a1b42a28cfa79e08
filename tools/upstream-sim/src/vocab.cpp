#include "vocab.hpp"

namespace kvm48::sim::vocab {

const std::vector<std::string>& stagesOfClub(int club) {
  static const std::vector<std::vector<std::string>> stages = {
      {"重生计划", "第48区", "心的旅程", "美丽世界", "专属派对", "代号XII", "命运的X号", "头号新闻",
       "时之卷", "此间少年", "终极任务", "让梦想闪耀", "奇幻加冕礼", "我们向前冲"},
      {"UNIVERSE", "逆流而上", "梦想的旗帜", "化作樱花树", "因为喜欢你", "双面偶像", "B4"},
      {"Fiona.N", "马尾与发圈", "源动力", "青春的约定", "新的征程", "美少女的秘密", "炽热的太阳"},
      {"天才少女日记", "爱的幸运曲奇", "彼得潘", "初日"},
      {"以爱之名", "暗夜天使", "心的旅程", "山城之约"},
      {"启程", "青春赞歌", "追光者", "南国之夏"},
  };
  const auto index = static_cast<std::size_t>(club >= 1 && club <= 6 ? club - 1 : 0);
  return stages[index];
}

const std::vector<Syllable>& surnames() {
  static const std::vector<Syllable> v = {
      {"张", "zhang"}, {"王", "wang"},  {"李", "li"},    {"刘", "liu"},   {"陈", "chen"},
      {"杨", "yang"},  {"黄", "huang"}, {"赵", "zhao"},  {"吴", "wu"},    {"周", "zhou"},
      {"徐", "xu"},    {"孙", "sun"},   {"马", "ma"},    {"朱", "zhu"},   {"胡", "hu"},
      {"郭", "guo"},   {"何", "he"},    {"林", "lin"},   {"罗", "luo"},   {"高", "gao"},
      {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"},   {"宋", "song"},  {"唐", "tang"},
      {"许", "xu"},    {"韩", "han"},   {"冯", "feng"},  {"邓", "deng"},  {"曹", "cao"},
      {"彭", "peng"},  {"曾", "zeng"},  {"肖", "xiao"},  {"田", "tian"},  {"董", "dong"},
      {"袁", "yuan"},  {"潘", "pan"},   {"蒋", "jiang"}, {"蔡", "cai"},   {"余", "yu"},
      {"杜", "du"},    {"叶", "ye"},    {"程", "cheng"}, {"苏", "su"},    {"魏", "wei"},
      {"吕", "lv"},    {"丁", "ding"},  {"沈", "shen"},  {"姚", "yao"},   {"卢", "lu"},
      {"姜", "jiang"}, {"崔", "cui"},   {"钟", "zhong"}, {"谭", "tan"},   {"陆", "lu"},
      {"汪", "wang"},  {"范", "fan"},   {"金", "jin"},   {"石", "shi"},   {"廖", "liao"},
      {"夏", "xia"},   {"韦", "wei"},   {"方", "fang"},  {"白", "bai"},   {"邹", "zou"},
      {"孟", "meng"},  {"熊", "xiong"}, {"秦", "qin"},   {"江", "jiang"}, {"莫", "mo"}};
  return v;
}

const std::vector<Syllable>& givenNameChars() {
  static const std::vector<Syllable> v = {
      {"语", "yu"},   {"格", "ge"},   {"思", "si"},  {"雨", "yu"},   {"欣", "xin"},  {"梓", "zi"},
      {"涵", "han"},  {"佳", "jia"},  {"怡", "yi"},  {"琪", "qi"},   {"婷", "ting"}, {"雅", "ya"},
      {"晨", "chen"}, {"悦", "yue"},  {"诗", "shi"}, {"萱", "xuan"}, {"梦", "meng"}, {"瑶", "yao"},
      {"璐", "lu"},   {"菲", "fei"},  {"嘉", "jia"}, {"琳", "lin"},  {"颖", "ying"}, {"馨", "xin"},
      {"蕾", "lei"},  {"晴", "qing"}, {"可", "ke"},  {"柔", "rou"},  {"玉", "yu"},   {"月", "yue"},
      {"丹", "dan"},  {"妍", "yan"},  {"芷", "zhi"}, {"若", "ruo"},  {"佩", "pei"},  {"芸", "yun"},
      {"依", "yi"},   {"宁", "ning"}, {"蝶", "die"}, {"羽", "yu"},   {"寒", "han"},  {"洁", "jie"},
      {"娜", "na"},   {"倩", "qian"}, {"薇", "wei"}, {"婧", "jing"}, {"雪", "xue"},  {"露", "lu"},
      {"冰", "bing"}, {"楠", "nan"},  {"琦", "qi"},  {"紫", "zi"},   {"彤", "tong"}, {"萌", "meng"},
      {"曦", "xi"},   {"湘", "xiang"}};
  return v;
}

const std::vector<std::string>& memberLiveTitles() {
  static const std::vector<std::string> v = {
      "来聊天啦", "今天也要元气满满", "练习室直播", "吃饭直播", "周末愉快",   "下班啦",
      "聊聊公演", "随便聊聊",         "生日快乐",   "化妆直播", "和大家见面", "早安"};
  return v;
}

const std::vector<std::string>& memberRadioTitles() {
  static const std::vector<std::string> v = {"唱歌电台", "睡前电台",   "晚安电台",
                                             "深夜电台", "碎碎念电台", "点歌电台"};
  return v;
}

const std::vector<std::string>& specialShows() {
  static const std::vector<std::string> v = {"星梦mini live", "新春特别公演", "年度青春盛典",
                                             "夏日特别公演",  "见面会",       "毕业公演"};
  return v;
}

}  // namespace kvm48::sim::vocab
