// Small pieces the locale files share: the Swedish ICU locale and UTF-8 conversion.
#pragma once

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace kansli::sv::detail {

inline const icu::Locale& swedish() {
    static const icu::Locale locale("sv", "SE");
    return locale;
}

inline std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

inline icu::UnicodeString from_utf8(std::string_view text) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (!is_digit(c)) return false;
    return true;
}

inline constexpr const char* kNoBreakSpace = "\xC2\xA0";
inline constexpr const char* kMinusSign = "\xE2\x88\x92";
inline constexpr const char* kEnDash = "\xE2\x80\x93";

}  // namespace kansli::sv::detail
