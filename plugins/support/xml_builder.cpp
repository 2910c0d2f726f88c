#include "xml_builder.hpp"

#include <stdexcept>

#include "kansli/xml_text.hpp"

namespace kansli::plugin {

XmlBuilder& XmlBuilder::declaration() {
    out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    return *this;
}

void XmlBuilder::start_tag(std::string_view name, Attributes attributes) {
    out_ += '<';
    out_ += name;
    for (const auto& [key, value] : attributes) {
        out_ += ' ';
        out_ += key;
        out_ += "=\"";
        append_escaped_xml(out_, value);
        out_ += '"';
    }
}

XmlBuilder& XmlBuilder::open(std::string_view name, Attributes attributes) {
    start_tag(name, attributes);
    out_ += '>';
    open_.emplace_back(name);
    return *this;
}

XmlBuilder& XmlBuilder::empty(std::string_view name, Attributes attributes) {
    start_tag(name, attributes);
    out_ += "/>";
    return *this;
}

XmlBuilder& XmlBuilder::text(std::string_view text) {
    append_escaped_xml(out_, text);
    return *this;
}

XmlBuilder& XmlBuilder::close() {
    if (open_.empty()) throw std::logic_error("XmlBuilder: close() without an open element");
    out_ += "</";
    out_ += open_.back();
    out_ += '>';
    open_.pop_back();
    return *this;
}

XmlBuilder& XmlBuilder::reserve(std::size_t bytes) {
    out_.reserve(bytes);
    return *this;
}

XmlBuilder& XmlBuilder::raw(std::string_view xml) {
    out_ += xml;
    return *this;
}

XmlBuilder& XmlBuilder::element(std::string_view name, std::string_view text, Attributes attributes) {
    start_tag(name, attributes);
    out_ += '>';
    append_escaped_xml(out_, text);
    out_ += "</";
    out_ += name;
    out_ += '>';
    return *this;
}

std::string XmlBuilder::finish() {
    if (!open_.empty()) throw std::logic_error("XmlBuilder: <" + open_.back() + "> is still open");
    return std::move(out_);
}

}  // namespace kansli::plugin
