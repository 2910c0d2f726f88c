#include "letterhead.hpp"

namespace kansli::plugin {

// A logo beside the organisation's printed name is decoration: read out, it would repeat the
// name on every page. Alone, it is the organisation's mark and says so once (header.logo_alt).
Letterhead letterhead(const Theme& theme, const Metadata& meta) {
    Letterhead head{theme.header_text.empty() ? meta.organisation : theme.header_text, false, {}};
    head.logo_decorative = theme.logo.has_value() && !head.name.empty();
    if (theme.logo && !head.logo_decorative) head.logo_alt = theme.logo_alt;
    return head;
}

}  // namespace kansli::plugin
