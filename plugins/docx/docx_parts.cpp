#include "docx_parts.hpp"

#include <set>

#include "docx_units.hpp"
#include "xml_builder.hpp"

namespace kansli::docx {

std::string Relationships::add(std::string_view type, std::string target, bool external) {
    std::string id = "rId" + std::to_string(entries_.size() + 1);
    entries_.push_back({id, std::string(type), std::move(target), external});
    return id;
}

std::string Relationships::xml() const {
    plugin::XmlBuilder x;
    x.declaration().open("Relationships", {{"xmlns", ns::package_rels}});
    for (const Entry& e : entries_) {
        if (e.external) {
            x.empty("Relationship", {{"Id", e.id}, {"Type", e.type}, {"Target", e.target}, {"TargetMode", "External"}});
        } else {
            x.empty("Relationship", {{"Id", e.id}, {"Type", e.type}, {"Target", e.target}});
        }
    }
    return x.close().finish();
}

const std::string& MediaStore::add(const Image& image) {
    if (const auto found = by_bytes_.find(image.bytes); found != by_bytes_.end()) return items_[found->second].name;
    const bool jpeg = image.media_type == "image/jpeg";
    (jpeg ? jpeg_ : png_) = true;
    items_.push_back({"media/image" + std::to_string(items_.size() + 1) + (jpeg ? ".jpeg" : ".png"), image.bytes});
    by_bytes_.emplace(image.bytes, items_.size() - 1);
    return items_.back().name;
}

Bookmarks::Bookmarks(const Document& document) {
    std::set<std::string> used;
    for (const auto& [id, target] : document.anchors) {
        std::string base;
        for (char c : id) {
            const bool word_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            base += word_char ? c : '_';
        }
        if (base.empty() || !((base[0] >= 'a' && base[0] <= 'z') || (base[0] >= 'A' && base[0] <= 'Z')))
            base = "b" + base;
        if (base.size() > 40) base.resize(40);
        std::string candidate = base;
        for (int n = 2; used.count(candidate) != 0; ++n) {
            const std::string suffix = "_" + std::to_string(n);
            candidate = base.substr(0, 40 - suffix.size()) + suffix;
        }
        used.insert(candidate);
        names_.emplace(id, candidate);
    }
}

std::string Bookmarks::name(const std::string& id) const {
    const auto found = names_.find(id);
    return found == names_.end() ? std::string{} : found->second;
}

std::string hex_colour(std::string_view theme_colour, std::string_view fallback) {
    if (!theme_colour.empty() && theme_colour.front() == '#') theme_colour.remove_prefix(1);
    if (theme_colour.size() != 6) return std::string(fallback);
    std::string out;
    for (char c : theme_colour) {
        if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return std::string(fallback);
        out += c;
    }
    return out;
}

}  // namespace kansli::docx
