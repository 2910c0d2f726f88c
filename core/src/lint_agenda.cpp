// An agenda row and the document it refers to must name the same matter: the row's title is
// the referred section's first heading, and the first diarienummer the section states is the
// row's dnr. A packet whose rows and documents come from one record never trips this; data
// that carries them twice (or a template that joins two sources) can.
#include <map>
#include <regex>

#include "lint_checks.hpp"
#include "text_space.hpp"

namespace kansli::lint_checks {

namespace {

std::map<std::string, const Section*> sections_by_id(const Document& document) {
    std::map<std::string, const Section*> out;
    walk(document,
         [&](const Block& block) {
             if (const auto* section = std::get_if<Section>(&block.value); section && !section->id.empty())
                 out.emplace(section->id, section);
         },
         {});
    return out;
}

// The words of the section, a line per run of text, in document order.
std::string text_of(const Section& section) {
    Document part;
    part.content = section.content;
    std::string text;
    walk(part, {}, [&](const Inline& node) {
        if (const auto* run = std::get_if<Text>(&node.value)) text += run->text + '\n';
    });
    return text;
}

// "SOCN/2020:38", "SN/2023:00130", "SN 2019:224", "KS/2020:99": series, year, number.
std::string first_dnr(const std::string& text) {
    static const std::regex dnr(R"((?:[A-Z]|Å|Ä|Ö)+[ /]?[0-9]{4}:[0-9]+)");
    std::smatch match;
    return std::regex_search(text, match, dnr) ? match.str(0) : std::string{};
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

}  // namespace

void agenda_against_documents(const Document& document, std::vector<LintWarning>& out) {
    const auto sections = sections_by_id(document);
    walk(document,
         [&](const Block& block) {
             const auto* agenda = std::get_if<Agenda>(&block.value);
             if (agenda == nullptr) return;
             for (const auto& item : agenda->items) {
                 const auto target = sections.find(item.ref);
                 if (item.ref.empty() || target == sections.end()) continue;
                 const std::string where = "agenda item " + item.number + " (refers to " + item.ref + ")";
                 const std::string agenda_title = collapsed_and_trimmed(plain_text(item.title));
                 const auto anchor = document.anchors.find(item.ref);
                 const std::string document_title =
                     anchor == document.anchors.end() ? std::string{} : collapsed_and_trimmed(anchor->second.label);
                 if (!document_title.empty() && document_title != agenda_title)
                     out.push_back(
                         {"agenda", where,
                          "title differs: agenda " + quoted(agenda_title) + ", document " + quoted(document_title)});
                 if (item.dnr.empty()) continue;
                 const std::string stated = first_dnr(text_of(*target->second));
                 if (!stated.empty() && stated != item.dnr)
                     out.push_back(
                         {"agenda", where, "dnr differs: agenda " + quoted(item.dnr) + ", document " + quoted(stated)});
             }
         },
         {});
}

}  // namespace kansli::lint_checks
