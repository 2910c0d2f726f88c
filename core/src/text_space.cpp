#include "text_space.hpp"

namespace kansli {

bool is_layout_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool collapse_space(std::string& text, bool after_space) {
    std::size_t kept = 0;
    for (const char c : text) {
        if (is_layout_space(c)) {
            if (!after_space) text[kept++] = ' ';
            after_space = true;
        } else {
            text[kept++] = c;
            after_space = false;
        }
    }
    text.resize(kept);
    return after_space;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && is_layout_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_layout_space(text.back())) text.remove_suffix(1);
    return text;
}

std::string collapsed_and_trimmed(std::string text) {
    collapse_space(text, true);
    if (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

}  // namespace kansli
