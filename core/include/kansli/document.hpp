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
// A reference to a Footnote block by its id.
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

// What a sum or subtotal row adds up, for `kansli lint` (writers show the stated figures).
struct SumRule {
    enum class Kind {
        Default,  // a subtotal: Group; a sum: Above
        Group,    // the data rows since the previous subtotal, sum or section row
        Above,    // the data rows since the previous sum row
        Running,  // the previous subtotal or sum row, and the data rows since it
        Rows,     // the rows named by key, added or subtracted
    };
    struct Term {
        bool subtract = false;
        std::string key;  // a Row::key of the same table
    };
    Kind kind = Kind::Default;
    std::vector<Term> terms;  // Rows
};

struct Row {
    RowKind kind = RowKind::Data;
    std::vector<Cell> cells;
    std::string key{};  // names the row in other rows' SumRule; unique in its table
    SumRule sums{};
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

struct Footnote {
    std::string id;
    Blocks content;
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
    std::variant<Heading, Paragraph, List, Table, Fields, Agenda, Signatures, Figure, Footnote, PageBreak,
                 TableOfContents, Section>
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

struct Document {
    Metadata meta;
    Blocks content;
    // Filled by the reader: every id in the document (headings without one get "kansli-h-N").
    std::map<std::string, AnchorTarget> anchors;
};

// Visits every block and every inline of the document in document order, descending into
// sections, list items, footnotes, table captions and cells, fields, agenda titles, figure
// captions and the content of inlines. Either function may be empty.
void walk(const Document& document, const std::function<void(const Block&)>& on_block,
          const std::function<void(const Inline&)>& on_inline);

// The footnotes of a document by id; the pointers are valid while the document lives.
std::map<std::string, const Footnote*> index_footnotes(const Document& document);

// Headings of the document in order (descending into sections), for tables of contents.
struct TocEntry {
    int level;
    std::string number;
    std::string text;
    std::string id;
};
std::vector<TocEntry> collect_toc(const Document& document, int depth);

}  // namespace kansli

#pragma GCC visibility pop
