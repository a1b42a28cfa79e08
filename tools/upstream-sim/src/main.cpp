// kvm48-upstream-sim: `generate` writes a synthetic dataset, `serve` serves one.
// Exit status: 0 success, 1 runtime failure, 2 usage error.
#include <csignal>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "generator.hpp"
#include "sim_server.hpp"

namespace {

using namespace kvm48::sim;

const char* const kUsage =
    "usage:\n"
    "  kvm48-upstream-sim generate --out FILE [--perf N] [--member M] [--seed S]\n"
    "  kvm48-upstream-sim serve --dataset FILE [--listen HOST:PORT] [--faults FILE]\n"
    "                           [--require-headers NAME,NAME|none] [--fault-seed S]\n"
    "\n"
    "generate  writes a deterministic synthetic dataset (defaults: --perf 30000 --member 20000\n"
    "          --seed 1)\n"
    "serve     serves live.48.cn pages and the Koudai48 v6 API from FILE; --listen defaults to\n"
    "          127.0.0.1:0 (an ephemeral port); prints \"listening on HOST:PORT\"; stops on\n"
    "          SIGTERM or SIGINT. --faults FILE: {\"seed\":S,\"settings\":{...},\"rules\":[...]}\n"
    "See tools/upstream-sim/README.md.\n";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// --key value pairs after the subcommand.
std::map<std::string, std::string> parseOptions(int argc, char** argv, int first,
                                                const std::vector<std::string>& allowed) {
  std::map<std::string, std::string> options;
  for (int i = first; i < argc; ++i) {
    const std::string key = argv[i];
    if (key == "--help" || key == "-h") throw UsageError("");
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      throw UsageError("unknown option " + key);
    }
    if (i + 1 >= argc) throw UsageError(key + " needs a value");
    options[key] = argv[++i];
  }
  return options;
}

long long number(const std::map<std::string, std::string>& o, const std::string& key,
                 long long fallback) {
  const auto it = o.find(key);
  if (it == o.end()) return fallback;
  try {
    std::size_t used = 0;
    const long long value = std::stoll(it->second, &used);
    if (used == it->second.size()) return value;
  } catch (const std::exception&) {
  }
  throw UsageError(key + " wants a number, got " + it->second);
}

int generate(const std::map<std::string, std::string>& o) {
  if (!o.count("--out")) throw UsageError("generate needs --out FILE");
  GeneratorOptions options;
  options.perfVods = static_cast<int>(number(o, "--perf", options.perfVods));
  options.memberVods = static_cast<int>(number(o, "--member", options.memberVods));
  options.seed = static_cast<std::uint64_t>(number(o, "--seed", 1));
  const Dataset d = generateDataset(options);
  saveDataset(d, o.at("--out"));
  std::cout << "wrote " << o.at("--out") << ": " << d.perfVods.size() << " performance VODs, "
            << d.memberVods.size() << " member VODs, " << d.members.size() << " members\n";
  return 0;
}

nlohmann::json readJsonFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(path + ": not valid JSON: " + e.what());
  }
}

StartupConfig startupConfig(const std::map<std::string, std::string>& o) {
  if (!o.count("--dataset")) throw UsageError("serve needs --dataset FILE");
  StartupConfig config;
  config.dataset = loadDataset(o.at("--dataset"));
  if (o.count("--faults")) {
    const nlohmann::json j = readJsonFile(o.at("--faults"));
    try {
      config.faultSeed = j.value("seed", std::uint64_t{1});
      if (j.contains("settings")) config.settings = settingsFromJson(j["settings"], {});
      config.rules = j.value("rules", nlohmann::json::array());
      FaultInjector(config.faultSeed).add(config.rules);  // validate now, not at first request
    } catch (const std::exception& e) {
      throw std::runtime_error(o.at("--faults") + ": " + e.what());
    }
  }
  if (o.count("--require-headers")) {
    std::vector<std::string> names;
    std::stringstream list(o.at("--require-headers"));
    for (std::string name; std::getline(list, name, ',');) {
      if (!name.empty() && name != "none") names.push_back(name);
    }
    config.settings.api.requiredHeaders = names;
  }
  config.faultSeed = static_cast<std::uint64_t>(
      number(o, "--fault-seed", static_cast<long long>(config.faultSeed)));
  return config;
}

int serve(const std::map<std::string, std::string>& o) {
  const std::string listen = o.count("--listen") ? o.at("--listen") : "127.0.0.1:0";
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) throw UsageError("--listen wants HOST:PORT");
  const std::string host = listen.substr(0, colon);
  const long long port = number({{"--listen", listen.substr(colon + 1)}}, "--listen", 0);
  if (port < 0 || port > 65535) throw UsageError("--listen: port out of range");

  // Block the stop signals before any thread starts, so only sigwait() below receives them.
  sigset_t stopSignals;
  sigemptyset(&stopSignals);
  sigaddset(&stopSignals, SIGINT);
  sigaddset(&stopSignals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  SimState state(startupConfig(o));
  SimServer server(state, host, static_cast<std::uint16_t>(port));
  server.start();
  std::cout << "listening on " << host << ":" << server.port() << std::endl;
  int received = 0;
  sigwait(&stopSignals, &received);
  std::cout << "stopping on signal " << received << std::endl;
  server.stop();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "generate") {
      return generate(parseOptions(argc, argv, 2, {"--out", "--perf", "--member", "--seed"}));
    }
    if (command == "serve") {
      return serve(
          parseOptions(argc, argv, 2,
                       {"--dataset", "--listen", "--faults", "--require-headers", "--fault-seed"}));
    }
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << kUsage;
      return 0;
    }
    throw UsageError(command.empty() ? "missing command" : "unknown command " + command);
  } catch (const UsageError& e) {
    if (*e.what()) std::cerr << "kvm48-upstream-sim: " << e.what() << "\n";
    std::cerr << kUsage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "kvm48-upstream-sim: " << e.what() << "\n";
    return 1;
  }
}
