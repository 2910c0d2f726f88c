// The Kansli document model: plain value types with no knowledge of any output format.
// It mirrors the document XML (core/schema/kansli-document.rng) one to one; docs/document-xml.md
// describes both.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

// ------------------------------------------------------------------ inlines
struct Inline;
using Inlines = std::vector<Inline>;

struct Text {
    std::string text;
};
struct Emphasis {
    Inlines content;
};
struct Strong {
    Inlines content;
};
struct Link {
    std::string href;
    Inlines content;
};
struct LineBreak {};
/// A reference to one of Document::footnotes by its id.
struct FootnoteRef {
    std::string id;
};
// A reference to a heading, section, table, figure or anchor. In print it becomes the page
// number of the target (show == Page) or the target's text; on the web a link.
struct CrossRef {
    enum class Show { Page, Text };
    std::string target;
    Show show = Show::Page;
    Inlines content;  // optional link text; empty means "use the target's label"
};
// A named place in the text that a CrossRef can point to.
struct Anchor {
    std::string id;
};

// Inlines for one medium only. Print formats (DOCX, ODT) show Print and drop Web; the web (HTML)
// does the opposite: "i avsnittet <ref show=text/><only print> på sidan <ref/></only>" reads
// well in both.
struct MediaOnly {
    enum class Media { Print, Web };
    Media media = Media::Print;
    Inlines content;
};

// A short form and, when the data gives it, what it stands for ("KF", "kommunfullmäktige"). The
// web marks it up (<abbr title>); print shows the short form, as written.
struct Abbreviation {
    std::string text;
    std::string expansion;  // may be empty
};

// A status symbol (✓, 🔔, ●) and the words it stands for, which every format must carry: a
// screen reader reads "check mark" or nothing, never "målet är uppfyllt".
struct Symbol {
    std::string glyph;
    std::string text;  // never empty
};

struct Inline {
    std::variant<Text, Emphasis, Strong, Link, LineBreak, FootnoteRef, CrossRef, Anchor, MediaOnly, Abbreviation,
                 Symbol>
        value;
};

// Concatenated text of inlines, without markup (for alt texts, TOC entries, labels). Text for
// one medium only (MediaOnly) is left out: labels serve every format.
std::string plain_text(const Inlines& inlines);

// ------------------------------------------------------------------ blocks
struct Block;
using Blocks = std::vector<Block>;

enum class Align { Default, Left, Center, Right };

struct Heading {
    int level = 1;                      // 1–6
    std::optional<std::string> number;  // "2.1.1" when the template numbers headings
    std::string id;                     // bookmark; empty when none was given
    bool in_toc = true;
    Inlines content;
};

struct Paragraph {
    Align align = Align::Default;
    Inlines content;
};

struct ListItem {
    Blocks content;
};

struct List {
    enum class Marker { Decimal, LowerAlpha, UpperAlpha, LowerRoman, Bullet, Dash };
    bool ordered = false;
    int start = 1;
    Marker marker = Marker::Bullet;
    std::vector<ListItem> items;
};

// --- tables
enum class ColumnKind { Text, Number, Money, Percent, Identifier };

/// True for the kinds whose values are amounts, right-aligned and summed: number, money and
/// percent. An identifier (a year, a code) is not numeric: it is neither.
bool is_numeric(ColumnKind kind);

struct Column {
    ColumnKind kind = ColumnKind::Text;
    Align align = Align::Left;     // resolved: numeric kinds default to Right
    std::optional<int> precision;  // decimals shown for values in this column
    std::string unit;              // "tkr", "%", "kr": shown in headers by templates, kept for writers
    std::optional<double> width;   // share of the table width in percent
};

// A machine-readable number in a cell. `literal` is the value as the data gave it
// ("-27660", "57.7"); `value` is the same as a double for writers that need one.
struct CellNumber {
    std::string literal;
    double value = 0.0;
    int precision = 0;  // decimals actually displayed
};

struct Cell {
    Inlines content;  // what is displayed; for numbers, the Swedish formatting of the value
    int colspan = 1;
    int rowspan = 1;
    std::optional<CellNumber> number;
    Align align = Align::Default;  // resolved from the column unless the cell says otherwise
    bool is_empty() const { return content.empty() && !number; }
};

enum class RowKind { Data, Section, Sum, Subtotal, Note };

struct Row {
    RowKind kind = RowKind::Data;
    std::vector<Cell> cells;
};

struct Table {
    std::string id;
    Inlines caption;
    std::string description;   // longer description for assistive technology
    bool numbered = false;     // caption gets "Tabell N"
    bool row_headers = false;  // the first cell of each body row heads that row
    bool split_rows = false;   // rows may break across pages
    std::vector<Column> columns;
    std::vector<Row> head;  // header rows, repeated on every printed page
    std::vector<Row> body;  // stated sums are kept as given, never recomputed
};

// --- the memo head and other label/value pairs
struct Field {
    std::string label;
    Inlines value;
};
struct Fields {
    std::string label;  // optional heading for assistive technology
    int columns = 1;    // pairs per row in print
    std::vector<Field> fields;
};

// --- the ärendelista
struct AgendaItem {
    std::string number;
    std::string dnr;
    std::string note;  // "UTGÅR", "muntlig information"
    std::string ref;   // id of the item's papers in a compiled packet: its page in print
    Inlines title;
};
struct Agenda {
    std::string caption;
    std::string number_label = "Nr";
    std::string title_label = "Ärende";
    std::string dnr_label = "Beteckning";
    std::string page_label = "Sidan";
    std::vector<AgendaItem> items;
    bool has_dnr() const;
    bool has_refs() const;
    // The caption, or "Ärendelista": a name for assistive technology even when none is shown.
    std::string label() const;
};

struct Signature {
    std::string name;
    std::string role;
};
struct Signatures {
    std::string place;
    std::string date;      // ISO date
    std::string dateline;  // "Katrineholm den 3 februari 2021", made by the core; empty when neither is given
    std::vector<Signature> signatures;
};

// An image from the template package. The core reads it, checks its type and size, and
// hands writers its bytes.
struct Image {
    std::string path;        // as written in the template, relative to the package
    std::string media_type;  // image/png or image/jpeg
    std::string bytes;
    int pixel_width = 0;
    int pixel_height = 0;
    double dpi_x = 96.0;
    double dpi_y = 96.0;
};

struct Figure {
    std::string id;
    std::string alt;  // required: a figure without alt text is an error
    Image image;
    std::optional<double> width_mm;
    Inlines caption;
};

struct PageBreak {};

struct TableOfContents {
    int depth = 2;
    std::string title = "Innehåll";
};

// A group of blocks with a role such as "proposal" (Förslag till beslut) or "appendix".
struct Section {
    std::string role;
    std::string id;
    Blocks content;
};

struct Block {
    std::variant<Heading, Paragraph, List, Table, Fields, Agenda, Signatures, Figure, PageBreak, TableOfContents,
                 Section>
        value;
    int source_line = 0;  // line in the document XML, for messages
};

// ------------------------------------------------------------------ document
struct Author {
    std::string name;
    std::string role;
};

struct Metadata {
    std::string title;
    std::string subtitle;
    std::string kind;          // kallelse, tjansteskrivelse, arsredovisning, …
    std::string organisation;  // "Katrineholms kommun"
    std::string body;          // the nämnd or förvaltning: "Socialnämnden"
    std::string date;          // ISO 8601
    std::string dnr;
    std::string language = "sv-SE";
    std::vector<Author> authors;
};

// What a cross-reference can point to.
struct AnchorTarget {
    enum class Kind { Heading, Section, Table, Figure, Anchor };
    Kind kind;
    std::string label;  // heading text, table caption, …; may be empty
};

/// Text at the foot of the page (after the text on the web), marked where a FootnoteRef names it.
struct Footnote {
    std::string id;
    Blocks content;
};

/// A whole document. What it always satisfies — the reader makes no other, check_document()
/// refuses any other, and writers rely on it without checking:
///
/// - **Text**: every string is UTF-8 that XML can carry (no control characters but tab and
///   line breaks); Metadata::language is a language tag ("sv-SE"); dates are ISO dates or empty.
/// - **Ids**: every id (headings, sections, tables, figures, anchors) is unique, and `anchors`
///   lists exactly those ids, each with its kind. Every heading has an id.
/// - **References**: every CrossRef and every AgendaItem::ref names an id in `anchors`; every
///   Link's href is one a published document may carry (http, https, mailto, tel or "#id"),
///   percent-encoded as the reader encodes it.
/// - **Footnotes**: ids unique; every FootnoteRef names one of `footnotes`; every footnote is
///   referenced from `content`, in the order given (numbered by first reference); no
///   FootnoteRef stands in a footnote, in MediaOnly text or in a CrossRef's text.
/// - **Ranges**: heading levels 1–6, TableOfContents::depth 1–6, Fields::columns 1–4,
///   List::start ≥ 0 and a marker that fits List::ordered, precisions 0–6, column widths
///   above 0 and at most 100 (per cent), figure widths above 0 and at most 10000 mm.
/// - **Tables**: at least one column and one body row; the rows cover the columns exactly
///   (TableGrid places them without complaint); header cells hold no CellNumber; every
///   CellNumber::literal is a plain decimal ("-27660", "57.7") and its value finite.
/// - **Required text**: headings, agenda items, abbreviations and symbols (glyph and words)
///   are not empty; every figure has alternative text and a PNG or JPEG image with pixels.
struct Document {
    Metadata meta;
    Blocks content;
    /// The footnotes in the order of their first reference in `content` (the order walk()
    /// visits it): footnotes[n - 1] is footnote number n, in every format.
    std::vector<Footnote> footnotes;
    /// Every id in the document with what it names (the reader gives a heading without an id
    /// "kansli-h-N").
    std::map<std::string, AnchorTarget> anchors;
};

/// Throws Error(Error::Kind::Usage) naming the first guarantee of Document that `document`
/// breaks, with the block's source line when it has one. The reader calls it on every document
/// it makes, and the plugin host (PluginRegistry) before a writer sees a document, so a
/// Document built through the API reaches no writer unchecked.
void check_document(const Document& document);

// Visits every block and every inline of the document in document order, descending into
// sections, list items, table captions and cells, fields, agenda titles, figure captions and
// the content of inlines; then the blocks of each footnote, in number order. Either function
// may be empty.
void walk(const Document& document, const std::function<void(const Block&)>& on_block,
          const std::function<void(const Inline&)>& on_inline);

/// Each footnote's number by its id: 1 for the first in Document::footnotes.
std::map<std::string, int> footnote_numbers(const Document& document);

// Headings of the document's content in order (descending into sections), for tables of
// contents.
struct TocEntry {
    int level;
    std::string number;
    std::string text;
    std::string id;
};
std::vector<TocEntry> collect_toc(const Document& document, int depth);

}  // namespace kansli

#pragma GCC visibility pop
