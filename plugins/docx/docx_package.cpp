#include "docx_package.hpp"

#include <utility>

#include "docx_units.hpp"
#include "kansli/version.hpp"
#include "xml_builder.hpp"
#include "zip_package.hpp"

namespace kansli::docx {
namespace {

using plugin::XmlBuilder;

// Used when the document has no date: a fixed instant (the zip entries' own date), so the
// same input still gives the same bytes.
constexpr const char* kNoDate = "1980-01-01T00:00:00Z";

std::string w3cdtf(const std::string& iso_date) {
    // The reader has checked the date against xsd:date; only the plain form YYYY-MM-DD is
    // turned into an instant, anything else falls back to the fixed one.
    const bool plain = iso_date.size() == 10 && iso_date[4] == '-' && iso_date[7] == '-';
    return plain ? iso_date + "T00:00:00Z" : std::string(kNoDate);
}

std::string creator_of(const Metadata& meta) {
    for (const Author& author : meta.authors)
        if (!author.name.empty()) return author.name;
    return meta.organisation;
}

std::string content_types_xml(const std::vector<Part>& parts, const MediaStore& media) {
    XmlBuilder x;
    x.declaration().open("Types", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"}});
    x.empty("Default",
            {{"Extension", "rels"}, {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
    x.empty("Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
    if (media.has_png()) x.empty("Default", {{"Extension", "png"}, {"ContentType", "image/png"}});
    if (media.has_jpeg()) x.empty("Default", {{"Extension", "jpeg"}, {"ContentType", "image/jpeg"}});
    for (const Part& part : parts) {
        if (part.content_type.empty()) continue;
        x.empty("Override", {{"PartName", "/" + part.name}, {"ContentType", part.content_type}});
    }
    return x.close().finish();
}

std::string package_relationships_xml() {
    Relationships rels;
    rels.add(rel::office_document, "word/document.xml");
    rels.add(rel::core_properties, "docProps/core.xml");
    rels.add(rel::extended_properties, "docProps/app.xml");
    return rels.xml();
}

}  // namespace

std::string core_properties_xml(const Metadata& meta, const Labels& labels) {
    XmlBuilder x;
    x.declaration().open("cp:coreProperties",
                         {{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
                          {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
                          {"xmlns:dcterms", "http://purl.org/dc/terms/"},
                          {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
    x.element("dc:title", meta.title.empty() ? labels.untitled : meta.title);
    if (!meta.kind.empty()) x.element("dc:subject", meta.kind);
    if (const std::string creator = creator_of(meta); !creator.empty()) {
        x.element("dc:creator", creator);
        x.element("cp:lastModifiedBy", creator);
    }
    if (!meta.subtitle.empty()) x.element("dc:description", meta.subtitle);
    if (!meta.dnr.empty()) x.element("dc:identifier", meta.dnr);
    if (!meta.body.empty()) x.element("cp:keywords", meta.body);
    x.element("dc:language", meta.language);
    const std::string date = meta.date.empty() ? std::string(kNoDate) : w3cdtf(meta.date);
    x.element("dcterms:created", date, {{"xsi:type", "dcterms:W3CDTF"}});
    x.element("dcterms:modified", date, {{"xsi:type", "dcterms:W3CDTF"}});
    return x.close().finish();
}

std::string app_properties_xml(const Metadata& meta) {
    XmlBuilder x;
    x.declaration().open("Properties",
                         {{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
                          {"xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"}});
    x.element("Application", std::string("Kansli ") + kansli::version());
    x.element("DocSecurity", "0");
    if (!meta.organisation.empty()) x.element("Company", meta.organisation);
    return x.close().finish();
}

std::string assemble_package(std::vector<Part> parts, const MediaStore& media) {
    plugin::ZipPackage zip;
    zip.add("[Content_Types].xml", content_types_xml(parts, media));
    zip.add("_rels/.rels", package_relationships_xml());
    for (Part& part : parts) zip.add(part.name, std::move(part.bytes));
    for (const MediaStore::Item& item : media.items())
        zip.add("word/" + item.name, item.bytes, plugin::ZipPackage::Compression::Store);
    return zip.finish();
}

}  // namespace kansli::docx
