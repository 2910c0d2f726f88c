// The library's messages as patterns, for translation (messages.cpp). A pattern is the English
// message with `{}` where a value goes (kept as it is) and `{m}` where another message goes
// (translated in turn), `{q}` where quoted text of
// any number of lines goes (kept). Every pattern is a msgid of po/kansli.pot.
#pragma once

#include <span>
#include <string_view>

namespace kansli {

std::span<const char* const> message_patterns();

}  // namespace kansli
