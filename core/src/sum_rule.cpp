#include "sum_rule.hpp"

#include <cctype>
#include <stdexcept>
#include <string>

namespace kansli {

namespace {

bool key_character(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return std::isalnum(byte) || c == '_' || c == '-' || c == '.' || byte >= 0x80;
}

}  // namespace

SumRule parse_sum_rule(std::string_view text) {
    SumRule rule;
    if (text == "group") rule.kind = SumRule::Kind::Group;
    if (text == "above") rule.kind = SumRule::Kind::Above;
    if (text == "running") rule.kind = SumRule::Kind::Running;
    if (rule.kind != SumRule::Kind::Default) return rule;
    rule.kind = SumRule::Kind::Rows;
    bool subtract = false, sign_pending = false;
    std::size_t at = 0;
    while (at < text.size()) {
        const char c = text[at];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++at;
        } else if (c == '+' || c == '-') {
            if (sign_pending) throw std::invalid_argument("two signs in a row in sums=\"" + std::string(text) + "\"");
            subtract = c == '-';
            sign_pending = true;
            ++at;
        } else if (key_character(c)) {
            const std::size_t start = at;
            while (at < text.size() && key_character(text[at])) ++at;
            rule.terms.push_back({subtract, std::string(text.substr(start, at - start))});
            subtract = sign_pending = false;
        } else {
            throw std::invalid_argument("sums=\"" + std::string(text) + "\": '" + std::string(1, c) +
                                        "' is neither a row key, + nor -");
        }
    }
    if (sign_pending || rule.terms.empty())
        throw std::invalid_argument("sums=\"" + std::string(text) +
                                    "\" must be group, above, running, or row keys joined by + and -");
    return rule;
}

}  // namespace kansli
