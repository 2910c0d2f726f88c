// Building XML text for the package writers: one escaping function, elements opened and
// closed in order, attributes written in the order given (so output is deterministic).
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

    XmlBuilder& declaration();  // <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    XmlBuilder& open(std::string_view name, Attributes attributes = {});
    XmlBuilder& empty(std::string_view name, Attributes attributes = {});
    XmlBuilder& text(std::string_view text);
    XmlBuilder& close();                    // closes the innermost open element
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
    std::string out_;
    std::vector<std::string> open_;
};

}  // namespace kansli::plugin
