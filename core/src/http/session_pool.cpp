#include "http/session_pool.hpp"

#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>

namespace kvm48::host {
namespace {

constexpr std::size_t kMaxIdlePerEndpoint = 8;

std::string endpoint_of(const Poco::URI& uri) {
  return uri.getScheme() + "://" + uri.getHost() + ":" + std::to_string(uri.getPort());
}

}  // namespace

SessionPool::SessionPool() {
  Poco::Net::initializeSSL();
  // Verify the upstream's certificate against the system CAs (ca-certificates).
  tls_ = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "",
                                Poco::Net::Context::VERIFY_RELAXED, 9, true);
}

SessionPool::Lease SessionPool::acquire(const Poco::URI& uri) {
  const std::string endpoint = endpoint_of(uri);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto& idle = idle_[endpoint];
    if (!idle.empty()) {
      Lease lease{std::move(idle.back()), endpoint, true};
      idle.pop_back();
      return lease;
    }
  }
  return acquire_fresh(uri);
}

SessionPool::Lease SessionPool::acquire_fresh(const Poco::URI& uri) {
  std::unique_ptr<Poco::Net::HTTPClientSession> session;
  if (uri.getScheme() == "https") {
    session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), tls_);
  } else {
    session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
  }
  session->setKeepAlive(true);
  return Lease{std::move(session), endpoint_of(uri), false};
}

void SessionPool::give_back(Lease lease) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto& idle = idle_[lease.endpoint];
  if (idle.size() < kMaxIdlePerEndpoint) idle.push_back(std::move(lease.session));
}

}  // namespace kvm48::host
