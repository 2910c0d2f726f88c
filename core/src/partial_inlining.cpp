#include "partial_inlining.hpp"

#include <functional>
#include <set>
#include <vector>

namespace kansli {

namespace {

// A {{> name}} tag: where it starts, how long it is, the name. The syntax TemplatePackage checks
// references with (\{\{>\s*([^}\s]+)\s*\}\}), scanned by hand: this runs on every render.
struct PartialTag {
    std::size_t at;
    std::size_t length;
    std::string name;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::vector<PartialTag> partial_tags(const std::string& text) {
    std::vector<PartialTag> tags;
    for (auto at = text.find("{{>"); at != std::string::npos; at = text.find("{{>", at + 1)) {
        std::size_t i = at + 3;
        while (i < text.size() && is_space(text[i])) ++i;
        const std::size_t name_start = i;
        while (i < text.size() && !is_space(text[i]) && text[i] != '}') ++i;
        const std::size_t name_end = i;
        while (i < text.size() && is_space(text[i])) ++i;
        if (name_end > name_start && text.compare(i, 2, "}}") == 0)
            tags.push_back({at, i + 2 - at, text.substr(name_start, name_end - name_start)});
    }
    return tags;
}

std::set<std::string> referenced(const std::string& text) {
    std::set<std::string> names;
    for (auto& tag : partial_tags(text)) names.insert(std::move(tag.name));
    return names;
}

// The partials from which a chain of inclusions leads back to themselves.
std::set<std::string> self_including(const std::map<std::string, std::string>& partials) {
    std::map<std::string, std::set<std::string>> includes;
    for (const auto& [name, text] : partials) includes[name] = referenced(text);
    std::set<std::string> out;
    for (const auto& entry : includes) {
        // Named, not a structured binding: clang 14 (the fuzz build) cannot capture those.
        const std::string& start = entry.first;
        const std::set<std::string>& first = entry.second;
        std::set<std::string> seen;
        std::function<bool(const std::string&)> reaches_start = [&](const std::string& name) {
            if (name == start) return true;
            if (!seen.insert(name).second) return false;
            const auto found = includes.find(name);
            if (found == includes.end()) return false;
            for (const auto& next : found->second)
                if (reaches_start(next)) return true;
            return false;
        };
        for (const auto& next : first)
            if (reaches_start(next)) {
                out.insert(start);
                break;
            }
    }
    return out;
}

// `text` with the tags of partials not in `keep` replaced by their (likewise expanded) text.
// Terminates: a partial outside `keep` never leads back to itself.
std::string expand(const std::string& text, const std::map<std::string, std::string>& partials,
                   const std::set<std::string>& keep) {
    std::string out;
    std::size_t done = 0;
    for (const PartialTag& tag : partial_tags(text)) {
        const auto found = partials.find(tag.name);
        if (found == partials.end() || keep.count(tag.name) != 0) continue;
        out.append(text, done, tag.at - done);
        out += expand(found->second, partials, keep);
        done = tag.at + tag.length;
    }
    out.append(text, done, std::string::npos);
    return out;
}

}  // namespace

InlinedTemplates inline_partials(const std::string& main, const std::map<std::string, std::string>& partials) {
    bool delimiters_change = main.find("{{=") != std::string::npos;
    for (const auto& [name, text] : partials)
        delimiters_change = delimiters_change || text.find("{{=") != std::string::npos;
    if (delimiters_change) return {main, partials};

    const std::set<std::string> keep = self_including(partials);
    InlinedTemplates out{expand(main, partials, keep), {}};
    for (const auto& name : keep) out.partials[name] = expand(partials.at(name), partials, keep);
    return out;
}

}  // namespace kansli
