#include "names.hpp"

#include <cctype>

namespace kansli::cli {

std::string slug(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        char next = '-';
        if (std::isalnum(c) && c < 0x80) {
            next = static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < text.size()) {
            const auto d = static_cast<unsigned char>(text[++i]);
            if (d == 0xA5 || d == 0xA4 || d == 0x85 || d == 0x84) next = 'a';  // å ä Å Ä
            if (d == 0xB6 || d == 0x96) next = 'o';                            // ö Ö
            if (d == 0xA9 || d == 0x89) next = 'e';                            // é É
        }
        if (next == '-' && (out.empty() || out.back() == '-')) continue;
        out += next;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "x" : out;
}

std::string FileNames::take(const std::string& dir, const std::string& stem, const std::string& extension) {
    const std::string prefix = dir.empty() ? stem : dir + "/" + stem;
    const std::string suffix = extension.empty() ? "" : "." + extension;
    std::string name = prefix + suffix;
    if (taken_.insert(name).second) return name;
    // Numbers below next_number_ are taken already: each is tried once over all calls.
    int& number = next_number_.try_emplace(name, 2).first->second;
    do name = prefix + "-" + std::to_string(number++) + suffix;
    while (!taken_.insert(name).second);
    return name;
}

}  // namespace kansli::cli
