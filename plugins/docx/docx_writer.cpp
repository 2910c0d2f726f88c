// The entry point of the walk: set up the shared state, write the stories, put the parts
// together.
//
// What the file promises, and why:
// - valid against the ISO/IEC 29500 Transitional schemas, opened and laid out by Word and
//   LibreOffice (validate-docx and render-check run on every bundled example);
// - editable as if written by hand: Word's built-in style names, real lists, real footnotes,
//   fields for page numbers, the contents and cross-references (so they update);
// - accessible: title and language in the properties, Swedish on every run, heading styles
//   with outline levels, repeating header rows, alt text on every picture;
// - the same bytes for the same input: no clock, no random ids, only ordered containers.
#include "docx_writer.hpp"

#include <stdexcept>
#include <utility>
#include <vector>

#include "docx_furniture.hpp"
#include "docx_package.hpp"
#include "docx_story.hpp"
#include "docx_styles.hpp"
#include "kansli/error.hpp"
#include "xml_builder.hpp"

namespace kansli::docx {
namespace {

using plugin::XmlBuilder;

std::string document_xml(const std::string& body, const std::string& section) {
    XmlBuilder x;
    x.reserve(body.size() + section.size() + 1024);  // see XmlBuilder::reserve
    x.declaration().open("w:document", {{"xmlns:w", ns::w}, {"xmlns:r", ns::r}, {"xmlns:wp", ns::wp}});
    x.open("w:body").raw(body).raw(section).close();
    return x.close().finish();
}

// footnotes.xml: the separator lines Word expects (ids -1 and 0), then the notes by number: the
// model numbers them by first reference, as Word does.
std::string footnotes_xml(const Facts& facts, Accumulated& made, Relationships& relationships) {
    Story notes(facts, made, relationships, Story::Kind::Footnotes);
    const std::vector<Footnote>& footnotes = facts.document.footnotes;
    for (std::size_t i = 0; i < footnotes.size(); ++i) notes.footnote_content(footnotes[i], static_cast<int>(i + 1));
    XmlBuilder x;
    x.declaration().open("w:footnotes", {{"xmlns:w", ns::w}, {"xmlns:r", ns::r}, {"xmlns:wp", ns::wp}});
    x.open("w:footnote", {{"w:type", "separator"}, {"w:id", "-1"}});
    x.open("w:p")
        .open("w:pPr")
        .empty("w:spacing", {{"w:after", "0"}, {"w:line", "240"}, {"w:lineRule", "auto"}})
        .close();
    x.open("w:r").empty("w:separator").close().close();
    x.close();
    x.open("w:footnote", {{"w:type", "continuationSeparator"}, {"w:id", "0"}});
    x.open("w:p")
        .open("w:pPr")
        .empty("w:spacing", {{"w:after", "0"}, {"w:line", "240"}, {"w:lineRule", "auto"}})
        .close();
    x.open("w:r").empty("w:continuationSeparator").close().close();
    x.close();
    x.raw(notes.take());
    return x.close().finish();
}

std::string write_package(const Document& document, const Theme& theme) {
    Relationships document_rels;
    // Header and footer first: every w:sectPr names them, the body's section breaks too. A
    // theme without a first-page header gets an empty one there (w:titlePg); the footer with
    // its page numbers stays on every page.
    SectionParts section;
    section.header = document_rels.add(rel::header, "header1.xml");
    section.footer = document_rels.add(rel::footer, "footer1.xml");
    if (!theme.first_page_header) {
        section.first_header = document_rels.add(rel::header, "header2.xml");
        section.first_footer = document_rels.add(rel::footer, "footer2.xml");
    }
    const Facts facts(document, theme, section_references(section));
    Accumulated made(document);
    std::vector<Part> parts;

    Story body(facts, made, document_rels, Story::Kind::Body);
    body.blocks(document.content);
    const std::string body_xml = body.take();

    Relationships footnote_rels;
    const std::string footnotes = footnotes_xml(facts, made, footnote_rels);

    Relationships header_rels;
    const std::string header = header_xml(facts, made, header_rels, false);
    Relationships first_header_rels;
    std::string first_header;
    if (!theme.first_page_header) first_header = header_xml(facts, made, first_header_rels, true);
    const std::string footer = footer_xml(facts);

    document_rels.add(rel::styles, "styles.xml");
    document_rels.add(rel::numbering, "numbering.xml");
    document_rels.add(rel::settings, "settings.xml");
    document_rels.add(rel::font_table, "fontTable.xml");
    document_rels.add(rel::footnotes, "footnotes.xml");

    parts.push_back({"docProps/core.xml", content_type::core, core_properties_xml(document.meta, theme.labels)});
    parts.push_back({"docProps/app.xml", content_type::app, app_properties_xml(document.meta)});
    parts.push_back({"word/document.xml", content_type::document,
                     document_xml(body_xml, section_properties(facts, made.has_section_breaks))});
    parts.push_back({"word/_rels/document.xml.rels", {}, document_rels.xml()});
    parts.push_back({"word/styles.xml", content_type::styles, styles_xml(theme, facts.page)});
    parts.push_back({"word/numbering.xml", content_type::numbering, made.numbering.xml()});
    parts.push_back({"word/settings.xml", content_type::settings, settings_xml(made.has_page_fields)});
    parts.push_back({"word/fontTable.xml", content_type::font_table, font_table_xml(theme)});
    parts.push_back({"word/footnotes.xml", content_type::footnotes, footnotes});
    if (!footnote_rels.empty()) parts.push_back({"word/_rels/footnotes.xml.rels", {}, footnote_rels.xml()});
    parts.push_back({"word/header1.xml", content_type::header, header});
    if (!header_rels.empty()) parts.push_back({"word/_rels/header1.xml.rels", {}, header_rels.xml()});
    parts.push_back({"word/footer1.xml", content_type::footer, footer});
    if (!theme.first_page_header) {
        parts.push_back({"word/header2.xml", content_type::header, first_header});
        parts.push_back({"word/footer2.xml", content_type::footer, footer});
    }
    return assemble_package(std::move(parts), made.media);
}

}  // namespace

std::string DocxWriter::description() const {
    return "Word document (Office Open XML): styles, lists, footnotes, fields; accessible and valid";
}

std::string DocxWriter::write(const Document& document, const Theme& theme) const {
    try {
        return write_package(document, theme);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        // libzip and the XML builder throw std::runtime_error/logic_error; the caller expects
        // a kansli::Error that names the plugin.
        throw Error(Error::Kind::Plugin, {}, std::string("DOCX writer: ") + e.what());
    }
}

}  // namespace kansli::docx
