// Inlines: one function per kind, chosen by std::visit in inlines().
#include <algorithm>
#include <string>
#include <variant>

#include "html_escape.hpp"
#include "html_render.hpp"

namespace kansli::html {
namespace {

// Link targets a published page may carry. A document's links come from data that people
// type; "javascript:" or "data:" in an href would run or show something on the reader's
// machine, so a link with any other scheme keeps its text and loses the link.
bool is_safe_href(std::string_view href) {
    const auto colon = href.find(':');
    if (colon == std::string_view::npos) return true;  // relative, or a fragment
    const auto delimiter = href.find_first_of("/?#");
    if (delimiter != std::string_view::npos && delimiter < colon) return true;  // path with a colon
    std::string scheme(href.substr(0, colon));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

// The URL standard does not allow spaces, quotes, angle brackets and a few other characters
// in a URL, nor a "%" that does not start an escape; the Nu checker reports them. They are
// percent-encoded, as a browser encodes most of them anyway. Non-ASCII stays as it is
// (allowed, and readable in the source).
std::string normalised_href(std::string_view href) {
    constexpr std::string_view hex = "0123456789ABCDEF";
    const auto is_hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    std::string out;
    for (std::size_t i = 0; i < href.size(); ++i) {
        const auto byte = static_cast<unsigned char>(href[i]);
        const bool lone_percent = byte == '%' && !(i + 2 < href.size() && is_hex(href[i + 1]) && is_hex(href[i + 2]));
        if (byte <= 0x20 || byte == 0x7F || lone_percent ||
            std::string_view("\"<>\\^`{|}").find(static_cast<char>(byte)) != std::string_view::npos) {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
        } else {
            out += static_cast<char>(byte);
        }
    }
    return out;
}

}  // namespace

void Renderer::inlines(const Inlines& content) {
    for (const Inline& node : content) std::visit([this](const auto& n) { write_inline(n); }, node.value);
}

void Renderer::write_inline(const Text& t) { text(t.text); }

void Renderer::write_inline(const Emphasis& emphasis) {
    raw("<em>");
    inlines(emphasis.content);
    raw("</em>");
}

void Renderer::write_inline(const Strong& strong) {
    raw("<strong>");
    inlines(strong.content);
    raw("</strong>");
}

// Links cannot contain links: inside one, a nested link or reference keeps only its text.
void Renderer::write_inline(const Link& link) {
    if (link_depth_ > 0 || !is_safe_href(link.href)) {
        inlines(link.content);
        return;
    }
    raw("<a");
    attribute("href", normalised_href(link.href));
    raw(">");
    ++link_depth_;
    if (link.content.empty()) {
        text(link.href);  // a link without text has no accessible name
    } else {
        inlines(link.content);
    }
    --link_depth_;
    raw("</a>");
}

void Renderer::write_inline(const LineBreak&) { raw("<br>"); }

// A superscript number linking to the footnote; aria-describedby adds "Fotnoter" to what a
// screen reader says, so the bare number is not taken for part of the text.
void Renderer::write_inline(const FootnoteRef& ref) {
    Note& note = note_for(ref.id);
    const std::string number = std::to_string(note.number);
    if (link_depth_ > 0) {
        raw("<sup>" + number + "</sup>");
        return;
    }
    const std::string ref_id = new_id("fnref-" + ref.id);
    if (note.first_ref_id.empty()) note.first_ref_id = ref_id;
    raw("<sup class=\"footnote-ref\"><a");
    attribute("href", "#" + note.id);
    attribute("id", ref_id);
    attribute("aria-describedby", footnotes_heading_id_);
    raw(">" + number + "</a></sup>");
}

// On the web a reference is a link, whether print shows a page number or the target's text.
// Its text is the document's own, else the target's label (heading text, caption), else the
// target's id, so that the link always has a name.
void Renderer::write_inline(const CrossRef& ref) {
    const auto write_text = [&] {
        if (!ref.content.empty()) {
            inlines(ref.content);
            return;
        }
        const auto target = document_.anchors.find(ref.target);
        text(target != document_.anchors.end() && !target->second.label.empty() ? target->second.label : ref.target);
    };
    if (link_depth_ > 0) {
        write_text();
        return;
    }
    raw("<a");
    attribute("href", "#" + ref.target);
    raw(">");
    ++link_depth_;
    write_text();
    --link_depth_;
    raw("</a>");
}

void Renderer::write_inline(const Anchor& anchor) {
    raw("<span");
    attribute("id", anchor.id);
    raw("></span>");
}

}  // namespace kansli::html
