#include "source_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>

namespace kvm48::test {
namespace {

sockaddr_in ipv4(const std::string& address, int port) {
  sockaddr_in out{};
  out.sin_family = AF_INET;
  out.sin_port = htons(static_cast<std::uint16_t>(port));
  if (inet_pton(AF_INET, address.c_str(), &out.sin_addr) != 1) {
    throw std::invalid_argument("not an IPv4 address: " + address);
  }
  return out;
}

/// Sends `request` from `source` and reads until the server closes.
std::string exchange(const std::string& source, int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("socket failed");
  const timeval timeout{30, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  const sockaddr_in from = ipv4(source, 0);
  const sockaddr_in to = ipv4("127.0.0.1", port);
  if (bind(fd, reinterpret_cast<const sockaddr*>(&from), sizeof from) != 0 ||
      connect(fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0) {
    close(fd);
    throw std::runtime_error("cannot connect from " + source +
                             " to 127.0.0.1:" + std::to_string(port));
  }
  for (std::size_t sent = 0; sent < request.size();) {
    const ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  std::string answer;
  char buffer[16384];
  for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) {
    answer.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
  return answer;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

HttpReply parse(const std::string& answer) {
  const std::size_t end_of_head = answer.find("\r\n\r\n");
  if (!answer.starts_with("HTTP/1.") || end_of_head == std::string::npos) {
    throw std::runtime_error("not an HTTP answer: " + answer.substr(0, 200));
  }
  HttpReply reply;
  std::istringstream head(answer.substr(0, end_of_head));
  std::string line;
  std::getline(head, line);
  reply.status = std::stoi(line.substr(line.find(' ') + 1, 3));
  while (std::getline(head, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::size_t value = line.find_first_not_of(' ', colon + 1);
    reply.headers[lower(line.substr(0, colon))] =
        value == std::string::npos ? "" : line.substr(value);
  }
  reply.body = answer.substr(end_of_head + 4);
  return reply;
}

}  // namespace

HttpReply http_from(const std::string& source, int port, const std::string& method,
                    const std::string& path, const Headers& headers, const std::string& body) {
  // HTTP/1.0: nginx answers without chunking and closes the connection.
  std::string request = method + " " + path + " HTTP/1.0\r\nHost: kvm48.example.org\r\n";
  for (const auto& [name, value] : headers) request += name + ": " + value + "\r\n";
  if (!body.empty() || method == "POST") {
    request += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  }
  return parse(exchange(source, port, request + "\r\n" + body));
}

HttpReply graphql_from(const std::string& source, int port, const std::string& query,
                       const Headers& headers) {
  Headers all{{"Content-Type", "application/json"}};
  all.insert(all.end(), headers.begin(), headers.end());
  return http_from(source, port, "POST", "/api/graphql", all,
                   nlohmann::json{{"query", query}}.dump());
}

}  // namespace kvm48::test
