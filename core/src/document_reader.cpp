#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>

#include "document_value_error.hpp"
#include "image.hpp"
#include "kansli/document_xml.hpp"
#include "kansli/error.hpp"
#include "kansli/locale.hpp"
#include "kansli/table_grid.hpp"
#include "language_tag.hpp"
#include "links.hpp"
#include "sum_rule.hpp"
#include "text_space.hpp"
#include "xml_util.hpp"

namespace kansli {

namespace {

using xml::attribute;
using xml::is_element;

const xmlRelaxNG* compiled_schema() {
    // Compiled once; libxml2 only reads a compiled schema while validating.
    static const xml::RngPtr schema = [] {
        const auto text = document_schema();
        xml::RngParserPtr parser(xmlRelaxNGNewMemParserCtxt(text.data(), static_cast<int>(text.size())));
        xml::RngPtr compiled(xmlRelaxNGParse(parser.get()));
        if (!compiled) throw std::logic_error("the built-in document schema does not compile");
        return compiled;
    }();
    return schema.get();
}

int line_of(const xmlNode* node) { return static_cast<int>(xmlGetLineNo(node)); }

// Whitespace in document XML is layout, as in HTML: runs collapse to one space and the ends
// of a block are trimmed. Non-breaking spaces are content and stay.
void normalise_whitespace(Inlines& inlines) {
    // One text, the commonest case (table cells, plain paragraphs): nothing to flatten.
    if (inlines.size() == 1)
        if (auto* only = std::get_if<Text>(&inlines.front().value)) {
            only->text = collapsed_and_trimmed(std::move(only->text));
            if (only->text.empty()) inlines.clear();
            return;
        }
    // The inline sequence flattened: text to normalise, line breaks, and content that writers
    // generate (footnote numbers, the label of a reference without text), which is not space.
    enum class Kind { Text, Break, Generated };
    struct Piece {
        Kind kind;
        std::string* text;
    };
    std::vector<Piece> pieces;
    std::function<void(Inlines&)> collect = [&](Inlines& list) {
        for (auto& in : list) {
            if (auto* t = std::get_if<Text>(&in.value))
                pieces.push_back({Kind::Text, &t->text});
            else if (std::holds_alternative<LineBreak>(in.value))
                pieces.push_back({Kind::Break, nullptr});
            else if (std::holds_alternative<FootnoteRef>(in.value) || std::holds_alternative<Abbreviation>(in.value) ||
                     std::holds_alternative<Symbol>(in.value))
                pieces.push_back({Kind::Generated, nullptr});
            else if (auto* e = std::get_if<Emphasis>(&in.value))
                collect(e->content);
            else if (auto* s = std::get_if<Strong>(&in.value))
                collect(s->content);
            else if (auto* l = std::get_if<Link>(&in.value))
                collect(l->content);
            else if (auto* m = std::get_if<MediaOnly>(&in.value))
                collect(m->content);
            else if (auto* f = std::get_if<Foreign>(&in.value))
                collect(f->content);
            else if (auto* r = std::get_if<CrossRef>(&in.value)) {
                if (r->content.empty())
                    pieces.push_back({Kind::Generated, nullptr});
                else
                    collect(r->content);
            }
        }
    };
    collect(inlines);
    bool after_space = true;      // at the start of the block
    std::string* last = nullptr;  // the last text, if nothing but space came after it
    for (const auto& piece : pieces) {
        if (piece.kind == Kind::Break) {
            if (last != nullptr && !last->empty() && last->back() == ' ') last->pop_back();
            after_space = true;
            last = nullptr;
            continue;
        }
        if (piece.kind == Kind::Generated) {
            after_space = false;
            last = nullptr;
            continue;
        }
        std::string& text = *piece.text;
        after_space = collapse_space(text, after_space);
        if (!text.empty()) last = &text;
    }
    if (last != nullptr && !last->empty() && last->back() == ' ') last->pop_back();
    // Drop text nodes that became empty.
    std::function<void(Inlines&)> prune = [&](Inlines& list) {
        std::erase_if(list, [](const Inline& in) {
            const auto* t = std::get_if<Text>(&in.value);
            return t != nullptr && t->text.empty();
        });
        for (auto& in : list) {
            if (auto* e = std::get_if<Emphasis>(&in.value))
                prune(e->content);
            else if (auto* s = std::get_if<Strong>(&in.value))
                prune(s->content);
            else if (auto* l = std::get_if<Link>(&in.value))
                prune(l->content);
            else if (auto* m = std::get_if<MediaOnly>(&in.value))
                prune(m->content);
            else if (auto* f = std::get_if<Foreign>(&in.value))
                prune(f->content);
            else if (auto* r = std::get_if<CrossRef>(&in.value))
                prune(r->content);
        }
    };
    prune(inlines);
}

Align parse_align(const std::optional<std::string>& value) {
    if (!value) return Align::Default;
    if (*value == "left") return Align::Left;
    if (*value == "center") return Align::Center;
    return Align::Right;
}

class Reader {
public:
    explicit Reader(const XmlSource& source) : source_(source) {}

    Document read(const xmlNode* root) {
        for (const xmlNode* child = root->children; child != nullptr; child = child->next) {
            if (is_element(child, "meta")) read_meta(child);
            if (is_element(child, "content")) document_.content = blocks(child);
        }
        check_references();
        return std::move(document_);
    }

private:
    [[noreturn]] void fail(const xmlNode* node, const std::string& message) const {
        throw Error(Error::Kind::Template, {source_.name, node != nullptr ? line_of(node) : 0, 0, {}}, message);
    }
    // An error that a value causes; see DocumentValueError.
    [[noreturn]] void fail_on_value(int line, const std::string& message, const std::string& value) const {
        throw DocumentValueError(Error(Error::Kind::Template, {source_.name, line, 0, {}}, message),
                                 DocumentValueError::Culprit::Text, value);
    }
    [[noreturn]] void fail_on_value(const xmlNode* node, const std::string& message, const std::string& value) const {
        fail_on_value(line_of(node), message, value);
    }
    // An error that the number of items in `node` causes.
    [[noreturn]] void fail_on_items(const xmlNode* node, const std::string& message) const {
        throw DocumentValueError(Error(Error::Kind::Template, {source_.name, line_of(node), 0, {}}, message),
                                 DocumentValueError::Culprit::Items, {}, last_line_in(node));
    }

    // The line of the last element inside `node` (or its own): where its content ends, about.
    static int last_line_in(const xmlNode* node) {
        int last = line_of(node);
        for (const xmlNode* c = node->children; c != nullptr; c = c->next)
            if (c->type == XML_ELEMENT_NODE) last = std::max(last, last_line_in(c));
        return last;
    }

    // Whole-number attributes: the schema checks the form, this checks the range, so a value
    // such as start="99999999999" is a clear error rather than an overflow.
    int int_attribute(const xmlNode* node, const char* name, int fallback, int min, int max) const {
        const auto text = attribute(node, name);
        if (!text) return fallback;
        long long value = 0;
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (ec != std::errc() || end != text->data() + text->size() || value < min || value > max)
            fail_on_value(node,
                          std::string("the attribute ") + name + "=\"" + *text + "\" must be a whole number from " +
                              std::to_string(min) + " to " + std::to_string(max),
                          *text);
        return static_cast<int>(value);
    }

    // A decimal above 0 and at most `max`; the schema checks the form.
    std::optional<double> decimal_attribute(const xmlNode* node, const char* name, double max) const {
        const auto text = attribute(node, name);
        if (!text) return std::nullopt;
        double value = 0;
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (ec != std::errc() || end != text->data() + text->size() || !std::isfinite(value))
            fail_on_value(node, std::string("the attribute ") + name + "=\"" + *text + "\" is not a usable number",
                          *text);
        if (value <= 0 || value > max)
            fail_on_value(node,
                          std::string("the attribute ") + name + "=\"" + *text + "\" must be above 0 and at most " +
                              std::to_string(static_cast<long long>(max)),
                          *text);
        return value;
    }

    // xsd:boolean: true, false, 1, 0.
    static bool bool_attribute(const xmlNode* node, const char* name, bool fallback) {
        const auto text = attribute(node, name);
        if (!text) return fallback;
        return *text == "true" || *text == "1";
    }

    // An ISO date that names a real day, or empty.
    std::string checked_date(const xmlNode* node, const std::string& date) const {
        if (date.empty()) return date;
        try {
            return sv::format_date_iso(date);
        } catch (const std::invalid_argument& e) {
            fail_on_value(node, e.what(), date);
        }
    }

    std::string text_of(const xmlNode* node) const {
        xmlChar* content = xmlNodeGetContent(node);
        std::string out = content != nullptr ? reinterpret_cast<const char*>(content) : "";
        xmlFree(content);
        Inlines tmp{Inline{Text{out}}};
        normalise_whitespace(tmp);
        return tmp.empty() ? std::string() : std::get<Text>(tmp.front().value).text;
    }

    // An attribute's value with white space collapsed as in text; empty when absent.
    std::string attribute_text(const xmlNode* node, const char* name) const {
        Inlines tmp{Inline{Text{attribute(node, name).value_or("")}}};
        normalise_whitespace(tmp);
        return tmp.empty() ? std::string() : std::get<Text>(tmp.front().value).text;
    }

    std::string required_text(const xmlNode* node, const char* what) const {
        auto text = text_of(node);
        if (text.empty()) fail_on_value(node, std::string(what) + " is empty", "");
        return text;
    }

    void read_meta(const xmlNode* meta) {
        auto& m = document_.meta;
        for (const xmlNode* n = meta->children; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE) continue;
            const std::string name = xml::name_of(n);
            if (name == "title")
                m.title = required_text(n, "the document title");
            else if (name == "subtitle")
                m.subtitle = text_of(n);
            else if (name == "kind") {
                m.kind = text_of(n);
                m.kind_name = xml::attribute(n, "name").value_or("");
            } else if (name == "organisation")
                m.organisation = text_of(n);
            else if (name == "body")
                m.body = text_of(n);
            else if (name == "date")
                m.date = checked_date(n, text_of(n));
            else if (name == "dnr")
                m.dnr = text_of(n);
            else if (name == "language")
                m.language = text_of(n);
            else if (name == "author")
                m.authors.push_back({text_of(n), attribute(n, "role").value_or("")});
        }
    }

    void register_id(const xmlNode* node, const std::string& id, AnchorTarget target) {
        if (id.empty()) return;
        if (!document_.anchors.emplace(id, std::move(target)).second)
            fail_on_value(node, "the id '" + id + "' is used twice; ids must be unique in a document", id);
    }

    // ---------------------------------------------------------------- inlines
    Inlines inlines(const xmlNode* parent) {
        Inlines out = raw_inlines(parent);
        normalise_whitespace(out);
        return out;
    }

    Inlines raw_inlines(const xmlNode* parent) {
        Inlines out;
        for (const xmlNode* n = parent->children; n != nullptr; n = n->next) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                out.push_back({Text{reinterpret_cast<const char*>(n->content)}});
                continue;
            }
            if (n->type != XML_ELEMENT_NODE) continue;
            const std::string name = xml::name_of(n);
            if (name == "em")
                out.push_back({Emphasis{raw_inlines(n)}});
            else if (name == "strong")
                out.push_back({Strong{raw_inlines(n)}});
            else if (name == "link") {
                // A link inside a link, or to a target a document should not carry, keeps its text.
                const auto href = publishable_href(attribute(n, "href").value_or(""));
                ++link_depth_;
                Inlines content = raw_inlines(n);
                --link_depth_;
                if (href && link_depth_ == 0) {
                    out.push_back({Link{*href, std::move(content)}});
                } else {
                    for (auto& piece : content) out.push_back(std::move(piece));
                }
            } else if (name == "br")
                out.push_back({LineBreak{}});
            else if (name == "note-ref") {
                // Every format marks every reference: none in a note (Word and ODF cannot nest
                // notes), none in text that one medium leaves out or a page reference replaces.
                if (!note_ref_context_.empty())
                    fail(n,
                         "a footnote reference cannot stand inside " + note_ref_context_.back() + ": put it after it");
                const auto to = attribute(n, "to").value_or("");
                note_refs_.push_back({to, line_of(n)});
                out.push_back({FootnoteRef{to}});
            } else if (name == "ref") {
                CrossRef ref;
                ref.target = attribute(n, "to").value_or("");
                ref.show =
                    attribute(n, "show").value_or("page") == "text" ? CrossRef::Show::Text : CrossRef::Show::Page;
                note_ref_context_.push_back("a <ref> (print shows a page number in its place)");
                ref.content = raw_inlines(n);
                note_ref_context_.pop_back();
                refs_.push_back({ref.target, line_of(n)});
                out.push_back({std::move(ref)});
            } else if (name == "only") {
                const auto media =
                    attribute(n, "media").value_or("print") == "web" ? MediaOnly::Media::Web : MediaOnly::Media::Print;
                note_ref_context_.push_back("<only> (the footnote would be missing from the other medium)");
                Inlines content = raw_inlines(n);
                note_ref_context_.pop_back();
                out.push_back({MediaOnly{media, std::move(content)}});
            } else if (name == "foreign") {
                std::string lang = attribute(n, "lang").value_or("");
                if (!is_language_tag(lang))
                    fail(n, "lang=\"" + lang +
                                "\" is not a language tag: use a BCP 47 tag, a language and perhaps a region, "
                                "such as \"en\" or \"en-GB\"");
                out.push_back({Foreign{std::move(lang), raw_inlines(n)}});
            } else if (name == "abbr") {
                out.push_back({Abbreviation{required_text(n, "an abbreviation"), attribute_text(n, "title")}});
            } else if (name == "symbol") {
                Symbol symbol{required_text(n, "a symbol"), attribute_text(n, "text")};
                if (symbol.text.empty()) fail(n, "a symbol needs the words it stands for (text=\"…\")");
                out.push_back({std::move(symbol)});
            } else if (name == "anchor") {
                const auto id = attribute(n, "id").value_or("");
                register_id(n, id, {AnchorTarget::Kind::Anchor, ""});
                out.push_back({Anchor{id}});
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- blocks
    // A <footnote> may stand anywhere among blocks; it leaves the flow for Document::footnotes.
    Blocks blocks(const xmlNode* parent) {
        Blocks out;
        for (const xmlNode* n = parent->children; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE) continue;
            if (is_element(n, "footnote"))
                footnote(n);
            else
                out.push_back(block(n));
        }
        return out;
    }

    bool has_block_children(const xmlNode* node) const {
        static const std::set<std::string> block_names = {"heading",  "p",          "list",       "table",
                                                          "fields",   "agenda",     "signatures", "figure",
                                                          "footnote", "page-break", "toc",        "section"};
        for (const xmlNode* n = node->children; n != nullptr; n = n->next)
            if (n->type == XML_ELEMENT_NODE && block_names.count(xml::name_of(n))) return true;
        return false;
    }

    // Content that may be either inline text or blocks (list items, footnotes).
    Blocks flow(const xmlNode* node) {
        if (has_block_children(node)) return blocks(node);
        Blocks out;
        out.push_back({Paragraph{Align::Default, inlines(node)}, line_of(node)});
        return out;
    }

    Block block(const xmlNode* n) {
        const std::string name = xml::name_of(n);
        Block b;
        b.source_line = line_of(n);
        if (name == "heading")
            b.value = heading(n);
        else if (name == "p")
            b.value = Paragraph{parse_align(attribute(n, "align")), inlines(n)};
        else if (name == "list")
            b.value = list(n);
        else if (name == "table")
            b.value = table(n);
        else if (name == "fields")
            b.value = fields(n);
        else if (name == "agenda")
            b.value = agenda(n);
        else if (name == "signatures")
            b.value = signatures(n);
        else if (name == "figure")
            b.value = figure(n);
        else if (name == "page-break")
            b.value = PageBreak{};
        else if (name == "toc") {
            TableOfContents toc;
            toc.depth = int_attribute(n, "depth", toc.depth, 1, 6);
            toc.title = attribute(n, "title").value_or(source_.labels.contents);
            b.value = toc;
        } else if (name == "section") {
            Section s;
            s.role = attribute(n, "role").value_or("");
            s.id = attribute(n, "id").value_or("");
            register_id(n, s.id, {AnchorTarget::Kind::Section, ""});
            s.content = blocks(n);
            // A section's label is its first heading, for links that name their target.
            if (!s.id.empty()) {
                for (const auto& child : s.content) {
                    if (const auto* h = std::get_if<Heading>(&child.value)) {
                        document_.anchors[s.id].label = plain_text(h->content);
                        break;
                    }
                }
            }
            b.value = std::move(s);
        } else {
            fail(n, "unexpected element <" + name + ">");
        }
        return b;
    }

    Heading heading(const xmlNode* n) {
        Heading h;
        h.level = int_attribute(n, "level", 1, 1, 6);
        h.number = attribute(n, "number");
        h.in_toc = bool_attribute(n, "toc", true);
        h.content = inlines(n);
        if (h.content.empty()) fail_on_value(n, "a heading needs text", "");
        h.id = attribute(n, "id").value_or("");
        if (h.id.empty()) {
            do h.id = "kansli-h-" + std::to_string(++auto_heading_ids_);
            while (document_.anchors.count(h.id));
            auto_ids_.insert(h.id);
        }
        register_id(n, h.id, {AnchorTarget::Kind::Heading, plain_text(h.content)});
        return h;
    }

    List list(const xmlNode* n) {
        List l;
        l.ordered = bool_attribute(n, "ordered", false);
        l.start = int_attribute(n, "start", 1, 0, 1000000);
        l.marker = l.ordered ? List::Marker::Decimal : List::Marker::Bullet;
        if (auto m = attribute(n, "marker")) {
            static const std::pair<const char*, List::Marker> markers[] = {
                {"decimal", List::Marker::Decimal},        {"lower-alpha", List::Marker::LowerAlpha},
                {"upper-alpha", List::Marker::UpperAlpha}, {"lower-roman", List::Marker::LowerRoman},
                {"bullet", List::Marker::Bullet},          {"dash", List::Marker::Dash}};
            for (const auto& [text, marker] : markers)
                if (*m == text) l.marker = marker;
            const bool ordered_marker = l.marker != List::Marker::Bullet && l.marker != List::Marker::Dash;
            if (ordered_marker != l.ordered)
                fail(n, "marker '" + *m + "' does not fit " + (l.ordered ? "an ordered" : "an unordered") + " list");
        }
        std::vector<std::pair<std::string, ListItem>> items;  // with the text they sort by
        for (const xmlNode* item = n->children; item != nullptr; item = item->next)
            if (is_element(item, "item")) items.push_back({text_of(item), {flow(item)}});
        // sort="alphabetical": names, attendance, an index, in Swedish order (å, ä, ö after z)
        // whatever order the data had; items with equal text keep theirs.
        if (attribute(n, "sort").value_or("none") == "alphabetical")
            std::stable_sort(items.begin(), items.end(),
                             [](const auto& a, const auto& b) { return sv::collate_less(a.first, b.first); });
        for (auto& [text, item] : items) l.items.push_back(std::move(item));
        return l;
    }

    Fields fields(const xmlNode* n) {
        Fields f;
        f.label = attribute(n, "label").value_or("");
        f.columns = int_attribute(n, "columns", 1, 1, 4);
        for (const xmlNode* field = n->children; field != nullptr; field = field->next)
            if (is_element(field, "field"))
                f.fields.push_back({attribute(field, "label").value_or(""), inlines(field)});
        return f;
    }

    Agenda agenda(const xmlNode* n) {
        Agenda a;
        a.caption = attribute(n, "caption").value_or("");
        const Labels& labels = source_.labels;
        a.number_label = attribute(n, "number-label").value_or(labels.agenda_number);
        a.title_label = attribute(n, "title-label").value_or(labels.agenda_title);
        a.dnr_label = attribute(n, "dnr-label").value_or(labels.agenda_dnr);
        a.page_label = attribute(n, "page-label").value_or(labels.agenda_page);
        for (const xmlNode* item = n->children; item != nullptr; item = item->next) {
            if (!is_element(item, "agenda-item")) continue;
            AgendaItem i;
            i.number = attribute(item, "number").value_or("");
            i.dnr = attribute(item, "dnr").value_or("");
            i.note = attribute(item, "note").value_or("");
            i.ref = attribute(item, "ref").value_or("");
            if (!i.ref.empty()) refs_.push_back({i.ref, line_of(item)});
            i.title = inlines(item);
            if (i.title.empty()) fail_on_value(item, "an agenda item needs a title", "");
            a.items.push_back(std::move(i));
        }
        return a;
    }

    Signatures signatures(const xmlNode* n) {
        Signatures s;
        s.place = attribute(n, "place").value_or("");
        s.date = checked_date(n, attribute(n, "date").value_or(""));
        // Myndigheternas skrivregler: "Ort den 3 februari 2021".
        const std::string long_date = s.date.empty() ? std::string() : sv::format_date_long(s.date);
        s.dateline = s.place.empty() ? long_date : long_date.empty() ? s.place : s.place + " den " + long_date;
        for (const xmlNode* sig = n->children; sig != nullptr; sig = sig->next)
            if (is_element(sig, "signature"))
                s.signatures.push_back({attribute(sig, "name").value_or(""), attribute(sig, "role").value_or("")});
        return s;
    }

    Figure figure(const xmlNode* n) {
        Figure f;
        f.id = attribute(n, "id").value_or("");
        f.alt = text_of_attribute(n, "alt");
        if (f.alt.empty()) fail_on_value(n, "a figure needs an alternative text (alt) that describes the image", "");
        f.width_mm = decimal_attribute(n, "width-mm", 10000);
        for (const xmlNode* c = n->children; c != nullptr; c = c->next)
            if (is_element(c, "caption")) f.caption = inlines(c);
        const auto src = attribute(n, "src").value_or("");
        if (source_.resource_dir.empty())
            fail(n, "figures are not available here (no template package to read '" + src + "' from)");
        try {
            std::vector<std::filesystem::path> dirs{source_.resource_dir};
            dirs.insert(dirs.end(), source_.inherited_resource_dirs.begin(), source_.inherited_resource_dirs.end());
            f.image = load_package_image(dirs, src);
        } catch (const std::invalid_argument& e) {
            fail(n, e.what());
        }
        register_id(n, f.id, {AnchorTarget::Kind::Figure, plain_text(f.caption)});
        return f;
    }

    std::string text_of_attribute(const xmlNode* n, const char* name) const {
        Inlines tmp{Inline{Text{attribute(n, name).value_or("")}}};
        normalise_whitespace(tmp);
        return tmp.empty() ? std::string() : std::get<Text>(tmp.front().value).text;
    }

    void footnote(const xmlNode* n) {
        Footnote f;
        f.id = attribute(n, "id").value_or("");
        if (footnotes_.count(f.id) != 0) fail_on_value(n, "the footnote id '" + f.id + "' is used twice", f.id);
        note_ref_context_.push_back("a footnote (Word and ODF cannot nest notes)");
        f.content = flow(n);
        note_ref_context_.pop_back();
        std::string id = f.id;
        footnotes_.emplace(std::move(id), std::pair(std::move(f), line_of(n)));
    }

    // ---------------------------------------------------------------- tables
    // The rows are read first, then placed on the grid (TableGrid, the one place that does it),
    // and only then are the cells that depend on their column resolved: alignment, precision
    // and the formatting of values.
    Table table(const xmlNode* n) {
        Table t;
        std::vector<bool> plus_columns;          // columns with sign="always"
        std::vector<const xmlNode*> cell_nodes;  // in the order the grid lists the cells
        t.id = attribute(n, "id").value_or("");
        t.row_headers = bool_attribute(n, "row-headers", false);
        t.split_rows = bool_attribute(n, "split-rows", false);
        t.numbered = bool_attribute(n, "numbered", false);
        for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            const std::string name = xml::name_of(c);
            if (name == "caption")
                t.caption = inlines(c);
            else if (name == "description")
                t.description = text_of(c);
            else if (name == "columns") {
                for (const xmlNode* col = c->children; col != nullptr; col = col->next)
                    if (is_element(col, "column")) {
                        t.columns.push_back(column(col));
                        plus_columns.push_back(attribute(col, "sign").value_or("negative") == "always");
                    }
            } else if (name == "head" || name == "body") {
                auto& rows = name == "head" ? t.head : t.body;
                std::vector<const xmlNode*> row_nodes;
                for (const xmlNode* row = c->children; row != nullptr; row = row->next)
                    if (is_element(row, "row")) {
                        rows.push_back(this->row(row, cell_nodes));
                        check_row_width(row, rows.back(), t.columns.size());
                        row_nodes.push_back(row);
                    }
                check_sum_rules(row_nodes, rows);
            }
        }
        std::optional<TableGrid> grid;
        try {
            grid.emplace(t);
        } catch (const std::invalid_argument& e) {
            fail(n, e.what());
        }
        // The grid lists the cells in the order they were read: header rows, then body rows.
        std::size_t i = 0;
        for (auto* rows : {&t.head, &t.body})
            for (Row& row : *rows)
                for (Cell& cell : row.cells) {
                    const GridCell& placed = grid->cells()[i];
                    resolve_cell(cell_nodes[i++], cell, t.columns[placed.column], plus_columns[placed.column],
                                 rows == &t.head);
                }
        register_id(n, t.id, {AnchorTarget::Kind::Table, plain_text(t.caption)});
        return t;
    }

    // A row whose cells alone span more columns than the table has: the grid would refuse it
    // too, but here the row's line is known, and with it whatever data the template wrote into
    // it (a list with one item too many).
    void check_row_width(const xmlNode* n, const Row& row, std::size_t columns) const {
        std::size_t spanned = 0;
        for (const Cell& cell : row.cells) spanned += static_cast<std::size_t>(std::max(cell.colspan, 1));
        if (spanned > columns)
            fail_on_items(n, "a row has more cells than its " + std::to_string(columns) + " columns (they span " +
                                 std::to_string(spanned) + ")");
    }

    Column column(const xmlNode* n) const {
        Column c;
        const auto kind = attribute(n, "kind").value_or("text");
        if (kind == "number")
            c.kind = ColumnKind::Number;
        else if (kind == "money")
            c.kind = ColumnKind::Money;
        else if (kind == "percent")
            c.kind = ColumnKind::Percent;
        else if (kind == "identifier")
            c.kind = ColumnKind::Identifier;
        c.align = is_numeric(c.kind) ? Align::Right : Align::Left;
        if (auto a = attribute(n, "align")) c.align = parse_align(a);
        if (attribute(n, "precision")) c.precision = int_attribute(n, "precision", 0, 0, 6);
        c.unit = attribute(n, "unit").value_or("");
        c.width = decimal_attribute(n, "width", 100);
        return c;
    }

    // A row's cells with what needs no column: their spans and text.
    Row row(const xmlNode* n, std::vector<const xmlNode*>& cell_nodes) {
        Row r;
        const auto kind = attribute(n, "kind").value_or("data");
        if (kind == "section")
            r.kind = RowKind::Section;
        else if (kind == "sum")
            r.kind = RowKind::Sum;
        else if (kind == "subtotal")
            r.kind = RowKind::Subtotal;
        else if (kind == "note")
            r.kind = RowKind::Note;
        r.key = attribute(n, "key").value_or("");
        if (const auto sums = attribute(n, "sums")) {
            if (r.kind != RowKind::Sum && r.kind != RowKind::Subtotal)
                fail(n, "only a sum or subtotal row says what it sums (sums=\"" + *sums + "\")");
            try {
                r.sums = parse_sum_rule(*sums);
            } catch (const std::invalid_argument& e) {
                fail(n, e.what());
            }
        }
        for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
            if (!is_element(c, "cell")) continue;
            Cell cell;
            cell.colspan = int_attribute(c, "colspan", 1, 1, 1000);
            cell.rowspan = int_attribute(c, "rowspan", 1, 1, 100000);
            cell.content = inlines(c);
            r.cells.push_back(std::move(cell));
            cell_nodes.push_back(c);
        }
        return r;
    }

    // Row keys are unique in their table, and a sum names only rows of its table, not itself.
    void check_sum_rules(const std::vector<const xmlNode*>& nodes, const std::vector<Row>& rows) const {
        std::map<std::string, std::size_t> keys;
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (!rows[i].key.empty() && !keys.emplace(rows[i].key, i).second)
                fail(nodes[i], "the row key '" + rows[i].key + "' is used twice in this table");
        for (std::size_t i = 0; i < rows.size(); ++i)
            for (const SumRule::Term& term : rows[i].sums.terms) {
                const auto found = keys.find(term.key);
                if (found == keys.end())
                    fail(nodes[i], "sums names the row '" + term.key + "', but no row of this table has that key");
                if (found->second == i) fail(nodes[i], "a row cannot sum itself ('" + term.key + "')");
            }
    }

    // What a cell takes from the column it starts in: its alignment, and for a value its
    // precision, sign and formatting.
    void resolve_cell(const xmlNode* c, Cell& cell, const Column& column, bool plus_column, bool in_head) {
        cell.align = parse_align(attribute(c, "align"));
        if (cell.align == Align::Default && !in_head) cell.align = column.align;
        const auto value = attribute(c, "value");
        if (!value || value->empty()) return;
        if (in_head) fail(c, "header cells hold text, not values");
        const std::optional<int> precision =
            attribute(c, "precision") ? std::optional<int>(int_attribute(c, "precision", 0, 0, 6)) : column.precision;
        sv::Decimal parsed;
        try {
            parsed = sv::parse_decimal(*value);
        } catch (const std::invalid_argument& e) {
            fail(c, e.what());
        }
        double numeric = 0;
        std::from_chars(parsed.literal.data(), parsed.literal.data() + parsed.literal.size(), numeric);
        CellNumber number{parsed.literal, numeric, precision.value_or(parsed.decimals)};
        if (cell.content.empty()) {
            const sv::NumberOptions options{
                .precision = number.precision,
                .explicit_plus = attribute(c, "sign") ? *attribute(c, "sign") == "always" : plus_column,
                .grouping = column.kind != ColumnKind::Identifier};
            const auto shown = column.kind == ColumnKind::Percent
                                   ? sv::format_percent(parsed.literal, options, source_.numbers)
                                   : sv::format_number(parsed.literal, options, source_.numbers);
            cell.content.push_back({Text{shown}});
        }
        if (attribute(c, "align") == std::nullopt && column.kind == ColumnKind::Text) cell.align = Align::Right;
        cell.number = std::move(number);
    }

    void check_references() {
        for (const auto& [target, line] : refs_) {
            if (!document_.anchors.count(target) || auto_ids_.count(target))
                fail_on_value(line, "the reference points to '" + target + "', but no element has that id", target);
        }
        // Footnotes are numbered by their first reference in the model's order (a list sorted
        // alphabetically is not in the order it was written).
        std::set<std::string> numbered;
        walk(document_, {}, [&](const Inline& node) {
            const auto* ref = std::get_if<FootnoteRef>(&node.value);
            if (ref == nullptr || !numbered.insert(ref->id).second) return;
            const auto found = footnotes_.find(ref->id);
            if (found == footnotes_.end()) {
                const auto where = std::find_if(note_refs_.begin(), note_refs_.end(),
                                                [&](const auto& note_ref) { return note_ref.first == ref->id; });
                fail_on_value(where->second,
                              "the footnote reference points to '" + ref->id + "', but there is no <footnote id=\"" +
                                  ref->id + "\">",
                              ref->id);
            }
            document_.footnotes.push_back(std::move(found->second.first));
            footnotes_.erase(found);
        });
        if (!footnotes_.empty()) {
            const auto& [id, footnote] = *footnotes_.begin();
            fail_on_value(
                footnote.second,
                "the footnote '" + id + "' is never referenced (add <note-ref to=\"" + id + "\"/> where it belongs)",
                id);
        }
    }

    const XmlSource& source_;
    Document document_;
    std::vector<std::pair<std::string, int>> refs_;
    std::vector<std::pair<std::string, int>> note_refs_;         // in the order the text is read
    std::map<std::string, std::pair<Footnote, int>> footnotes_;  // read, not yet numbered; with its line
    std::vector<std::string> note_ref_context_;                  // why a note-ref cannot stand here (innermost last)
    std::set<std::string> auto_ids_;
    int auto_heading_ids_ = 0;
    int link_depth_ = 0;
};

const char* const kNoDoctype =
    "a DOCTYPE is not allowed in document XML (its entities could read files or "
    "grow without bound)";

// The line of a DOCTYPE in the prolog (before the root element), if there is one.
std::optional<int> doctype_line(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
        if (is_layout_space(text[at])) {
            ++at;
        } else if (text.substr(at, 2) == "<?") {
            at = text.find("?>", at);
            if (at == std::string_view::npos) return std::nullopt;
            at += 2;
        } else if (text.substr(at, 4) == "<!--") {
            at = text.find("-->", at);
            if (at == std::string_view::npos) return std::nullopt;
            at += 3;
        } else if (text.substr(at, 9) == "<!DOCTYPE") {
            return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        } else {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

}  // namespace

Document read_document_xml(std::string_view text, const XmlSource& source) {
    // Refused before libxml2 sees it: entity declarations could expand without bound or name
    // files to read, and the document XML has no use for them.
    if (const auto line = doctype_line(text))
        throw Error(Error::Kind::Template, {source.name, *line, 0, {}}, kNoDoctype);
    xml::DiagnosticSink sink;
    xml::DocPtr doc = xml::parse(text, sink);
    if (!doc) {
        const auto d =
            sink.diagnostics.empty() ? xml::Diagnostic{0, 0, "not well-formed XML"} : sink.diagnostics.front();
        // libxml2 reads at most 10 000 000 bytes of text or of an attribute in one piece
        // (XML_MAX_TEXT_LENGTH; lifting it with XML_PARSE_HUGE would also lift its nesting
        // limit). Such a text is a value's, not the structure's: the data's when it came from it.
        if (d.message.find("Huge input lookup") != std::string::npos ||
            d.message.find("huge text node") != std::string::npos)
            throw DocumentValueError(Error(Error::Kind::Template, {source.name, d.line, 0, {}},
                                           "a text of more than 10 000 000 bytes, more than the document XML may "
                                           "hold in one piece"),
                                     DocumentValueError::Culprit::Length);
        throw Error(Error::Kind::Template, {source.name, d.line, d.column, {}}, "not well-formed XML: " + d.message);
    }
    if (doc->intSubset != nullptr)  // hidden from the prolog scan, e.g. after a comment that fooled it
        throw Error(Error::Kind::Template, {source.name, 0, 0, {}}, kNoDoctype);
    xml::DiagnosticSink validation;
    xml::RngValidPtr validator(xmlRelaxNGNewValidCtxt(const_cast<xmlRelaxNG*>(compiled_schema())));
    xmlRelaxNGSetValidStructuredErrors(validator.get(), &xml::DiagnosticSink::handler, &validation);
    if (xmlRelaxNGValidateDoc(validator.get(), doc.get()) != 0) {
        const auto d = validation.diagnostics.empty() ? xml::Diagnostic{0, 0, "does not follow the document schema"}
                                                      : validation.diagnostics.front();
        throw Error(Error::Kind::Template, {source.name, d.line, 0, {}}, "invalid document XML: " + d.message);
    }
    Reader reader(source);
    Document document = reader.read(xmlDocGetRootElement(doc.get()));
    // The reader's own checks say more, with the element's line; this one is the promise
    // that nothing the model guarantees was missed.
    try {
        check_document(document);
    } catch (const Error& e) {
        throw Error(Error::Kind::Template, {source.name, e.where().line, 0, {}}, e.message());
    }
    return document;
}

}  // namespace kansli
