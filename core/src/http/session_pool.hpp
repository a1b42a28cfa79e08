#pragma once
// Keep-alive HTTP(S) sessions per upstream endpoint, reused across requests.

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/URI.h>

namespace kvm48::host {

class SessionPool {
 public:
  SessionPool();

  struct Lease {
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    std::string endpoint;  ///< scheme://host:port
    bool reused = false;   ///< taken from the pool rather than newly made
  };

  /// An idle session to the URI's endpoint, or a new one. Threads: any.
  Lease acquire(const Poco::URI& uri);
  /// A new session, never a pooled one.
  Lease acquire_fresh(const Poco::URI& uri);
  /// Returns a session whose last exchange completed cleanly; one that failed
  /// is just dropped (its destructor closes the socket).
  void give_back(Lease lease);

 private:
  Poco::Net::Context::Ptr tls_;
  std::mutex mutex_;
  std::map<std::string, std::vector<std::unique_ptr<Poco::Net::HTTPClientSession>>> idle_;
};

}  // namespace kvm48::host
