#include "docx_numbering.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

#include "docx_units.hpp"
#include "xml_builder.hpp"

namespace kansli::docx {
namespace {

constexpr int kLevels = 9;
constexpr long kIndentStep = 425;  // 7.5 mm

struct Look {
    std::string_view name;
    std::string_view format;  // w:numFmt
    std::string_view suffix;  // after the number: "." or ")"; the bullet character for bullets
    bool bullet;
};

// Index = abstractNumId. Ordered lists use a full stop after the number, as Swedish decision
// lists do ("1. Socialnämnden beslutar …"); letters get a parenthesis ("a)"), the usual
// Swedish sub-point. Unordered lists use a bullet, or the en dash of Swedish style.
constexpr std::array<Look, 6> kLooks{{
    {"Kansli decimal", "decimal", ".", false},
    {"Kansli lower alpha", "lowerLetter", ")", false},
    {"Kansli upper alpha", "upperLetter", ".", false},
    {"Kansli lower roman", "lowerRoman", ".", false},
    {"Kansli bullet", "bullet", "\xE2\x80\xA2", true},  // •
    {"Kansli dash", "bullet", "\xE2\x80\x93", true},    // –
}};

int look_of(const List& list) {
    if (list.ordered) {
        switch (list.marker) {
            case List::Marker::LowerAlpha:
                return 1;
            case List::Marker::UpperAlpha:
                return 2;
            case List::Marker::LowerRoman:
                return 3;
            default:
                return 0;
        }
    }
    return list.marker == List::Marker::Dash ? 5 : 4;
}

}  // namespace

long list_indent(int ilvl) { return kIndentStep * (std::clamp(ilvl, 0, kLevels - 1) + 1); }

int Numbering::add(const List& list, int ilvl) {
    instances_.push_back({look_of(list), std::clamp(ilvl, 0, kLevels - 1), list.start, list.ordered});
    return static_cast<int>(instances_.size());
}

std::string Numbering::xml() const {
    plugin::XmlBuilder x;
    x.declaration().open("w:numbering", {{"xmlns:w", ns::w}});
    for (std::size_t id = 0; id < kLooks.size(); ++id) {
        const Look& look = kLooks[id];
        char nsid[9];
        std::snprintf(nsid, sizeof nsid, "4B4C%04X", static_cast<unsigned>(id + 1));
        x.open("w:abstractNum", {{"w:abstractNumId", std::to_string(id)}});
        x.empty("w:nsid", {{"w:val", nsid}});
        x.empty("w:multiLevelType", {{"w:val", "hybridMultilevel"}});
        x.empty("w:name", {{"w:val", look.name}});
        for (int level = 0; level < kLevels; ++level) {
            x.open("w:lvl", {{"w:ilvl", std::to_string(level)}});
            x.empty("w:start", {{"w:val", "1"}});
            x.empty("w:numFmt", {{"w:val", look.format}});
            const std::string text =
                look.bullet ? std::string(look.suffix) : "%" + std::to_string(level + 1) + std::string(look.suffix);
            x.empty("w:lvlText", {{"w:val", text}});
            x.empty("w:lvlJc", {{"w:val", "left"}});
            x.open("w:pPr");
            x.empty("w:ind",
                    {{"w:left", std::to_string(list_indent(level))}, {"w:hanging", std::to_string(kIndentStep)}});
            x.close();
            x.close();
        }
        x.close();
    }
    for (std::size_t i = 0; i < instances_.size(); ++i) {
        const Instance& instance = instances_[i];
        x.open("w:num", {{"w:numId", std::to_string(i + 1)}});
        x.empty("w:abstractNumId", {{"w:val", std::to_string(instance.abstract_id)}});
        // A fresh start for every ordered list: without the override Word would continue
        // the numbering of the previous list of the same look.
        if (instance.restart) {
            x.open("w:lvlOverride", {{"w:ilvl", std::to_string(instance.ilvl)}});
            x.empty("w:startOverride", {{"w:val", std::to_string(instance.start)}});
            x.close();
        }
        x.close();
    }
    return x.close().finish();
}

}  // namespace kansli::docx
