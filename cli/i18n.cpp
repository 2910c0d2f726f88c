#include "i18n.hpp"

#include <libintl.h>

#include "kansli/messages.hpp"

namespace kansli::cli {

std::string tr(const char* english) { return dgettext(text_domain(), english); }

std::string tr_format(const char* english, std::initializer_list<std::string_view> values) {
    return format_message(tr(english), values);
}

}  // namespace kansli::cli
