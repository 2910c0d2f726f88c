// Whose fault an error in the document XML is: the data's, when the value at fault is one a
// template copied from the data (mustache::ValueOrigin says where each landed).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document_value_error.hpp"
#include "mustache/render.hpp"

namespace kansli {

// The JSON path of the data value at fault, among those written on the error's lines: the one
// that reads the text at fault (for an empty text, a blank one), the list whose items made the
// element (a row's cells), or the longest text. nullopt when no data value fits: the
// template's own text is at fault.
std::optional<std::string> data_path_at_fault(std::string_view xml, const std::vector<mustache::ValueOrigin>& origins,
                                              const DocumentValueError& error, const nlohmann::json& data);

}  // namespace kansli
