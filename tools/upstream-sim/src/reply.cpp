#include "reply.hpp"

#include <Poco/Net/HTTPResponse.h>

namespace kvm48::sim {

Reply htmlReply(int status, std::string body) {
  Reply r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Reply jsonReply(int status, std::string body) {
  Reply r;
  r.status = status;
  r.contentType = "application/json;charset=UTF-8";
  r.body = std::move(body);
  return r;
}

Reply nginxError(int status) {
  const std::string line = std::to_string(status) + " " +
                           Poco::Net::HTTPResponse::getReasonForStatus(
                               static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
  return htmlReply(
      status, "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" +
                  line + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

}  // namespace kvm48::sim
