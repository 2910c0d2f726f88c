#include "xml_builder.hpp"

#include <stdexcept>

#include "kansli/xml_text.hpp"

namespace kansli::plugin {

XmlBuilder& XmlBuilder::declaration(Standalone standalone) {
    end_start_tag();
    out_ += standalone == Standalone::Yes ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                          : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    return *this;
}

void XmlBuilder::append_attribute(std::string_view name, std::string_view value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    append_escaped_xml(out_, value);
    out_ += '"';
}

void XmlBuilder::start_tag(std::string_view name, Attributes attributes) {
    end_start_tag();
    out_ += '<';
    out_ += name;
    for (const auto& [key, value] : attributes) append_attribute(key, value);
}

XmlBuilder& XmlBuilder::open(std::string_view name, Attributes attributes) {
    start_tag(name, attributes);
    start_tag_open_ = true;
    open_starts_.push_back(open_names_.size());
    open_names_ += name;
    return *this;
}

XmlBuilder& XmlBuilder::attribute(std::string_view name, std::string_view value) {
    if (!start_tag_open_) throw std::logic_error("XmlBuilder: attribute() after the start tag was written");
    append_attribute(name, value);
    return *this;
}

XmlBuilder& XmlBuilder::empty(std::string_view name, Attributes attributes) {
    start_tag(name, attributes);
    out_ += "/>";
    return *this;
}

XmlBuilder& XmlBuilder::text(std::string_view text) {
    end_start_tag();
    append_escaped_xml(out_, text);
    return *this;
}

XmlBuilder& XmlBuilder::close() {
    if (open_starts_.empty()) throw std::logic_error("XmlBuilder: close() without an open element");
    end_start_tag();
    out_ += "</";
    out_ += innermost();
    out_ += '>';
    open_names_.resize(open_starts_.back());
    open_starts_.pop_back();
    return *this;
}

XmlBuilder& XmlBuilder::close(std::string_view name) {
    if (open_starts_.empty() || innermost() != name)
        throw std::logic_error("XmlBuilder: close(\"" + std::string(name) + "\") but <" +
                               std::string(open_starts_.empty() ? "nothing" : innermost()) + "> is open");
    return close();
}

XmlBuilder& XmlBuilder::close_empty() {
    if (!start_tag_open_) throw std::logic_error("XmlBuilder: close_empty() but the element has content");
    out_ += "/>";
    start_tag_open_ = false;
    open_names_.resize(open_starts_.back());
    open_starts_.pop_back();
    return *this;
}

XmlBuilder& XmlBuilder::reserve(std::size_t bytes) {
    out_.reserve(bytes);
    return *this;
}

XmlBuilder& XmlBuilder::raw(std::string_view xml) {
    end_start_tag();
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
    if (!open_starts_.empty()) throw std::logic_error("XmlBuilder: <" + std::string(innermost()) + "> is still open");
    return std::move(out_);
}

}  // namespace kansli::plugin
