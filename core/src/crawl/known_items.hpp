#pragma once
// KnownItems of a run: the backend's committed data, for one source instance.

#include <string>

#include "kvm48/backend.hpp"
#include "kvm48/crawl.hpp"

namespace kvm48::host {

class BackendKnownItems final : public KnownItems {
 public:
  BackendKnownItems(Backend& backend, std::string source)
      : backend_(backend), source_(std::move(source)) {}

  [[nodiscard]] Status known_perf_vod_ids(std::span<const std::string> ids,
                                          std::vector<bool>& known) noexcept override {
    return backend_.known_perf_vod_ids(ids, known);
  }
  [[nodiscard]] Status known_l4c_pages(std::span<const L4cPageRef> pages,
                                       std::vector<bool>& known) noexcept override {
    return backend_.known_l4c_pages(pages, known);
  }
  [[nodiscard]] Status known_member_vod_ids(std::span<const std::string> ids,
                                            std::vector<bool>& known) noexcept override {
    return backend_.known_member_vod_ids(ids, known);
  }
  [[nodiscard]] Status checkpoints(std::vector<Checkpoint>& out) noexcept override {
    return backend_.get_checkpoints(source_, out);
  }

 private:
  Backend& backend_;
  const std::string source_;
};

}  // namespace kvm48::host
