#pragma once
// The baseline: the same pages fetched with bare Poco HTTP GETs over two
// keep-alive connections (two threads, like the crawler), no parsing, no
// storage, no retry policy. What HTTP alone costs against this simulator.

#include <cstdint>
#include <string>
#include <vector>

namespace kvm48::bench {

/// Fetches every path once over `connections` keep-alive connections; returns
/// the wall time in seconds. Throws on any non-200 answer.
double raw_fetch_seconds(std::uint16_t port, const std::vector<std::string>& paths,
                         int connections);

}  // namespace kvm48::bench
