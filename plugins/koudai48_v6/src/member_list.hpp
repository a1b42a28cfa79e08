#pragma once
// The member VOD list of one group: getLiveList pages (record: true), getLiveOne
// for the VOD and danmaku files of each new item; group and team from the run's
// roster, else from the nickname's GROUP part.

#include <string>

#include "list_walk.hpp"
#include "member_answers.hpp"
#include "run_services.hpp"

namespace koudai48 {

class MemberList final : public ListKind {
 public:
  MemberList(RunServices services, kvm48::Group group);

  [[nodiscard]] const std::string& name() const override { return name_; }
  kvm48::Status fetch_page(const std::string& cursor, std::string& next,
                           std::vector<ListEntry>& entries) override;
  kvm48::Status known(std::span<const std::string> ids, std::vector<bool>& known) override;
  kvm48::Status store(const std::vector<std::size_t>& indexes) override;

 private:
  /// Fills group, app group and team (and a missing name) from the roster; the
  /// problem with the item, or "" when it can be stored.
  std::string complete_member(LiveItem& item) const;

  RunServices run_;
  kvm48::Group group_;
  std::string name_;  ///< "member/{app groupId}"
  LivePage page_;
};

}  // namespace koudai48
