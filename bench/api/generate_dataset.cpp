// generate_dataset --db FILE [--count N] [--seed S] [--batch B] [--ids-file FILE] [--ids K]
//
// Writes N (default 60,000) synthetic performance VODs over 2014-2026 (see
// synthetic_dataset.hpp) into a new SQLite database through the sqlite backend
// plugin, loaded by the host's plugin loader as kvm48-server loads it, in write
// batches of B (default 1000). Writes K (default 1000) of their ids, a
// deterministic sample, one per line, to --ids-file for the API benchmark.
// Prints the count and the time taken. Exit status 0, or 1 with a message.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "loaded_backend.hpp"
#include "synthetic_dataset.hpp"

using namespace kvm48;
using namespace kvm48::bench;

namespace {

struct Arguments {
  std::string db;
  std::string ids_file;
  DatasetSpec spec;
  std::size_t batch = 1000;
  std::size_t sample_ids = 1000;
};

std::size_t positive(const std::string& flag, const std::string& text) {
  const bool digits = !text.empty() && text.size() <= 18 &&
                      text.find_first_not_of("0123456789") == std::string::npos;
  const unsigned long long value = digits ? std::stoull(text) : 0;
  if (value == 0) {
    throw std::invalid_argument(flag + " needs a positive integer, got '" + text + "'");
  }
  return static_cast<std::size_t>(value);
}

Arguments parse_arguments(int argc, char** argv) {
  Arguments args;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) throw std::invalid_argument(flag + " needs a value");
    const char* value = argv[++i];
    if (flag == "--db")
      args.db = value;
    else if (flag == "--ids-file")
      args.ids_file = value;
    else if (flag == "--count")
      args.spec.count = positive(flag, value);
    else if (flag == "--seed")
      args.spec.seed = positive(flag, value);
    else if (flag == "--batch")
      args.batch = positive(flag, value);
    else if (flag == "--ids")
      args.sample_ids = positive(flag, value);
    else
      throw std::invalid_argument("unknown argument " + flag);
  }
  if (args.db.empty()) throw std::invalid_argument("--db FILE is required");
  if (std::filesystem::exists(args.db)) {
    throw std::invalid_argument(args.db + " exists; the generator writes a new database");
  }
  return args;
}

// A YAML single-quoted scalar.
std::string yaml_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

void write_batches(Backend& backend, const std::vector<PerfVod>& vods, std::size_t batch_size) {
  UpsertCounts total;
  for (std::size_t first = 0; first < vods.size(); first += batch_size) {
    WriteBatch batch;
    batch.source = "synthetic";
    const auto end = std::min(vods.size(), first + batch_size);
    batch.perf_vods.assign(vods.begin() + static_cast<std::ptrdiff_t>(first),
                           vods.begin() + static_cast<std::ptrdiff_t>(end));
    UpsertCounts counts;
    if (const Status status = backend.write(batch, counts); !status) {
      throw std::runtime_error("write of VODs " + std::to_string(first) + ".." +
                               std::to_string(end) + " failed: " + status.message());
    }
    total.inserted += counts.inserted;
  }
  if (total.inserted != vods.size()) {
    throw std::runtime_error("the backend stored " + std::to_string(total.inserted) +
                             " new VODs of " + std::to_string(vods.size()) + " (duplicate ids?)");
  }
}

void write_sample_ids(const std::string& path, const std::vector<PerfVod>& vods, std::size_t count,
                      std::uint64_t seed) {
  std::vector<std::size_t> order(vods.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 random(seed + 1);
  std::shuffle(order.begin(), order.end(), random);
  std::ofstream out(path);
  for (std::size_t i = 0; i < std::min(count, order.size()); ++i) out << vods[order[i]].id << '\n';
  if (!out.flush()) throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Arguments args = parse_arguments(argc, argv);
    const auto start = std::chrono::steady_clock::now();
    const std::vector<PerfVod> vods = synthetic_dataset(args.spec);
    {
      auto backend = test::open_backend("sqlite", "path: " + yaml_quoted(args.db) + "\n");
      write_batches(*backend, vods, args.batch);
    }  // closed: the WAL is checkpointed into the file
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!args.ids_file.empty()) {
      write_sample_ids(args.ids_file, vods, args.sample_ids, args.spec.seed);
    }
    std::printf(
        "generate_dataset: %zu VODs (seed %llu) into %s in batches of %zu: %.2f s, %.0f rows/s\n",
        vods.size(), static_cast<unsigned long long>(args.spec.seed), args.db.c_str(), args.batch,
        seconds, static_cast<double>(vods.size()) / seconds);
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "generate_dataset: %s\n", e.what());
    return 1;
  }
}
