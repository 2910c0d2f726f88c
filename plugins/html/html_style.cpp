#include "html_style.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>

namespace kansli::html {
namespace {

// ------------------------------------------------------------------ colours
struct Rgb {
    int r = 0, g = 0, b = 0;
};

constexpr Rgb white{255, 255, 255};
constexpr Rgb black{0, 0, 0};
// WCAG 2.1 SC 1.4.3 for normal-size text; headings h4–h6 are not "large", so one level for all.
constexpr double minimum_contrast = 4.5;

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// "#RRGGBB" or "#RGB". Other CSS colour syntaxes are refused: a theme value is pasted into
// the stylesheet, and a strict form is what keeps it from closing the <style> element.
std::optional<Rgb> parse_colour(std::string_view text) {
    if (text.empty() || text.front() != '#') return std::nullopt;
    text.remove_prefix(1);
    std::array<int, 6> d{};
    if (text.size() != 3 && text.size() != 6) return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i) {
        d[i] = hex_digit(text[i]);
        if (d[i] < 0) return std::nullopt;
    }
    if (text.size() == 3) return Rgb{d[0] * 17, d[1] * 17, d[2] * 17};
    return Rgb{d[0] * 16 + d[1], d[2] * 16 + d[3], d[4] * 16 + d[5]};
}

Rgb colour_or(const std::string& text, const std::string& fallback) {
    if (auto c = parse_colour(text)) return *c;
    return parse_colour(fallback).value_or(black);
}

std::string hex(Rgb c) {
    constexpr std::string_view digits = "0123456789abcdef";
    std::string out = "#";
    for (int v : {c.r, c.g, c.b}) {
        out += digits[static_cast<std::size_t>(v / 16)];
        out += digits[static_cast<std::size_t>(v % 16)];
    }
    return out;
}

double relative_luminance(Rgb c) {
    const auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrast(Rgb a, Rgb b) {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The theme's colour if it is readable on `background`, else the same hue mixed towards black
// (or white on a dark background) in fixed steps until it is: a template with a light brand
// colour keeps its look as far as the contrast rule allows, and the result is the same on
// every run. Black or white always reaches 4.5:1 against white or black, so the loop ends.
Rgb readable_on(Rgb colour, Rgb background, double minimum = minimum_contrast) {
    const Rgb target = relative_luminance(background) > 0.18 ? black : white;
    for (int step = 0; step <= 20; ++step) {
        const double t = step / 20.0;
        const auto mix = [t](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * t)); };
        const Rgb c{mix(colour.r, target.r), mix(colour.g, target.g), mix(colour.b, target.b)};
        if (contrast(c, background) >= minimum) return c;
    }
    return target;
}

// Text on a coloured background (table headers): the body colour when readable there, else
// black or white, whichever reads better — a header background the template chose stays.
Rgb text_on(Rgb preferred, Rgb background) {
    if (contrast(preferred, background) >= minimum_contrast) return preferred;
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

// ------------------------------------------------------------------ fonts and numbers
// A font family name from the theme, quoted for CSS; empty when the name has a character no
// real font name has (a quote, a brace, "<"), since it is pasted into the stylesheet.
std::string quoted_font_name(std::string_view name) {
    const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
               c == '-' || c == '_' || c == '.';
    });
    if (!plain || name.empty()) return {};
    return "\"" + std::string(name) + "\"";
}

bool contains_ci(std::string_view text, std::string_view word) {
    return std::search(text.begin(), text.end(), word.begin(), word.end(), [](char a, char b) {
               const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
               return lower(a) == lower(b);
           }) != text.end();
}

// The theme names fonts as an office suite knows them; a reader's machine may only have the
// metric-compatible twin (Liberation on Linux, Microsoft's fonts on Windows), then a generic.
std::string font_stack(std::string_view name) {
    struct Twin {
        std::string_view a, b;
    };
    constexpr std::array<Twin, 4> twins{{{"Liberation Serif", "Times New Roman"},
                                         {"Liberation Sans", "Arial"},
                                         {"Carlito", "Calibri"},
                                         {"Caladea", "Cambria"}}};
    std::string stack;
    const auto add = [&stack](std::string_view family) {
        const std::string quoted = quoted_font_name(family);
        if (quoted.empty()) return;
        if (!stack.empty()) stack += ", ";
        stack += quoted;
    };
    add(name);
    for (const auto& twin : twins) {
        if (name == twin.a) add(twin.b);
        if (name == twin.b) add(twin.a);
    }
    constexpr std::array<std::string_view, 7> sans_words{"sans",    "arial",   "helvetica", "calibri",
                                                         "carlito", "verdana", "segoe"};
    const bool sans =
        std::any_of(sans_words.begin(), sans_words.end(), [&](std::string_view w) { return contains_ci(name, w); });
    if (!stack.empty()) stack += ", ";
    stack += sans ? "sans-serif" : "serif";
    return stack;
}

// Locale-independent and the same on every platform: at most three decimals, no trailing zeros.
std::string number(double value) {
    if (!std::isfinite(value)) value = 0;
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), std::round(value * 1000.0) / 1000.0,
                                      std::chars_format::fixed, 3);
    std::string text(buffer.data(), result.ptr);
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text == "-0" ? "0" : text;
}

double positive_or(double value, double fallback) { return std::isfinite(value) && value > 0 ? value : fallback; }

std::string page_size(const PageLayout& page) {
    const PageLayout a4;
    if (page.width_mm == a4.width_mm && page.height_mm == a4.height_mm) return "A4";
    return number(positive_or(page.width_mm, a4.width_mm)) + "mm " + number(positive_or(page.height_mm, a4.height_mm)) +
           "mm";
}

std::string margin(double mm) { return number(std::isfinite(mm) && mm > 0 ? mm : 0) + "mm"; }

// Parts that do not depend on the theme. A table the template gave column widths spans the
// page (has-widths), is on screen at least 8rem a column wide (--min-width from the writer: it
// scrolls in its region on a phone rather than squeezing its text to a word a line) and on a
// wide screen may use 72rem, more than the text column. The region is positioned so that the
// visually hidden text inside its table (absolutely positioned) stays in its scroll box instead
// of widening the page at 320 px. An e-mail address or web address is one long word: it may
// break anywhere, and so may a memo head's value, whose grid column would otherwise be as wide
// as its longest word (WCAG 1.4.10).
constexpr std::string_view fixed_rules = R"(*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 50rem; padding: 0 1rem 2rem; line-height: 1.5; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5em 0 0.5em; }
p, ul, ol, dl, figure { margin: 0 0 1em; }
main:focus { outline: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: 1rem; top: -10rem; z-index: 10; padding: 0.5rem 1rem; }
.skip-link:focus { top: 1rem; }
.page-header { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: 1rem 0 0.75rem; margin-bottom: 1.5rem; }
.page-header img { display: block; height: 3.5rem; width: auto; }
.page-header p { margin: 0; font-weight: bold; }
.subtitle { font-size: 1.15em; margin-top: -0.25em; }
.align-left { text-align: left; }
.align-center { text-align: center; }
.align-right { text-align: right; }
ol.marker-decimal { list-style-type: decimal; }
ol.marker-lower-alpha { list-style-type: lower-alpha; }
ol.marker-upper-alpha { list-style-type: upper-alpha; }
ol.marker-lower-roman { list-style-type: lower-roman; }
ul.marker-bullet { list-style-type: disc; }
ul.marker-dash { list-style-type: "\2013\00a0\00a0"; }
li > p:last-child, li > ol, li > ul { margin-bottom: 0; }
.table-wrap { position: relative; overflow-x: auto; max-width: 100%; margin: 0 0 1.5em; }
main { overflow-wrap: break-word; }
dl.fields dd, a[href^="mailto:"], a[href^="http"] { overflow-wrap: anywhere; }
table { border-collapse: collapse; }
table.has-widths { width: 100%; }
@media screen { table.has-widths { min-width: var(--min-width, 36rem); } }
@media screen and (min-width: 76rem) { .table-wrap.wide { width: 72rem; max-width: none; margin-left: calc(50% - 36rem); } }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.4em; }
th, td { padding: 0.3em 0.6em; border-bottom: 1px solid #8c8c8c; text-align: left; vertical-align: top; }
thead th, thead td { vertical-align: bottom; border-bottom-width: 2px; }
tbody th { font-weight: normal; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.row-sum > * { font-weight: bold; border-top: 2px solid currentColor; }
tr.row-subtotal > * { font-style: italic; border-top: 1px solid currentColor; }
tr.row-section > * { font-weight: bold; }
tr.row-note > * { font-size: 0.9em; font-style: italic; }
.agenda .agenda-number { white-space: nowrap; }
.agenda .agenda-dnr { white-space: nowrap; }
.agenda .note { font-style: italic; }
dl.fields { display: grid; gap: 0.25em 2em; }
dl.fields > div { display: grid; grid-template-columns: minmax(7em, max-content) 1fr; gap: 0 1em; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; }
dl.cols-2 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
dl.cols-3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
dl.cols-4 { grid-template-columns: repeat(4, minmax(0, 1fr)); }
@media (max-width: 40rem) { dl.fields { grid-template-columns: minmax(0, 1fr); } }
.signatures { margin: 2em 0 1em; }
.signature-place { margin-bottom: 1.5em; }
.signature-list { display: flex; flex-wrap: wrap; gap: 1.5em 3em; }
.signature p { margin: 0; }
.signature-name { font-weight: bold; }
figure img { display: block; max-width: 100%; height: auto; }
figcaption { font-style: italic; margin-top: 0.4em; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 1.5em; }
.footnotes { margin-top: 2.5em; padding-top: 0.5em; border-top: 1px solid currentColor; font-size: 0.9em; }
.footnotes ol { padding-left: 1.5em; }
.footnote-back { margin-left: 0.5em; }
.page-footer { margin-top: 3em; padding-top: 0.75em; border-top: 1px solid currentColor; font-size: 0.9em; }
.page-footer p { margin: 0; }
)";

// Print: the page size and margins the template set for its office formats, no screen-only
// navigation, and the usual rules against orphaned headings and split table rows. The table of
// contents is printed as the template placed it (Chromium cannot print the page numbers of its
// entries: it has no target-counter()).
constexpr std::string_view print_rules = R"css(  body { max-width: none; padding: 0; }
  .skip-link, .footnote-back { display: none; }
  .table-wrap { overflow: visible; }
  h1, h2, h3, h4, h5, h6, caption { break-after: avoid; page-break-after: avoid; }
  tr, figure, .signature, dl.fields > div { break-inside: avoid; page-break-inside: avoid; }
  table.split-rows tr { break-inside: auto; page-break-inside: auto; }
  thead { display: table-header-group; }
  .page-break { break-after: page; page-break-after: always; }
  a[href^="http"]::after, a[href^="mailto:"]::after, a[href^="tel:"]::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
  .signature-name { margin-top: 3em; padding-top: 0.25em; border-top: 1px solid currentColor; }
)css";

// The dark variant of the theme's colours for readers whose system asks for it: a near-black
// background, the text light, and the theme's hues lightened until they reach 4.5:1 against it
// (readable_on mixes towards white on a dark background). Dark mode aims at 7:1 rather than
// the minimum 4.5:1: a dark brand colour lightened only to the minimum looks dim and grey there.
// The logo keeps a light backing: logos are drawn for paper.
std::string dark_rules(const Theme& theme, const Theme& defaults) {
    constexpr Rgb background{18, 18, 18};
    constexpr Rgb raised{42, 42, 42};  // table headers and section rows
    const Rgb text{232, 232, 232};
    constexpr double dark_contrast = 7.0;
    const Rgb heading =
        readable_on(colour_or(theme.heading_colour, defaults.heading_colour), background, dark_contrast);
    const Rgb accent = readable_on(colour_or(theme.accent_colour, defaults.accent_colour), raised, dark_contrast);
    std::string css = "@media screen and (prefers-color-scheme: dark) {\n";
    css += "  html, .skip-link { color: " + hex(text) + "; background: " + hex(background) + "; }\n";
    css += "  h1, h2, h3, h4, h5, h6 { color: " + hex(heading) + "; }\n";
    css += "  a, .skip-link { color: " + hex(accent) + "; }\n";
    css += "  .skip-link { border-color: " + hex(accent) + "; }\n";
    css += "  a:focus-visible, .table-wrap:focus-visible { outline-color: " + hex(accent) + "; }\n";
    css += "  .page-header { border-bottom-color: " + hex(accent) + "; }\n";
    css += "  .page-header img, figure img { background: #ffffff; padding: 0.25rem; border-radius: 0.25rem; }\n";
    css += "  thead th, thead td, tr.row-section > * { background: " + hex(raised) + "; color: " + hex(text) + "; }\n";
    css += "}\n";
    return css;
}

// A CSS string: quotes, backslashes, "<" (which could end the <style> element) and control
// characters become hexadecimal escapes, so a theme's words cannot change the stylesheet.
std::string css_string(std::string_view text) {
    constexpr std::string_view digits = "0123456789abcdef";
    std::string out = "\"";
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\' || c == '<' || u < 0x20 || u == 0x7f) {
            out += '\\';
            out += digits[u / 16];
            out += digits[u % 16];
            out += ' ';
        } else {
            out += c;
        }
    }
    return out + "\"";
}

}  // namespace

std::string stylesheet(const Theme& theme) {
    const Theme defaults;
    const Rgb text = readable_on(colour_or(theme.text_colour, defaults.text_colour), white);
    const Rgb heading = readable_on(colour_or(theme.heading_colour, defaults.heading_colour), white);
    const Rgb accent = readable_on(colour_or(theme.accent_colour, defaults.accent_colour), white);
    const Rgb header_background = colour_or(theme.table_header_background, defaults.table_header_background);
    const Rgb header_text = text_on(text, header_background);

    const double body_pt = positive_or(theme.body_size_pt, defaults.body_size_pt);
    const auto usable = [](const std::string& font, const std::string& fallback) {
        return quoted_font_name(font).empty() ? fallback : font;
    };
    const std::string body_font = font_stack(usable(theme.body_font, defaults.body_font));
    const std::string heading_font = font_stack(usable(theme.heading_font, defaults.heading_font));

    std::string css;
    css += ":root { color-scheme: light dark; }\n";
    css += "html, .skip-link { color: " + hex(text) + "; background: #ffffff; }\n";
    css += "body { font-family: " + body_font + "; font-size: 100%; }\n";
    css += "h1, h2, h3, h4, h5, h6, caption, .page-header p { font-family: " + heading_font + "; }\n";
    css += "h1, h2, h3, h4, h5, h6 { color: " + hex(heading) + "; }\n";
    // On screen the theme's sizes become proportions of the body text, which itself is the
    // reader's default size: a fixed 11 pt would override the reader's own setting.
    for (int level = 1; level <= 6; ++level) {
        const double pt = positive_or(theme.heading_sizes_pt[level - 1], body_pt);
        css += "h" + std::to_string(level) + " { font-size: " + number(pt / body_pt) + "em; }\n";
    }
    css += "a { color: " + hex(accent) + "; }\n";
    css +=
        "a:focus-visible, .table-wrap:focus-visible { outline: 3px solid " + hex(accent) + "; outline-offset: 2px; }\n";
    css += ".skip-link { color: " + hex(accent) + "; border: 2px solid " + hex(accent) + "; }\n";
    css += ".page-header { border-bottom: 3px solid " + hex(accent) + "; }\n";
    css += "thead th, thead td, tr.row-section > * { background: " + hex(header_background) +
           "; color: " + hex(header_text) + "; }\n";
    css += fixed_rules;
    css += dark_rules(theme, defaults);

    css += "@page { size: " + page_size(theme.page) + "; margin: " + margin(theme.page.margin_top_mm) + " " +
           margin(theme.page.margin_right_mm) + " " + margin(theme.page.margin_bottom_mm) + " " +
           margin(theme.page.margin_left_mm) + ";\n";
    // Printed from the browser, pages are numbered as in the office formats ("Sida 3 av 12"):
    // Chromium draws page-margin boxes since version 131; older browsers leave them out.
    css += "  @bottom-right { content: " + css_string(theme.labels.page + " ") + " counter(page) " +
           css_string(" " + theme.labels.page_of + " ") + " counter(pages); font-size: 9pt; }\n}\n";
    css += "@media print {\n";
    css += "  body { font-size: " + number(body_pt) + "pt; }\n";
    for (int level = 1; level <= 6; ++level) {
        const double pt = positive_or(theme.heading_sizes_pt[level - 1], body_pt);
        css += "  h" + std::to_string(level) + " { font-size: " + number(pt) + "pt; }\n";
    }
    css += print_rules;
    css += "}\n";
    return css;
}

}  // namespace kansli::html
