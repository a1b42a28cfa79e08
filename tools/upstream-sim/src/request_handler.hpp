#pragma once
// One Poco handler for every path: routes, counts, asks the fault injector, serves, delivers.

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "sim_state.hpp"

namespace kvm48::sim {

class SimRequestHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit SimRequestHandler(SimState& state) : state_(state) {}
  void handleRequest(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) override;

 private:
  SimState& state_;
};

class SimRequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit SimRequestHandlerFactory(SimState& state) : state_(state) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new SimRequestHandler(state_);
  }

 private:
  SimState& state_;  // outlives the server (owned by main)
};

}  // namespace kvm48::sim
