#include "markdown_to_xml.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <regex>
#include <set>
#include <stdexcept>
#include <vector>

#include "kansli/xml_text.hpp"
#include "language_tag.hpp"
#include "markdown_bounds.hpp"

namespace kansli {

namespace {

struct NodeFree {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct ParserFree {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};

const int kHeadingShift = 2;
const int kMaxBlockNesting = 16;   // lists and quotes
const int kMaxInlineNesting = 32;  // emphasis, links and images, counted from the paragraph

class Emitter {
public:
    explicit Emitter(bool inline_only) : inline_only_(inline_only) {}

    std::string run(cmark_node* root) {
        for (cmark_node* child = cmark_node_first_child(root); child != nullptr; child = cmark_node_next(child)) {
            if (inline_only_)
                inline_block(child);
            else
                block(child);
        }
        return std::move(out_);
    }

private:
    static bool is(cmark_node* node, const char* type) {
        return std::strcmp(cmark_node_get_type_string(node), type) == 0;
    }

    void children_inlines(cmark_node* node) {
        const Nesting guard(inline_depth_, kMaxInlineNesting, "emphasis, links or images");
        for (cmark_node* c = cmark_node_first_child(node); c != nullptr; c = cmark_node_next(c)) inline_node(c);
    }

    void inline_node(cmark_node* node) {
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_HTML_INLINE:
                if (!foreign_span(node)) out_ += escape_xml(literal(node));
                break;
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                out_ += escape_xml(literal(node));
                break;
            case CMARK_NODE_SOFTBREAK:
                out_ += ' ';
                break;
            case CMARK_NODE_LINEBREAK:
                out_ += "<br/>";
                break;
            case CMARK_NODE_EMPH:
                out_ += "<em>";
                children_inlines(node);
                out_ += "</em>";
                break;
            case CMARK_NODE_STRONG:
                out_ += "<strong>";
                children_inlines(node);
                out_ += "</strong>";
                break;
            case CMARK_NODE_LINK: {
                const char* url = cmark_node_get_url(node);
                if (url != nullptr && *url != '\0') {
                    out_ += "<link href=\"" + escape_xml(url) + "\">";
                    children_inlines(node);
                    out_ += "</link>";
                } else {
                    children_inlines(node);
                }
                break;
            }
            case CMARK_NODE_IMAGE:  // no files from data: keep the description
                children_inlines(node);
                break;
            default:
                children_inlines(node);  // strikethrough and other extensions: their text
        }
    }

    static std::string_view literal(cmark_node* node) {
        const char* text = cmark_node_get_literal(node);
        return text != nullptr ? text : "";
    }

    // The one piece of raw HTML data may use: <span lang="en">Signs of Safety</span> marks a
    // passage in another language (<foreign> in the document XML). cmark-gfm gives the two tags
    // as sibling nodes with the passage between them, so an opening tag with a matching </span>
    // among its siblings becomes <foreign>, and that closing tag </foreign>. True when `node`
    // was one of the two; any other raw HTML stays text.
    bool foreign_span(cmark_node* node) {
        pair_spans(cmark_node_parent(node));
        if (foreign_closers_.erase(node) > 0) {
            out_ += "</foreign>";
            return true;
        }
        const auto pair = span_pairs_.find(node);
        if (pair == span_pairs_.end()) return false;  // never closed: text, as any other raw HTML
        static const std::regex opening(R"re(<span\s+lang\s*=\s*(?:"([^"]*)"|'([^']*)')\s*>)re");
        std::cmatch match;
        const std::string_view text = literal(node);
        if (!std::regex_match(text.begin(), text.end(), match, opening)) return false;
        const std::string lang = match[1].matched ? match[1].str() : match[2].str();
        if (!is_language_tag(lang))
            throw std::invalid_argument("<span lang=\"" + lang +
                                        "\">: not a language tag; use a BCP 47 tag such as \"en\" or \"en-GB\"");
        foreign_closers_.insert(pair->second);
        out_ += "<foreign lang=\"" + lang + "\">";
        return true;
    }

    // Pairs the <span …> and </span> tags among `parent`'s children, as HTML nests them: once a
    // parent, in one pass (a scan from each tag would be quadratic in a field full of them).
    void pair_spans(cmark_node* parent) {
        if (!paired_parents_.insert(parent).second) return;
        std::vector<cmark_node*> open;
        for (cmark_node* c = cmark_node_first_child(parent); c != nullptr; c = cmark_node_next(c)) {
            if (cmark_node_get_type(c) != CMARK_NODE_HTML_INLINE) continue;
            const std::string_view tag = literal(c);
            if (tag.starts_with("</span")) {
                if (!open.empty()) {
                    span_pairs_.emplace(open.back(), c);
                    open.pop_back();
                }
            } else if (tag.starts_with("<span")) {
                open.push_back(c);
            }
        }
    }

    void block(cmark_node* node) {
        const Nesting guard(block_depth_, kMaxBlockNesting, "lists or quotes");
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_PARAGRAPH:
                out_ += "<p>";
                children_inlines(node);
                out_ += "</p>";
                return;
            case CMARK_NODE_HEADING: {
                const int level = std::min(6, cmark_node_get_heading_level(node) + kHeadingShift);
                out_ += "<heading level=\"" + std::to_string(level) + "\">";
                children_inlines(node);
                out_ += "</heading>";
                return;
            }
            case CMARK_NODE_LIST: {
                if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
                    out_ += "<list ordered=\"true\" start=\"" + std::to_string(cmark_node_get_list_start(node)) + "\">";
                else
                    out_ += "<list marker=\"dash\">";
                for (cmark_node* item = cmark_node_first_child(node); item != nullptr; item = cmark_node_next(item)) {
                    out_ += "<item>";
                    for (cmark_node* c = cmark_node_first_child(item); c != nullptr; c = cmark_node_next(c)) block(c);
                    out_ += "</item>";
                }
                out_ += "</list>";
                return;
            }
            case CMARK_NODE_CODE_BLOCK:
            case CMARK_NODE_HTML_BLOCK:
                out_ += "<p>" + escape_xml(cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "") + "</p>";
                return;
            case CMARK_NODE_THEMATIC_BREAK:
                return;
            case CMARK_NODE_BLOCK_QUOTE:
                for (cmark_node* c = cmark_node_first_child(node); c != nullptr; c = cmark_node_next(c)) block(c);
                return;
            default:
                break;
        }
        if (is(node, "table")) table(node);
    }

    void table(cmark_node* node) {
        const auto columns = cmark_gfm_extensions_get_table_columns(node);
        const uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(node);
        out_ += "<table><columns>";
        for (uint16_t i = 0; i < columns; ++i) {
            const char a = alignments != nullptr ? static_cast<char>(alignments[i]) : 0;
            out_ += a == 'r' ? "<column align=\"right\"/>" : a == 'c' ? "<column align=\"center\"/>" : "<column/>";
        }
        out_ += "</columns>";
        std::vector<cmark_node*> rows;
        for (cmark_node* row = cmark_node_first_child(node); row != nullptr; row = cmark_node_next(row))
            rows.push_back(row);
        const bool has_body = rows.size() > 1;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (r == 0) out_ += has_body ? "<head>" : "<body>";
            if (r == 1) out_ += "<body>";
            out_ += "<row>";
            uint16_t count = 0;
            for (cmark_node* cell = cmark_node_first_child(rows[r]); cell != nullptr && count < columns;
                 cell = cmark_node_next(cell), ++count) {
                out_ += "<cell>";
                children_inlines(cell);
                out_ += "</cell>";
            }
            for (; count < columns; ++count) out_ += "<cell/>";
            out_ += "</row>";
            if (r == 0 && has_body) out_ += "</head>";
        }
        out_ += "</body></table>";
    }

    void inline_block(cmark_node* node) {
        if (!first_) out_ += "<br/>";
        first_ = false;
        if (cmark_node_get_type(node) == CMARK_NODE_LIST) {
            bool first_item = true;
            for (cmark_node* item = cmark_node_first_child(node); item != nullptr; item = cmark_node_next(item)) {
                if (!first_item) out_ += "<br/>";
                first_item = false;
                out_ += "– ";
                for (cmark_node* c = cmark_node_first_child(item); c != nullptr; c = cmark_node_next(c))
                    children_inlines(c);
            }
            return;
        }
        children_inlines(node);
    }

    // Counts one level while it lives; refuses a level past `limit`. The emitter recurses once
    // a level, so the limits also bound its stack (and keep the document XML within libxml2's
    // nesting limit of 256): real text nests a few levels, a field of 50 000 nested links
    // would otherwise overflow the stack.
    class Nesting {
    public:
        Nesting(int& depth, int limit, const char* what) : depth_(depth) {
            if (++depth_ > limit) {
                --depth_;
                throw std::invalid_argument(std::string(what) + " nested deeper than " + std::to_string(limit) +
                                            " levels");
            }
        }
        ~Nesting() { --depth_; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

    private:
        int& depth_;
    };

    bool inline_only_;
    bool first_ = true;
    int block_depth_ = 0;
    int inline_depth_ = 0;
    std::set<cmark_node*> paired_parents_;
    std::map<cmark_node*, cmark_node*> span_pairs_;  // <span …> → its </span>, among siblings
    std::set<cmark_node*> foreign_closers_;          // the </span> of each <span lang> made <foreign>
    std::string out_;
};

std::string convert(std::string_view markdown, bool inline_only) {
    check_markdown_bounds(markdown);
    // cmark-gfm's extension registry is process-wide and registering twice aborts: once only,
    // even when an embedding program renders on several threads.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    // cmark-gfm 0.29 (Debian 12) keeps the table of special inline characters in one global
    // array that every parser with extensions changes when it parses inlines and changes back
    // when it finishes (github/cmark-gfm#176; helgrind shows it under `kansli render -j 2`).
    // Two parsers at once would read each other's changes, so one parses at a time; turning
    // the tree into XML, the larger part, runs in parallel.
    static std::mutex parsing;
    std::unique_ptr<cmark_node, NodeFree> root;
    {
        const std::lock_guard lock(parsing);
        std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
        for (const char* name : {"table", "strikethrough", "autolink"})
            if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(parser.get(), ext);
        cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
        root.reset(cmark_parser_finish(parser.get()));
    }
    return Emitter(inline_only).run(root.get());
}

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Characters a plain line may hold anywhere: letters, digits, any non-ASCII byte, and the
// punctuation that opens nothing in CommonMark or GFM.
constexpr std::array<bool, 256> kPlainCharacters = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x80; c < 0x100; ++c) plain[static_cast<std::size_t>(c)] = true;
    for (int c = 'a'; c <= 'z'; ++c) plain[static_cast<std::size_t>(c)] = true;
    for (int c = 'A'; c <= 'Z'; ++c) plain[static_cast<std::size_t>(c)] = true;
    for (int c = '0'; c <= '9'; ++c) plain[static_cast<std::size_t>(c)] = true;
    for (const char c : std::string_view(" ,.;?()%/-+=\"':#$")) plain[static_cast<unsigned char>(c)] = true;
    return plain;
}();

// "www." in any case, or "://", starting at `at`: GFM would make an autolink of what follows.
bool autolink_at(std::string_view line, std::size_t at) {
    const std::string_view rest = line.substr(at);
    if (rest.starts_with("://")) return true;
    return rest.size() >= 4 && (rest[0] | 0x20) == 'w' && (rest[1] | 0x20) == 'w' && (rest[2] | 0x20) == 'w' &&
           rest[3] == '.';
}

// A line that cmark-gfm makes one paragraph of one text node, unchanged: it starts with a letter
// or a number that is not an ordered list's marker (no list marker, heading, quote or indented
// code), ends without a space (no hard break), and
// has no character that opens emphasis, code, links, HTML, entities, escapes, tables,
// strikethrough or autolinks. One pass: fields are checked at every render.
bool is_plain_line(std::string_view line) {
    if (line.empty() || line.back() == ' ') return false;
    const auto first = static_cast<unsigned char>(line.front());
    if (first >= '0' && first <= '9') {
        // "10500", "95,7%", "2021-02-09", but not an ordered list's "1." or "1)"
        std::size_t digits_end = 1;
        while (digits_end < line.size() && line[digits_end] >= '0' && line[digits_end] <= '9') ++digits_end;
        if (digits_end < line.size() && (line[digits_end] == '.' || line[digits_end] == ')')) return false;
    } else if (!is_ascii_letter(first) && first < 0x80) {
        return false;
    }
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (!kPlainCharacters[static_cast<unsigned char>(c)]) return false;
        if ((c == ':' || c == 'w' || c == 'W') && autolink_at(line, i)) return false;
    }
    return true;
}

// The paragraphs of plain text (plain lines separated by one empty line); none when any part
// could be Markdown. A line break is not a plain character, so a paragraph is one line.
std::optional<std::vector<std::string_view>> plain_paragraphs(std::string_view text) {
    std::vector<std::string_view> paragraphs;
    while (true) {
        const auto end = text.find("\n\n");
        const std::string_view paragraph = text.substr(0, end);
        if (!is_plain_line(paragraph)) return std::nullopt;
        paragraphs.push_back(paragraph);
        if (end == std::string_view::npos) return paragraphs;
        text.remove_prefix(end + 2);
    }
}

std::string convert_plain(const std::vector<std::string_view>& paragraphs, bool inline_only) {
    std::string out;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        if (inline_only && i > 0) out += "<br/>";
        if (!inline_only) out += "<p>";
        append_escaped_xml(out, paragraphs[i]);
        if (!inline_only) out += "</p>";
    }
    return out;
}

std::string convert_text(std::string_view markdown, bool inline_only, Shortcut shortcut) {
    if (shortcut == Shortcut::when_plain)
        if (const auto paragraphs = plain_paragraphs(markdown)) return convert_plain(*paragraphs, inline_only);
    return convert(markdown, inline_only);
}

}  // namespace

std::string markdown_to_blocks_xml(std::string_view markdown, Shortcut shortcut) {
    return convert_text(markdown, false, shortcut);
}
std::string markdown_to_inlines_xml(std::string_view markdown, Shortcut shortcut) {
    return convert_text(markdown, true, shortcut);
}

}  // namespace kansli
