// A JSON value written out with the type of every number (i: signed, u: unsigned, f: float), so
// that two values compare equal only when a template and the input checks would see them alike
// (dump() writes a signed and an unsigned 0 both as "0"). For tests and fuzzers of the data reader.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace kansli::test {

inline void append_typed(std::string& out, const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object:
            out += '{';
            for (const auto& [key, member] : value.items()) {
                out += nlohmann::json(key).dump();
                out += ':';
                append_typed(out, member);
                out += ',';
            }
            out += '}';
            return;
        case nlohmann::json::value_t::array:
            out += '[';
            for (const auto& item : value) {
                append_typed(out, item);
                out += ',';
            }
            out += ']';
            return;
        case nlohmann::json::value_t::number_integer:
            out += 'i';
            break;
        case nlohmann::json::value_t::number_unsigned:
            out += 'u';
            break;
        case nlohmann::json::value_t::number_float:
            out += 'f';
            break;
        default:
            break;
    }
    out += value.dump();
}

inline std::string typed_json(const nlohmann::json& value) {
    std::string out;
    append_typed(out, value);
    return out;
}

}  // namespace kansli::test
