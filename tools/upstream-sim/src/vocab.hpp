#pragma once
// Word lists the generator draws Chinese titles and names from. Pure data, thread-safe.

#include <string>
#include <vector>

namespace kvm48::sim::vocab {

// Stage (公演) names per live.48.cn club (1..6).
const std::vector<std::string>& stagesOfClub(int club);
// One Chinese character and its pinyin.
struct Syllable {
  std::string hanzi;
  std::string pinyin;
};
const std::vector<Syllable>& surnames();
const std::vector<Syllable>& givenNameChars();
const std::vector<std::string>& memberLiveTitles();
const std::vector<std::string>& memberRadioTitles();
const std::vector<std::string>& specialShows();  // titles without 《》, no team

}  // namespace kvm48::sim::vocab
