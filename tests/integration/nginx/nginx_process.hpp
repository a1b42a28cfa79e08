#pragma once
// Debian's nginx for one test, run from config/examples/nginx-kvm48.conf: the example's site
// with its ports, paths and upstream servers replaced (plain HTTP on 127.0.0.1, everything
// in a temporary directory of its own), under a minimal main nginx.conf. The system's nginx
// configuration and service are never used. The destructor stops it and removes the files.

#include <string>
#include <vector>

namespace kvm48::test {

/// The example site with the certificate, cache and log paths moved into `directory`
/// (otherwise unchanged, TLS included): what `nginx -t` checks. Writes a self-signed
/// placeholder certificate there (openssl). Throws std::runtime_error when the example no
/// longer has a line this relies on.
std::string example_site_in(const std::string& directory);

/// The main nginx.conf for a site file: pid, logs and temporary paths under `directory`.
std::string main_config(const std::string& directory, const std::string& site_file);

/// Runs `nginx -t` on `main_config_file`; the exit status and nginx's output.
std::pair<int, std::string> nginx_test_config(const std::string& directory,
                                              const std::string& main_config_file);

class NginxProcess {
 public:
  /// Starts nginx in front of the servers on 127.0.0.1:`upstream_ports` and waits (20 s at
  /// most) until it accepts connections. Throws std::runtime_error with its error log when
  /// it does not come up.
  explicit NginxProcess(const std::vector<int>& upstream_ports);
  ~NginxProcess();
  NginxProcess(const NginxProcess&) = delete;
  NginxProcess& operator=(const NginxProcess&) = delete;

  /// The example's TLS server, as plain HTTP.
  [[nodiscard]] int port() const { return port_; }
  /// The example's port-80 server (the redirect to HTTPS).
  [[nodiscard]] int redirect_port() const { return redirect_port_; }
  /// nginx's error log so far.
  [[nodiscard]] std::string error_log() const;

 private:
  bool start(const std::vector<int>& upstream_ports);
  void stop();

  std::string directory_;
  int port_ = 0;
  int redirect_port_ = 0;
  int pid_ = 0;
};

}  // namespace kvm48::test
