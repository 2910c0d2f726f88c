#include "odt_package.hpp"

#include <utility>
#include <vector>

#include "odt_xml.hpp"
#include "xml_builder.hpp"
#include "zip_package.hpp"

namespace kansli::odt {
namespace {

using plugin::XmlBuilder;
using plugin::ZipPackage;

// The document's date as an xsd:dateTime: the date it carries, at midnight. meta.xml has no
// dates at all when the document has none, so two runs give the same bytes.
std::string meta_date(const std::string& date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return {};
    return date + "T00:00:00";
}

std::string manifest_xml(const ImageStore& images) {
    XmlBuilder xml;
    const std::string version(kOdfVersion);
    xml.declaration(XmlBuilder::Standalone::Unstated);
    xml.open("manifest:manifest", {{"xmlns:manifest", ns::manifest}, {"manifest:version", version}});
    xml.empty("manifest:file-entry",
              {{"manifest:full-path", "/"}, {"manifest:version", version}, {"manifest:media-type", kMediaType}});
    for (const char* part : {"content.xml", "styles.xml", "meta.xml"})
        xml.empty("manifest:file-entry", {{"manifest:full-path", part}, {"manifest:media-type", "text/xml"}});
    for (const ImageStore::Entry& image : images.entries())
        xml.empty("manifest:file-entry",
                  {{"manifest:full-path", image.path}, {"manifest:media-type", image.media_type}});
    xml.close();
    return xml.finish();
}

}  // namespace

std::string meta_xml(const Metadata& meta, const Labels& labels) {
    XmlBuilder xml;
    xml.declaration(XmlBuilder::Standalone::Unstated);
    xml.open("office:document-meta", {{"xmlns:office", ns::office},
                                      {"xmlns:meta", ns::meta},
                                      {"xmlns:dc", ns::dc},
                                      {"xmlns:xlink", ns::xlink},
                                      {"office:version", kOdfVersion}});
    xml.open("office:meta");
    xml.element("meta:generator", "Kansli");
    if (!meta.title.empty()) xml.element("dc:title", meta.title);
    if (!meta.kind_name.empty()) xml.element("dc:subject", meta.kind_name);  // as in DOCX
    // The author is whoever signs the document as its author; without one, the organisation.
    std::string creator = meta.authors.empty() ? meta.organisation : meta.authors.front().name;
    if (!creator.empty()) {
        xml.element("meta:initial-creator", creator);
        xml.element("dc:creator", creator);
    }
    if (const std::string date = meta_date(meta.date); !date.empty()) {
        xml.element("meta:creation-date", date);
        xml.element("dc:date", date);
    }
    xml.element("dc:language", meta.language);
    // What an archive searches by, which ODF has no field of its own for.
    const auto user_defined = [&xml](std::string_view name, const std::string& value) {
        if (!value.empty()) xml.element("meta:user-defined", value, {{"meta:name", name}});
    };
    user_defined(labels.property_organisation, meta.organisation);
    user_defined(labels.property_body, meta.body);
    user_defined(labels.property_kind, meta.kind);
    user_defined(labels.property_dnr, meta.dnr);
    xml.close("office:meta").close("office:document-meta");
    return xml.finish();
}

std::string package(std::string content, std::string styles, std::string meta, const ImageStore& images) {
    ZipPackage zip;
    zip.add("mimetype", std::string(kMediaType), ZipPackage::Compression::Store);
    zip.add("content.xml", std::move(content));
    zip.add("styles.xml", std::move(styles));
    zip.add("meta.xml", std::move(meta));
    // PNG and JPEG are compressed already.
    for (const ImageStore::Entry& image : images.entries())
        zip.add(image.path, image.bytes, ZipPackage::Compression::Store);
    zip.add("META-INF/manifest.xml", manifest_xml(images));
    return zip.finish();
}

}  // namespace kansli::odt
