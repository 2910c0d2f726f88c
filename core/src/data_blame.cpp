#include "data_blame.hpp"

#include "json_path.hpp"
#include "kansli/xml_text.hpp"
#include "text_space.hpp"

namespace kansli {

namespace {

// Bytes [begin, end) of lines `first` to `last` (1-based) of `text`.
std::pair<std::size_t, std::size_t> line_range(std::string_view text, int first, int last) {
    std::size_t begin = 0;
    for (int line = 1; line < first && begin != std::string_view::npos; ++line) {
        begin = text.find('\n', begin);
        if (begin != std::string_view::npos) ++begin;
    }
    if (begin == std::string_view::npos) return {text.size(), text.size()};
    std::size_t end = begin;
    for (int line = first; line <= last && end != std::string_view::npos; ++line) {
        end = text.find('\n', end);
        if (end != std::string_view::npos && line < last) ++end;
    }
    return {begin, end == std::string_view::npos ? text.size() : end};
}

}  // namespace

std::optional<std::string> data_path_at_fault(std::string_view xml, const std::vector<mustache::ValueOrigin>& origins,
                                              const DocumentValueError& error, const nlohmann::json& data) {
    using Culprit = DocumentValueError::Culprit;
    if (error.where().line <= 0) return std::nullopt;
    const auto [begin, end] = line_range(xml, error.where().line, error.last_line());
    const mustache::ValueOrigin* found = nullptr;
    for (const auto& origin : origins) {
        if (origin.begin > end || origin.end < begin) continue;
        const bool list = origin.value->is_array();
        if (error.culprit() == Culprit::Items) {
            // The first list whose items all landed in the element: the one that gave its items.
            if (list && origin.begin >= begin && origin.end <= end) {
                found = &origin;
                break;
            }
        } else if (list) {
            continue;
        } else if (error.culprit() == Culprit::Length) {
            if (found == nullptr || origin.end - origin.begin > found->end - found->begin) found = &origin;
        } else {
            const std::string text = unescape_xml(xml.substr(origin.begin, origin.end - origin.begin));
            const std::string_view shown = trimmed(text);
            if (shown == error.value()) {
                found = &origin;
                break;
            }
            if (found == nullptr && !error.value().empty() && text.find(error.value()) != std::string::npos)
                found = &origin;  // written inside a longer value: a Markdown field's link
        }
    }
    if (found == nullptr) return std::nullopt;
    std::string path = first_path_where(data, [&](const nlohmann::json& node) { return &node == found->value; });
    if (path.empty()) return std::nullopt;
    return path;
}

}  // namespace kansli
