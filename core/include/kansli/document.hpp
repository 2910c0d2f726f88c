/// \file
/// The Kansli document model: plain value types with no knowledge of any output format.
/// It mirrors the document XML (core/schema/kansli-document.rng) one to one; docs/document-xml.md
/// describes both.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kansli/labels.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

// ------------------------------------------------------------------ inlines
struct Inline;
/// A run of inline content: text and its markup, in reading order.
using Inlines = std::vector<Inline>;

/// Plain text, as the reader sees it (no escaping: writers escape for their format).
struct Text {
    std::string text;  ///< UTF-8
};
/// Stressed text (`em`).
struct Emphasis {
    Inlines content;  ///< what is stressed
};
/// Important text (`strong`).
struct Strong {
    Inlines content;  ///< what is important
};
/// A link to a web address, a mail address, a telephone number or a place in the document.
struct Link {
    std::string href;  ///< `https:`, `http:`, `mailto:`, `tel:` or `#id`: the reader drops others
    Inlines content;   ///< the link text
};
/// A line break inside a paragraph (an address, a dateline).
struct LineBreak {};
/// A reference to one of Document::footnotes by its id.
struct FootnoteRef {
    std::string id;  ///< Footnote::id of a footnote in the same document
};
/// A reference to a heading, section, table, figure or anchor. In print it becomes the page
/// number of the target (show == Page) or the target's text; on the web a link.
struct CrossRef {
    /// What the reference shows in print.
    enum class Show {
        Page,  ///< the page number of the target
        Text   ///< the target's label (its heading text, caption …)
    };
    std::string target;      ///< an id in Document::anchors
    Show show = Show::Page;  ///< what print shows
    Inlines content;         ///< optional link text; empty means "use the target's label"
};
/// A named place in the text that a CrossRef can point to.
struct Anchor {
    std::string id;  ///< unique in the document
};

/// Inlines for one medium only. Print formats (DOCX, ODT) show Print and drop Web; the web (HTML)
/// does the opposite: "i avsnittet <ref show=text/><only print> på sidan <ref/></only>" reads
/// well in both.
struct MediaOnly {
    /// Where the content is shown.
    enum class Media {
        Print,  ///< DOCX, ODT (and PDF): on paper
        Web     ///< HTML (and Markdown): on a screen
    };
    Media media = Media::Print;  ///< the one medium that shows the content
    Inlines content;             ///< dropped by the other medium
};

/// A short form and, when the data gives it, what it stands for ("KF", "kommunfullmäktige"). The
/// web marks it up (`<abbr title>`); print shows the short form, as written.
struct Abbreviation {
    std::string text;       ///< the short form: "KF"
    std::string expansion;  ///< what it stands for: "kommunfullmäktige"; may be empty
};

/// A status symbol (✓, 🔔, ●) and the words it stands for, which every format must carry: a
/// screen reader reads "check mark" or nothing, never "målet är uppfyllt".
struct Symbol {
    std::string glyph;  ///< what the eye sees: "✓"
    std::string text;   ///< what it means, for every reader: "målet är uppfyllt"; never empty
};

/// One piece of inline content: one of the inline types above.
struct Inline {
    /// The piece; a writer visits it with `std::visit`.
    std::variant<Text, Emphasis, Strong, Link, LineBreak, FootnoteRef, CrossRef, Anchor, MediaOnly, Abbreviation,
                 Symbol>
        value;
};

/// Concatenated text of inlines, without markup (for alt texts, TOC entries, labels). Text for
/// one medium only (MediaOnly) is left out: labels serve every format.
std::string plain_text(const Inlines& inlines);

// ------------------------------------------------------------------ blocks
struct Block;
/// Block content in reading order.
using Blocks = std::vector<Block>;

/// Horizontal alignment of a paragraph or a table cell.
enum class Align {
    Default,  ///< the format's own (start of line), or for a cell its column's
    Left,     ///< flush left
    Center,   ///< centred
    Right     ///< flush right
};

/// A heading of level 1 to 6.
struct Heading {
    int level = 1;                      ///< 1–6
    std::optional<std::string> number;  ///< "2.1.1" when the template numbers headings
    std::string id;                     ///< bookmark; empty when none was given
    bool in_toc = true;                 ///< listed in a TableOfContents
    Inlines content;                    ///< the heading text
};

/// A paragraph of running text.
struct Paragraph {
    Align align = Align::Default;  ///< how its lines are aligned
    Inlines content;               ///< its text
};

/// One item of a List: any blocks, nested lists included.
struct ListItem {
    Blocks content;  ///< the item's blocks
};

/// A bulleted or numbered list.
struct List {
    /// What stands before each item.
    enum class Marker {
        Decimal,     ///< 1. 2. 3.
        LowerAlpha,  ///< a. b. c.
        UpperAlpha,  ///< A. B. C.
        LowerRoman,  ///< i. ii. iii.
        Bullet,      ///< •
        Dash         ///< –, as Swedish lists often have
    };
    bool ordered = false;            ///< numbered (Decimal … LowerRoman) rather than bulleted (Bullet, Dash)
    int start = 1;                   ///< the number of the first item of an ordered list
    Marker marker = Marker::Bullet;  ///< the marker of every item
    std::vector<ListItem> items;     ///< the items, in order
};

// --- tables
/// What a table column holds, which decides its alignment, its number formatting and whether
/// lint sums it.
enum class ColumnKind {
    Text,       ///< words
    Number,     ///< counts and measures
    Money,      ///< amounts in the column's unit (kr, tkr, mnkr)
    Percent,    ///< shares in per cent
    Identifier  ///< years, codes, numbers that are names: never grouped or summed
};

/// True for the kinds whose values are amounts, right-aligned and summed: number, money and
/// percent. An identifier (a year, a code) is not numeric: it is neither.
bool is_numeric(ColumnKind kind);

/// One column of a Table: what it holds and how it is shown.
struct Column {
    ColumnKind kind = ColumnKind::Text;  ///< what its cells hold
    Align align = Align::Left;           ///< resolved: numeric kinds default to Right
    std::optional<int> precision;        ///< decimals shown for values in this column
    std::string unit;                    ///< "tkr", "%", "kr": shown in headers by templates, kept for writers
    std::optional<double> width;         ///< share of the table width in percent
};

/// A machine-readable number in a cell. `literal` is the value as the data gave it
/// ("-27660", "57.7"); `value` is the same as a double for writers that need one.
struct CellNumber {
    std::string literal;  ///< the value as the data gave it, normalised: "-27660", "57.7"
    double value = 0.0;   ///< the same as a double
    int precision = 0;    ///< decimals actually displayed
};

/// One cell of a table Row.
struct Cell {
    Inlines content;                   ///< what is displayed; for numbers, the Swedish formatting of the value
    int colspan = 1;                   ///< grid columns it covers, 1 or more
    int rowspan = 1;                   ///< grid rows it covers, 1 or more
    std::optional<CellNumber> number;  ///< the machine value, when the cell holds a number
    Align align = Align::Default;      ///< resolved from the column unless the cell says otherwise
    /// True when the cell shows nothing and holds no number.
    bool is_empty() const { return content.empty() && !number; }
};

/// What a table row is, which decides how it looks and what lint checks in it.
enum class RowKind {
    Data,      ///< an ordinary row of values
    Section,   ///< a heading row that groups the rows after it
    Sum,       ///< a total of the data rows since the previous sum row
    Subtotal,  ///< a total of the data rows since the previous subtotal, sum or section row
    Note       ///< a remark spanning the table, not a row of values
};

/// What a sum or subtotal row adds up, for `kansli lint` (writers show the stated figures;
/// docs/document-xml.md, "What a sum row sums").
struct SumRule {
    /// Which rows the rule adds.
    enum class Kind {
        Default,  ///< a subtotal: Group; a sum: Above
        Group,    ///< the data rows since the previous subtotal, sum or section row
        Above,    ///< the data rows since the previous sum row
        Running,  ///< the previous subtotal or sum row, and the data rows since it
        Rows,     ///< the rows named by key, added or subtracted
    };
    /// One row a Rows rule names.
    struct Term {
        bool subtract = false;  ///< subtracted, not added
        std::string key;        ///< a Row::key of the same table
    };
    Kind kind = Kind::Default;  ///< which rows
    std::vector<Term> terms;    ///< for Rows: the rows, in order
};

/// One row of a Table.
struct Row {
    RowKind kind = RowKind::Data;  ///< what the row is
    std::vector<Cell> cells;       ///< its cells, left to right, those covered by a rowspan from above left out
    std::string key{};             ///< names the row in other rows' SumRule; unique in its table
    SumRule sums{};                ///< what a sum or subtotal row adds up
};

/// A table with typed columns, header rows and body rows (docs/document-xml.md, tables).
struct Table {
    std::string id;               ///< for cross-references; may be empty
    Inlines caption;              ///< shown above the table, after "Tabell N" when numbered
    std::string description;      ///< longer description for assistive technology
    bool numbered = false;        ///< caption gets "Tabell N"
    bool row_headers = false;     ///< the first cell of each body row heads that row
    bool split_rows = false;      ///< rows may break across pages
    std::vector<Column> columns;  ///< one per grid column
    std::vector<Row> head;        ///< header rows, repeated on every printed page
    std::vector<Row> body;        ///< stated sums are kept as given, never recomputed
};

// --- the memo head and other label/value pairs
/// A label and its value: "Dnr" and "SOCN/2020:38".
struct Field {
    std::string label;  ///< "Handläggare"
    Inlines value;      ///< what the label labels
};
/// Label/value pairs, such as the head of a tjänsteskrivelse.
struct Fields {
    std::string label;          ///< optional heading for assistive technology
    int columns = 1;            ///< pairs per row in print
    std::vector<Field> fields;  ///< the pairs, in reading order
};

// --- the ärendelista
/// One ärende of an Agenda.
struct AgendaItem {
    std::string number;  ///< "5", as the agenda numbers it
    std::string dnr;     ///< the ärende's diarienummer; may be empty
    std::string note;    ///< "UTGÅR", "muntlig information"
    std::string ref;     ///< id of the item's papers in a compiled packet: its page in print
    Inlines title;       ///< the ärende's title
};
/// The ärendelista of a kallelse: numbered items with their diarienummer and papers.
struct Agenda {
    std::string caption;  ///< shown above the list; may be empty
    std::string
        number_label;         ///< heading of the number column (the reader: the document's, else Labels::agenda_number)
    std::string title_label;  ///< heading of the title column (else Labels::agenda_title)
    std::string dnr_label;    ///< heading of the diarienummer column (else Labels::agenda_dnr)
    std::string page_label;   ///< heading of the page column, print only (else Labels::agenda_page)
    std::vector<AgendaItem> items;  ///< the items, in order
    bool has_dnr() const;           ///< true when any item has a diarienummer: the column is shown
    bool has_refs() const;          ///< true when any item refers to its papers: the page column is shown
    /// The caption, or the theme's word for an agenda (Labels::agenda): a name for assistive
    /// technology even when none is shown.
    const std::string& label(const Labels& labels) const;
};

/// One signatory.
struct Signature {
    std::string name;  ///< "Anna Andersson"
    std::string role;  ///< "Socialchef"; may be empty
};
/// The signatures at the end of a document, with their place and date.
struct Signatures {
    std::string place;     ///< "Katrineholm"; may be empty
    std::string date;      ///< ISO date
    std::string dateline;  ///< "Katrineholm den 3 februari 2021", made by the core; empty when neither is given
    std::vector<Signature> signatures;  ///< the signatories, in order
};

/// An image from the template package. The core reads it, checks its type and size, and
/// hands writers its bytes.
struct Image {
    std::string path;        ///< as written in the template, relative to the package
    std::string media_type;  ///< image/png or image/jpeg
    std::string bytes;       ///< the file's bytes
    int pixel_width = 0;     ///< width in pixels
    int pixel_height = 0;    ///< height in pixels
    double dpi_x = 96.0;     ///< horizontal resolution the file states (96 when it states none)
    double dpi_y = 96.0;     ///< vertical resolution the file states (96 when it states none)
};

/// An image with its alternative text and caption.
struct Figure {
    std::string id;                  ///< for cross-references; may be empty
    std::string alt;                 ///< required: a figure without alt text is an error
    Image image;                     ///< the picture
    std::optional<double> width_mm;  ///< printed width; none: the image's own size, at most the text width
    Inlines caption;                 ///< shown under the figure; may be empty
};

/// A forced page break in print; the web ignores it.
struct PageBreak {};

/// A table of contents made from the document's headings (collect_toc()).
struct TableOfContents {
    int depth = 2;      ///< the deepest heading level listed
    std::string title;  ///< its heading (the reader: the document's, else Labels::contents)
};

/// A group of blocks with a role such as "proposal" (Förslag till beslut) or "appendix".
struct Section {
    std::string role;  ///< `proposal`, `summary`, `appendix` … (docs/document-xml.md)
    std::string id;    ///< for cross-references; may be empty
    Blocks content;    ///< the section's blocks
};

/// One block of content: one of the block types above, and where the document XML wrote it.
struct Block {
    /// The block; a writer visits it with `std::visit`.
    std::variant<Heading, Paragraph, List, Table, Fields, Agenda, Signatures, Figure, PageBreak, TableOfContents,
                 Section>
        value;
    int source_line = 0;  ///< line in the document XML, for messages
};

// ------------------------------------------------------------------ document
/// Who wrote the document.
struct Author {
    std::string name;  ///< "Anna Andersson"
    std::string role;  ///< "Handläggare"; may be empty
};

/// What the document is, for its title page, headers and file properties.
struct Metadata {
    std::string title;               ///< the document's title
    std::string subtitle;            ///< may be empty
    std::string kind;                ///< kallelse, tjansteskrivelse, arsredovisning, …
    std::string organisation;        ///< "Katrineholms kommun"
    std::string body;                ///< the nämnd or förvaltning: "Socialnämnden"
    std::string date;                ///< ISO 8601
    std::string dnr;                 ///< the document's diarienummer; may be empty
    std::string language = "sv-SE";  ///< BCP 47
    std::vector<Author> authors;     ///< may be empty
};

/// What a cross-reference can point to.
struct AnchorTarget {
    /// The kind of block or inline the id belongs to.
    enum class Kind {
        Heading,  ///< a Heading
        Section,  ///< a Section
        Table,    ///< a Table
        Figure,   ///< a Figure
        Anchor    ///< an Anchor in the text
    };
    Kind kind;          ///< what the id belongs to
    std::string label;  ///< heading text, table caption, …; may be empty
};

/// Text at the foot of the page (after the text on the web), marked where a FootnoteRef names it.
struct Footnote {
    std::string id;  ///< what FootnoteRef::id names
    Blocks content;  ///< the note
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
/// - **Required text**: headings, agenda items and the agenda's column headings, titles of
///   tables of contents, abbreviations and symbols (glyph and words) are not empty; every figure has alternative text
///   and a PNG or JPEG image with pixels.
struct Document {
    Metadata meta;   ///< what the document is
    Blocks content;  ///< its blocks, in reading order
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

/// Visits every block and every inline of the document in document order, descending into
/// sections, list items, table captions and cells, fields, agenda titles, figure captions and
/// the content of inlines; then the blocks of each footnote, in number order. Either function
/// may be empty.
void walk(const Document& document, const std::function<void(const Block&)>& on_block,
          const std::function<void(const Inline&)>& on_inline);

/// Each footnote's number by its id: 1 for the first in Document::footnotes.
std::map<std::string, int> footnote_numbers(const Document& document);

/// One heading in a table of contents.
struct TocEntry {
    int level;           ///< the heading's level, 1–6
    std::string number;  ///< "2.1"; empty when headings are not numbered
    std::string text;    ///< the heading's plain text
    std::string id;      ///< the heading's id, for a link or a page reference
};
/// Headings of the document's content in order (descending into sections) whose level is at
/// most `depth` and that are in_toc, for tables of contents.
std::vector<TocEntry> collect_toc(const Document& document, int depth);

}  // namespace kansli

#pragma GCC visibility pop
