#include "language_tag.hpp"

#include <algorithm>

namespace kansli {

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_letter_or_digit(char c) { return is_letter(c) || (c >= '0' && c <= '9'); }

// Whether `rest` is subtags of 1–8 letters or digits, each after a hyphen; "" is none.
bool are_subtags(std::string_view rest) {
    while (!rest.empty()) {
        if (rest.front() != '-') return false;
        rest.remove_prefix(1);
        const std::string_view subtag = rest.substr(0, rest.find('-'));
        if (subtag.empty() || subtag.size() > 8 || !std::all_of(subtag.begin(), subtag.end(), is_letter_or_digit))
            return false;
        rest.remove_prefix(subtag.size());
    }
    return true;
}

// A primary subtag of min_primary to max_primary letters, then subtags.
bool is_tag(std::string_view tag, std::size_t min_primary, std::size_t max_primary) {
    const std::string_view primary = tag.substr(0, tag.find('-'));
    return primary.size() >= min_primary && primary.size() <= max_primary &&
           std::all_of(primary.begin(), primary.end(), is_letter) && are_subtags(tag.substr(primary.size()));
}

}  // namespace

bool is_language_tag(std::string_view tag) { return is_tag(tag, 2, 3); }

bool is_xsd_language(std::string_view tag) { return is_tag(tag, 1, 8); }

}  // namespace kansli
