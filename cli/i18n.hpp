// The command's own texts in the user's language (gettext domain "kansli", as the library's
// messages: kansli/messages.hpp). Texts are English in the source, marked N_() where they are
// defined and translated with tr() where they are printed; `{}` in a text is filled by tr_format().
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#define N_(text) text

namespace kansli::cli {

// The translation of `english`, or `english` itself.
std::string tr(const char* english);
// tr() then format(): tr_format(N_("wrote {}"), {path}).
std::string tr_format(const char* english, std::initializer_list<std::string_view> values);

}  // namespace kansli::cli
