#include "json_scan.hpp"

namespace kansli {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// The offset just past the string that starts at `at` (a '"'), or text.size().
std::size_t end_of_string(std::string_view text, std::size_t at) {
    for (std::size_t i = at + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return text.size();
}

// Calls visit(token, begin, end) for each key, container start and number, in order, until it
// returns true; returns the begin of that token.
template <typename Visit>
std::optional<std::size_t> scan(std::string_view text, Visit&& visit) {
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t end = end_of_string(text, i);
            std::size_t next = end;
            while (next < text.size() && is_space(text[next])) ++next;
            if (next < text.size() && text[next] == ':' && visit(JsonToken::Key, i, end)) return i;
            i = end;
        } else if (c == '{' || c == '[') {
            if (visit(JsonToken::ContainerStart, i, i + 1)) return i;
            ++i;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = i;
            while (end < text.size() && is_number_char(text[end])) ++end;
            if (visit(JsonToken::Number, i, end)) return i;
            i = end;
        } else {
            ++i;
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::size_t> offset_of_nth(std::string_view text, JsonToken kind, std::size_t n) {
    std::size_t seen = 0;
    return scan(text, [&](JsonToken token, std::size_t, std::size_t) { return token == kind && seen++ == n; });
}

std::optional<std::size_t> offset_of_number(std::string_view text, std::string_view literal) {
    return scan(text, [&](JsonToken token, std::size_t begin, std::size_t end) {
        return token == JsonToken::Number && text.substr(begin, end - begin) == literal;
    });
}

std::string_view number_at(std::string_view text, std::size_t offset) {
    std::size_t end = offset;
    while (end < text.size() && is_number_char(text[end])) ++end;
    return text.substr(offset, end - offset);
}

}  // namespace kansli
