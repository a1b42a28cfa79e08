#pragma once
// The performance VOD list of one group: getOpenLiveList pages, getOpenLiveOne
// for the streams of each new item.

#include <string>

#include "list_walk.hpp"
#include "perf_answers.hpp"
#include "run_services.hpp"

namespace koudai48 {

class PerfList final : public ListKind {
 public:
  PerfList(RunServices services, kvm48::Group group);

  [[nodiscard]] const std::string& name() const override { return name_; }
  kvm48::Status fetch_page(const std::string& cursor, std::string& next,
                           std::vector<ListEntry>& entries) override;
  kvm48::Status known(std::span<const std::string> ids, std::vector<bool>& known) override;
  kvm48::Status store(const std::vector<std::size_t>& indexes) override;

 private:
  RunServices run_;
  kvm48::Group group_;
  std::string name_;  ///< "perf/{app groupId}"
  OpenLivePage page_;
};

}  // namespace koudai48
