// Resolving the links a page gives (canonical, og:url) against its address.
#ifndef VIGIE_CLEAN_HTML_URL_H_
#define VIGIE_CLEAN_HTML_URL_H_

#include <string>
#include <string_view>

namespace vigie::clean {

// `ref` resolved against the absolute URL `base` (RFC 3986, section 5.2,
// dot segments removed); `ref` itself when it has a scheme; empty when
// `ref` is relative and `base` is not absolute.
std::string ResolveUrl(std::string_view base, std::string_view ref);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_HTML_URL_H_
