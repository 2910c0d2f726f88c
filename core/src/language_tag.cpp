#include "language_tag.hpp"

#include <algorithm>

namespace kansli {

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_letter_or_digit(char c) { return is_letter(c) || (c >= '0' && c <= '9'); }

}  // namespace

bool is_language_tag(std::string_view tag) {
    const auto dash = tag.find('-');
    const std::string_view primary = tag.substr(0, dash);
    if (primary.size() < 2 || primary.size() > 3 || !std::all_of(primary.begin(), primary.end(), is_letter))
        return false;
    if (dash == std::string_view::npos) return true;
    std::string_view rest = tag.substr(dash + 1);
    while (true) {
        const auto next = rest.find('-');
        const std::string_view subtag = rest.substr(0, next);
        if (subtag.empty() || subtag.size() > 8 || !std::all_of(subtag.begin(), subtag.end(), is_letter_or_digit))
            return false;
        if (next == std::string_view::npos) return true;
        rest = rest.substr(next + 1);
    }
}

}  // namespace kansli
