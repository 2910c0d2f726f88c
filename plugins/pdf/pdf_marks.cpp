#include "pdf_marks.hpp"

#include <cstring>
#include <string>

#include "kansli/error.hpp"

namespace kansli::pdf {
namespace {

// What a marked sequence really is: content of its element ("/P <</MCID 3>> BDC", numbered
// again without the artifacts) or an artifact, of the page's furniture or of the layout.
std::string opening(const MarkedSequence& sequence, const StructureTree& tree) {
    if (!sequence.artifact)
        return "/" + tree.element(sequence.element).type + " <</MCID " + std::to_string(sequence.mcid) + ">> BDC";
    switch (sequence.kind) {
        case Artifact::Header:
            return "/Artifact <</Type /Pagination /Subtype /Header>> BDC";
        case Artifact::Footer:
            return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC";
        case Artifact::Layout:
            break;
    }
    return "/Artifact BMC";
}

}  // namespace

void internal_error(const std::string& what) {
    throw Error(Error::Kind::Plugin, {}, "PDF writer: internal error (please report it): " + what);
}

// A page's content with Cairo's marked sequences rewritten. Cairo 1.16 writes every structure
// tag as a line of its own, "/Span << /MCID n >> BDC", n counting from 0 on each page, and never
// a raw line feed inside a string (literal strings escape every byte below 0x20, hex strings
// hold hex digits; its inline images appear only in Type 3 glyphs, not in page content). So a
// line starting with those bytes is one of its tags, and finding them needs no tokenizer, which
// took most of the time here. The numbers are checked against the drawing: a Cairo that wrote
// otherwise would stop the writer, not give a wrong file.
std::string rewrite_marks(std::string_view content, const std::vector<MarkedSequence>& sequences,
                          const StructureTree& tree) {
    static constexpr std::string_view kTag = "/Span << /MCID ";
    static constexpr std::string_view kLineTag = "\n/Span << /MCID ";
    static constexpr std::string_view kEnd = " >> BDC";
    // The next tag at a line's start (memmem: a plain find stops at every '/' of every name).
    const auto next_tag = [&content](std::size_t from) -> std::size_t {
        if (from == 0 && content.substr(0, kTag.size()) == kTag) return 0;
        const void* hit = memmem(content.data() + from, content.size() - from, kLineTag.data(), kLineTag.size());
        return hit == nullptr ? std::string_view::npos
                              : static_cast<std::size_t>(static_cast<const char*>(hit) - content.data()) + 1;
    };
    std::string out;
    out.reserve(content.size() + sequences.size() * 16);
    std::size_t next = 0;
    std::size_t at = 0;
    while (true) {
        const std::size_t found = next_tag(at);
        if (found == std::string_view::npos) break;
        const std::size_t number = found + kTag.size();
        std::size_t digits = number;
        while (digits < content.size() && content[digits] >= '0' && content[digits] <= '9') ++digits;
        if (digits == number || content.substr(digits, kEnd.size()) != kEnd || next >= sequences.size() ||
            std::stoul(std::string(content.substr(number, digits - number))) != next)
            internal_error("Cairo's marked content does not follow the drawing");
        out.append(content.substr(at, found - at));
        out += opening(sequences[next++], tree);
        at = digits + kEnd.size();
    }
    if (next != sequences.size())
        internal_error("a page has " + std::to_string(next) + " marked sequences, not " +
                       std::to_string(sequences.size()));
    out.append(content.substr(at));
    return out;
}

}  // namespace kansli::pdf
