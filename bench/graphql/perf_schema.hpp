// The KVM48 API schema of DESIGN.md section 7 over an in-memory table of VODs held as
// C++ structs (as the API server will), for the benchmark.
#pragma once

#include <memory>

#include "graphql/type/schema.hpp"

namespace kvm48::bench {

// `vodCount` VODs, one every 10 minutes from 1500000000, groups in rotation.
std::shared_ptr<const graphql::Schema> perfSchema(int vodCount);

}  // namespace kvm48::bench
