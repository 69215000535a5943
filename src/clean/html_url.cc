#include "clean/html_url.h"

#include <cctype>
#include <vector>

#include "common/strings.h"

namespace vigie::clean {

std::string ResolveUrl(std::string_view base, std::string_view ref) {
  auto scheme_end = [](std::string_view s) -> size_t {
    size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0) return std::string_view::npos;
    for (size_t i = 0; i < colon; ++i) {
      char c = s[i];
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
        return std::string_view::npos;
    }
    return colon;
  };
  if (scheme_end(ref) != std::string_view::npos) return std::string(ref);
  size_t bs = scheme_end(base);
  if (bs == std::string_view::npos || base.compare(bs, 3, "://") != 0) return {};
  std::string_view scheme = base.substr(0, bs);
  size_t auth_start = bs + 3;
  size_t path_start = base.find_first_of("/?#", auth_start);
  if (path_start == std::string_view::npos) path_start = base.size();
  std::string_view authority = base.substr(auth_start, path_start - auth_start);
  std::string_view rest = base.substr(path_start);
  std::string_view base_path = rest.substr(0, rest.find_first_of("?#"));
  if (StartsWith(ref, "//")) return std::string(scheme) + ":" + std::string(ref);
  std::string prefix = std::string(scheme) + "://" + std::string(authority);
  if (ref.empty()) return std::string(base.substr(0, base.find('#')));
  if (ref[0] == '#') return std::string(base.substr(0, base.find('#'))) + std::string(ref);
  if (ref[0] == '?') return prefix + std::string(base_path) + std::string(ref);
  std::string path;
  if (ref[0] == '/') {
    path = std::string(ref);
  } else {
    size_t slash = base_path.rfind('/');
    path = (slash == std::string_view::npos ? std::string("/")
                                            : std::string(base_path.substr(0, slash + 1))) +
           std::string(ref);
  }
  // Remove dot segments in the path part (before any query or fragment).
  size_t qpos = path.find_first_of("?#");
  std::string tail = qpos == std::string::npos ? "" : path.substr(qpos);
  std::string p = qpos == std::string::npos ? path : path.substr(0, qpos);
  std::vector<std::string> segments;
  size_t start = 1;
  while (start <= p.size()) {
    size_t slash = p.find('/', start);
    if (slash == std::string::npos) slash = p.size();
    std::string seg = p.substr(start, slash - start);
    bool last = slash == p.size();
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
      if (last) segments.push_back("");
    } else if (seg == ".") {
      if (last) segments.push_back("");
    } else {
      segments.push_back(seg);
    }
    start = slash + 1;
  }
  std::string out = prefix;
  for (const std::string& s : segments) out += "/" + s;
  if (segments.empty()) out += "/";
  return out + tail;
}

}  // namespace vigie::clean
