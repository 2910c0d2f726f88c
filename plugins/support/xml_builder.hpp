// Building XML text for the package writers: one escaping function, elements opened and
// closed in order, attributes written in the order given (so output is deterministic).
// An opened element's start tag stays open for attribute() until anything else is written, so
// attributes that only some elements carry are added where they are decided, in order.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kansli::plugin {

class XmlBuilder {
public:
    using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    enum class Standalone { Yes, Unstated };
    // <?xml version="1.0" encoding="UTF-8" standalone="yes"?>, or without standalone (ODF).
    XmlBuilder& declaration(Standalone standalone = Standalone::Yes);
    XmlBuilder& open(std::string_view name, Attributes attributes = {});
    // One more attribute of the element open() just opened; throws std::logic_error when
    // something has been written in it since.
    XmlBuilder& attribute(std::string_view name, std::string_view value);
    XmlBuilder& empty(std::string_view name, Attributes attributes = {});
    XmlBuilder& text(std::string_view text);
    XmlBuilder& close();  // closes the innermost open element
    // Closes the innermost open element, which must be `name` (else std::logic_error): for
    // elements closed far from where they were opened.
    XmlBuilder& close(std::string_view name);
    // Ends the element open() just opened, with nothing in it, as an empty-element tag
    // (`<a b="c"/>`): for elements whose attributes are added one by one through attribute().
    // Throws std::logic_error when something has been written in it.
    XmlBuilder& close_empty();
    XmlBuilder& raw(std::string_view xml);  // already well-formed markup
    // Open, text, close in one call.
    XmlBuilder& element(std::string_view name, std::string_view text, Attributes attributes = {});

    // Room for `bytes` of output at once. Worth it when the size is known (a part wrapped
    // around a body): growing a large text step by step copies it and touches its memory twice.
    XmlBuilder& reserve(std::size_t bytes);

    // The text; throws std::logic_error when elements are still open.
    std::string finish();

private:
    void start_tag(std::string_view name, Attributes attributes);
    void append_attribute(std::string_view name, std::string_view value);
    void end_start_tag() {
        if (start_tag_open_) out_ += '>';
        start_tag_open_ = false;
    }
    std::string_view innermost() const { return std::string_view(open_names_).substr(open_starts_.back()); }
    std::string out_;
    bool start_tag_open_ = false;  // open() wrote "<name ..." and no '>' yet
    // The names of the open elements, end to end in one string (where each starts): no
    // allocation per element, which a string each cost on long names ("table:table-cell").
    std::string open_names_;
    std::vector<std::size_t> open_starts_;
};

}  // namespace kansli::plugin
