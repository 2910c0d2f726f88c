#include "odt_xml.hpp"

namespace kansli::odt {

void open_document(plugin::XmlBuilder& xml, std::string_view root) {
    xml.declaration(plugin::XmlBuilder::Standalone::Unstated);
    xml.open(root, {{"xmlns:office", ns::office},
                    {"xmlns:style", ns::style},
                    {"xmlns:text", ns::text},
                    {"xmlns:table", ns::table},
                    {"xmlns:draw", ns::draw},
                    {"xmlns:fo", ns::fo},
                    {"xmlns:xlink", ns::xlink},
                    {"xmlns:dc", ns::dc},
                    {"xmlns:meta", ns::meta},
                    {"xmlns:number", ns::number},
                    {"xmlns:svg", ns::svg},
                    {"office:version", kOdfVersion}});
}

void add_attributes(plugin::XmlBuilder& xml, const AttributeList& attributes) {
    for (const auto& [name, value] : attributes) xml.attribute(name, value);
}

void empty_element(plugin::XmlBuilder& xml, std::string_view name, const AttributeList& attributes) {
    xml.open(name);
    add_attributes(xml, attributes);
    xml.close_empty();
}

}  // namespace kansli::odt
