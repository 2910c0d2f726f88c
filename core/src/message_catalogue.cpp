#include "message_catalogue.hpp"

#include <array>

// Marks a pattern for xgettext (po/update-pot.sh); the text stays as it is.
#define N_(text) text

namespace kansli {

namespace {

constexpr std::array kPatterns = {
    N_("the data does not fit the template '{}' ({} problem):"),
    N_("the data does not fit the template '{}' ({} problems):"),
    N_("cannot read the data file: {m}"),
    N_("there is no file of that name"),
    N_("permission denied: you may not read it"),
    N_("is a folder, not a data file"),
    N_("the file is {} bytes, more than the limit of {} bytes ({})"),
    N_("cannot read the file: {m}"),
    N_("is a folder, not a file"),
    N_("is not a regular file (a pipe, socket or device)"),
    N_("cannot read the folder: {}"),
    N_("the data is {} bytes, more than the limit of {} bytes (KANSLI_MAX_INPUT_BYTES)"),
    N_("the file is UTF-16 text; save it as UTF-8 (without byte order mark, or with one)"),
    N_("the text here is not UTF-8: save the file as UTF-8 ({})"),
    N_("malformed JSON: {}"),
    N_("the data must be a JSON object, not {}"),
    N_("the data nests deeper than {} levels (KANSLI_MAX_DEPTH)"),
    N_("the key '{}' is given twice in the same object"),
    N_("the number {} is too large"),
    N_("the whole number {} is larger than 64 bits can hold and would change; write it as a string"),
    N_("the number {} is nearer zero than 2.2e-308 and cannot be kept exactly; write 0, or write it as a string"),
    N_("control character {} at character {} cannot appear in a document"),
    N_("missing required field '{}'"),
    N_("unknown field '{}' (not in the input description)"),
    N_("expected {}, found {}"),
    N_("expected {}, found {} ({m})"),
    N_("a whole number is expected"),
    N_("the number is too large"),
    N_("must be one of {}, found {}"),
    N_("must not be empty"),
    N_("is shorter than {} characters"),
    N_("is longer than {} characters"),
    N_("is too long or complex to check against the pattern {}"),
    N_("'{}' is not what this field takes: {}"),
    N_("'{}' does not match the pattern {}"),
    N_("must be at least {}"),
    N_("must be at most {}"),
    N_("needs at least {} item(s), found {}"),
    N_("allows at most {} item(s), found {}"),
    N_("'{}' is not a date of the form YYYY-MM-DD"),
    N_("'{}' is not a time of the form HH:MM"),
    N_("'{}' is not a diarienummer of the form the template expects ({})"),
    N_("the package has no example.json"),
    N_("the helper '{}' cannot format '{q}': {m} (in {})"),
    N_("lists or quotes nested deeper than {} levels"),
    N_("emphasis, links or images nested deeper than {} levels"),
    N_("a table has {} columns, more than {}"),
    N_("its tables have more than {} cells"),
    N_("it has {} image openers '![' and {} closing brackets; their product is limited to {}"),
    N_("Mustache syntax: {}"),
    N_("<span lang=\"{}\">: not a language tag; use a BCP 47 tag such as \"en\" or \"en-GB\""),
    N_("lang=\"{}\" is not a language tag: use a BCP 47 tag, a language and perhaps a region, such as \"en\" or "
       "\"en-GB\""),
    N_("the partial '{}' does not exist (expected {} in the package; partials are only read from there)"),
    N_("the partial '{}' does not exist (expected {} in the package {}, which manifest.json must name in "
       "partials_from)"),
    N_("partials nest deeper than {} levels here: does '{}' include itself with data that never ends?"),
    N_("'{}' leads out of the template package"),
    N_("'{}' leaves the template package"),
    N_("'{}' must be a path inside the template package"),
    N_("image '{}': {m}"),
    N_("image '{}' not found in the template package"),
    N_("image '{}' is {} bytes, more than the limit of {} bytes (KANSLI_MAX_IMAGE_BYTES)"),
    N_("not a PNG or JPEG image"),
    N_("PNG without an IHDR header"),
    N_("the image is {} × {} pixels, more than the limit of {} pixels (KANSLI_MAX_IMAGE_PIXELS)"),
    N_("a DOCTYPE is not allowed in document XML (its entities could read files or grow without bound)"),
    N_("not well-formed XML: {}"),
    N_("invalid document XML: {}"),
    N_("rendered line {}: {}"),
    N_("the table's body row {} overlaps a cell spanning from above"),
    N_("a cell in the table's body spans more rows than there are"),
    N_("the table's body row {} has more cells than its {} columns"),
    // a value the data wrote into the document XML (data_blame.cpp names the data's field)
    N_("{m} (written by {})"),
    N_("the id '{}' is used twice; ids must be unique in a document"),
    N_("the footnote id '{}' is used twice"),
    N_("the reference points to '{}', but no element has that id"),
    N_("the footnote reference points to '{}', but there is no <footnote id=\"{}\">"),
    N_("the footnote '{}' is never referenced (add <note-ref to=\"{}\"/> where it belongs)"),
    N_("a heading needs text"),
    N_("an agenda item needs a title"),
    N_("a figure needs an alternative text (alt) that describes the image"),
    N_("a row has more cells than its {} columns (they span {})"),
    N_("the attribute {}=\"{}\" must be a whole number from {} to {}"),
    N_("the attribute {}=\"{}\" is not a usable number"),
    N_("the attribute {}=\"{}\" must be above 0 and at most {}"),
    N_("a text of more than 10 000 000 bytes, more than the document XML may hold in one piece"),
    N_("the template writes more than {} bytes of document XML (16 MiB and 16 bytes for each byte of the data): do "
       "partials include each other more than once, or sections repeat inside sections over the same list?"),
    N_("PDF writer: {m} (document XML line {}; see kansli xml)"),
    N_("PDF writer: {m}"),
    N_("cannot place the image {}: {m}"),
    N_("the PNG cannot be read ({})"),
    N_("the font '{}' ({}) is not installed and has no known metric-compatible stand-in; install it, or name an "
       "installed family (fc-list : family lists them)"),
    N_("'{}' is not a template name; names look like katrineholm/kallelse"),
    N_("no template package '{}' found; looked in:"),
    N_("no template package '{}' found; looked in: (no template folders: use --templates DIR or KANSLI_TEMPLATE_PATH)"),
    N_("'{}' is not a whole number from {} to {}"),
    // publishing (cli/publish, thrown as kansli::Error too)
    N_("'{}' is not a path inside the site"),
    N_("exists and was not made by kansli publish; refusing to replace it"),
    N_("'{}' leads out of the meeting folder (to {}); only files inside it are read"),
    N_("the site folder {} holds the meeting folder (links followed); publish into a folder of its own"),
    N_("'{}' is not a regular file (a pipe, socket or device)"),
    N_("{} on {} has a contrast of {}; WCAG 2.1 AA needs {}"),
    N_("unknown key '{}' (known here: {})"),
    N_("no such plugin folder"),
    // render (cli/render_command.cpp, thrown as kansli::Error)
    N_("the output {} would replace this data file; choose another --out or rename the data file"),
    N_("the output would be written inside the template package {}; choose an --out outside it"),
    N_("unknown variable {}: '{}' is neither a field of the input description here nor a helper{m} (a template that reads it on purpose where the description may lack it says so: {{! outward: {} }})"),
    N_("unknown section {}: '{}' is neither a field of the input description here nor a helper{m} (a template that reads it on purpose where the description may lack it says so: {{! outward: {} }})"),
    N_("unknown variable {}: '{}' has no field '{}' in the input description{m}"),
    N_("unknown section {}: '{}' has no field '{}' in the input description{m}"),
    N_("; did you mean '{}'?"),
    N_("; did you mean the helper '{}'?"),
    N_("the helper '{}' is written {}; helpers are sections: {}"),
    N_("the partial '{}' does not exist (expected the template of the package {}, which manifest.json must name in \"extends\")"),
    N_("no package '{}' to extend; looked in:"),
    N_("'{}' is not a package name; names look like botkyrka/tjansteskrivelse"),
    N_("packages extend each other more than {} levels deep here"),
    N_("'{}' extends, through its own manifest, the package that extends it: a circle"),
    N_("expected a package name such as \"botkyrka/tjansteskrivelse\""),
    N_("expected a package name such as \"katrineholm/kallelse\""),
    N_("sections nest deeper than {} levels here"),
    N_("expected a list of columns: number, title, dnr, page"),
    N_("'{}' is not a column: number, title, dnr or page"),
    N_("the column '{}' is named twice"),
    N_("the title column must be among them"),
    N_("must not be empty (a space at least)"),
    N_("only a sum or subtotal row says what it sums (sums=\"{}\")"),
    N_("the row key '{}' is used twice in this table"),
    N_("sums names the row '{}', but no row of this table has that key"),
    N_("a row cannot sum itself ('{}')"),
    N_("two signs in a row in sums=\"{}\""),
    N_("sums=\"{}\": '{}' is neither a row key, + nor -"),
    N_("sums=\"{}\" must be group, above, running, or row keys joined by + and -"),
};

// The entries of the bundled packages' arrays, for places said as people count them
// (describe_json_path(): "/items/5/dnr" is "ärende 6 (/items/5/dnr)"): each field name is a
// msgid whose translation is the noun for one entry. Listed here only for xgettext; a package's
// own arrays keep the bare path until the catalogue has a word for them.
[[maybe_unused]] constexpr std::array kArrayNouns = {
    N_("agenda"),   N_("appendices"),     N_("approved_by"), N_("attachments"), N_("blocks"),         N_("cells"),
    N_("chapters"), N_("columns"),        N_("decisions"),   N_("documents"),   N_("group_meetings"), N_("head"),
    N_("items"),    N_("other_sections"), N_("proposals"),   N_("rows"),        N_("runs"),           N_("sections"),
    N_("send_to"),  N_("signatories"),    N_("subsections"), N_("tables"),      N_("values"),
};

}  // namespace

std::span<const char* const> message_patterns() { return kPatterns; }

}  // namespace kansli
