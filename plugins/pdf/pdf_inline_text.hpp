// One paragraph's characters as Pango lays them out, and what they mean to the structure tree:
// the UTF-8 text, its attributes (bold, italic, link colour, superscript), the slot each stretch
// of text belongs to, the links, anchors and footnotes in it.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kansli/document.hpp"
#include "pdf_handles.hpp"
#include "pdf_structure.hpp"
#include "pdf_styles.hpp"

namespace kansli::pdf {

struct InlineText {
    std::string text;
    AttrList attributes{pango_attr_list_new()};  // what Pango shapes with: weight, style, superscript
    // What only paints the text (link colour and underline, the neutral mark at each segment):
    // applied to the laid-out runs by paint_runs() (pdf_paint_runs.hpp), not by Pango.
    AttrList paint{pango_attr_list_new()};
    struct Segment {
        unsigned start;  // byte offset where the slot's text begins
        int slot;
    };
    std::vector<Segment> segments;  // ascending; the first starts at 0 when there is any text
    struct LinkRange {
        unsigned start, end;  // bytes
        int element;          // the Link element
        std::string uri;      // a web address, or
        std::string anchor;   // an id in this document
        std::string contents;
    };
    // Ascending and never overlapping (links do not nest: InlineBuilder::link writes an inner
    // one, a footnote reference in a link included, as plain text of the outer), so link_at
    // can search them.
    std::vector<LinkRange> links;
    struct AnchorAt {
        unsigned offset;
        std::string id;
    };
    std::vector<AnchorAt> anchors;
    struct NoteAt {
        unsigned offset;
        int note;  // index into Footnotes::notes
    };
    std::vector<NoteAt> footnotes;  // notes first referenced here

    // The slot of the text at `byte`; -1 when the text has none (it is then drawn as an artifact).
    int slot_at(unsigned byte) const;
    const LinkRange* link_at(unsigned byte) const;
};

// The document's footnotes (Document::footnotes, numbered by the model in the order of their
// first reference) and, once the text has referred to each, its Note element in the tree.
struct Footnotes {
    explicit Footnotes(const Document& document);
    std::map<std::string, int> index;  // footnote id → index into Document::footnotes (its number - 1)
    std::vector<int> elements;         // the Note element of each, placed right after its first reference; -1 before
};

// The page numbers the text prints (a table of contents, cross-references, the agenda), from the
// previous layout pass; each id asked for is noted, so the writer knows which numbers must settle.
class PageNumbers {
public:
    PageNumbers(const std::map<std::string, int>& pages, std::set<std::string>& printed)
        : pages_(pages), printed_(printed) {}
    // "0" until a pass has placed the id.
    std::string of(const std::string& id) {
        printed_.insert(id);
        const auto found = pages_.find(id);
        return std::to_string(found == pages_.end() ? 0 : found->second);
    }

private:
    const std::map<std::string, int>& pages_;
    std::set<std::string>& printed_;
};

// The id of footnote `note`'s place at the foot of its page (its Note's /ID too).
std::string note_anchor(int note);

// What building inline text needs from the typesetter around it.
struct InlineContext {
    StructureTree& tree;
    const Styles& styles;
    const Document& document;
    PageNumbers& pages;
    Footnotes& footnotes;
};

// Builds one InlineText: text added goes into slots of `element` (or of the Link, Reference and
// Span elements that the inlines open inside it).
class InlineBuilder {
public:
    InlineBuilder(InlineContext& context, int element);

    void inlines(const Inlines& content);
    // Words of the writer's own (a caption's "Tabell 3. ", a list label) in the current element.
    void text(std::string_view words);
    // Text in a slot of its own, in a new element of `type` under the current one; `raised`: set
    // as a superscript (a footnote's number before its text).
    void element_text(std::string type, std::string_view words, bool raised = false);
    // Words in a slot of the existing Link element `link`, leading to `anchor`; in the text's
    // own style (the entries of a table of contents, the agenda's page numbers).
    void plain_link(int link, const std::string& anchor, std::string contents, std::string_view words);
    // A slot for the current element even without text: an empty table cell is still content.
    void ensure_slot();
    InlineText finish();
    int current() const { return elements_.back(); }

private:
    void write(const Text& node);
    void write(const Emphasis& node);
    void write(const Strong& node);
    void write(const Link& node);
    void write(const LineBreak& node);
    void write(const FootnoteRef& node);
    void write(const CrossRef& node);
    void write(const Anchor& node);
    void write(const MediaOnly& node);
    void write(const Abbreviation& node);
    void write(const Symbol& node);
    void write(const Foreign& node);

    void append(std::string_view words);
    unsigned position() const { return static_cast<unsigned>(out_.text.size()); }
    // Opens a Link element leading to `uri` or `anchor` and writes what `body` adds into it;
    // `styled`: in the accent colour, underlined (a page number is not: it reads as a number).
    template <typename Body>
    void link(std::string uri, std::string anchor, std::string contents, bool styled, Body&& body);
    void superscript(unsigned start, unsigned end);

    InlineContext& context_;
    std::vector<int> elements_;  // the open elements, innermost last
    InlineText out_;
};

}  // namespace kansli::pdf
