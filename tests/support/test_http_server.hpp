#pragma once
// A real HTTP server on an ephemeral 127.0.0.1 port, answering with a function
// the test gives. For tests of HTTP clients and crawls (the one stand-in we
// allow is an upstream, and this is one).

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>

namespace kvm48::test {

using HttpHandler =
    std::function<void(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&)>;

/// Sends `body` with `status` and a Content-Length.
inline void send_body(Poco::Net::HTTPServerResponse& response,
                      Poco::Net::HTTPResponse::HTTPStatus status, const std::string& body,
                      const std::string& content_type = "text/plain") {
  response.setStatus(status);
  response.setContentType(content_type);
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  response.send() << body;
}

class TestHttpServer {
 public:
  /// `handler` runs on the server's threads, concurrently; it must be thread-safe.
  explicit TestHttpServer(HttpHandler handler)
      : handler_(std::move(handler)), socket_(Poco::Net::SocketAddress("127.0.0.1", 0)) {
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(16);
    server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(handler_), socket_, params);
    server_->start();
  }
  ~TestHttpServer() {
    server_->stopAll(true);
    // stopAll() closes the connections but does not wait for a handler still
    // running (a test's deliberately slow answer): wait, so that no server thread
    // outlives the test.
    for (int i = 0; i < 1000 && server_->currentThreads() > 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  TestHttpServer(const TestHttpServer&) = delete;
  TestHttpServer& operator=(const TestHttpServer&) = delete;

  [[nodiscard]] std::string url(const std::string& path = "") const {
    return "http://127.0.0.1:" + std::to_string(socket_.address().port()) + path;
  }

 private:
  class Handler : public Poco::Net::HTTPRequestHandler {
   public:
    explicit Handler(const HttpHandler& handler) : handler_(handler) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override {
      handler_(request, response);
    }

   private:
    const HttpHandler& handler_;
  };
  class Factory : public Poco::Net::HTTPRequestHandlerFactory {
   public:
    explicit Factory(const HttpHandler& handler) : handler_(handler) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(
        const Poco::Net::HTTPServerRequest&) override {
      return new Handler(handler_);
    }

   private:
    const HttpHandler& handler_;
  };

  HttpHandler handler_;
  Poco::Net::ServerSocket socket_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace kvm48::test
