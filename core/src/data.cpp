#include "kansli/data.hpp"

#include <fstream>
#include <sstream>

#include "json_path.hpp"
#include "kansli/error.hpp"
#include "kansli/xml_text.hpp"

namespace kansli {

namespace {

SourceLocation location_of_byte(const std::string& file, std::string_view text, std::size_t byte) {
    SourceLocation where{file, 1, 1, {}};
    const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++where.column;
    }
    return where;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 3,
// column 5: "; the place is reported separately, so keep only the explanation.
std::string explanation(const std::string& what) {
    const auto at = what.find(": ");
    std::string out = at == std::string::npos ? what : what.substr(at + 2);
    if (out.rfind("syntax error while parsing value - ", 0) == 0) out.erase(0, 35);
    return out;
}

void check_strings(const nlohmann::json& value, const std::string& path, const std::string& file) {
    const auto check = [&](const std::string& text, const std::string& where) {
        if (auto problem = find_xml_illegal_character(text))
            throw Error(Error::Kind::Data, {file, 0, 0, where}, *problem);
    };
    if (value.is_string()) {
        check(value.get_ref<const std::string&>(), path);
    } else if (value.is_object()) {
        for (const auto& [key, child] : value.items()) {
            const auto child_path = json_path_append(path, key);
            check(key, child_path);
            check_strings(child, child_path, file);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) check_strings(value[i], json_path_append(path, i), file);
    }
}

}  // namespace

nlohmann::json parse_data(std::string_view text, const std::string& source_name) {
    nlohmann::json data;
    // Real documents nest a handful of levels; a cap keeps the recursive checks and the
    // template renderer far from the end of the stack whatever the input.
    constexpr int kMaxDepth = 64;
    const auto limit_depth = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json&) {
        if (depth > kMaxDepth && (event == nlohmann::json::parse_event_t::object_start ||
                                  event == nlohmann::json::parse_event_t::array_start))
            throw Error(Error::Kind::Data, {source_name, 0, 0, {}},
                        "the data nests deeper than " + std::to_string(kMaxDepth) + " levels");
        return true;
    };
    try {
        data = nlohmann::json::parse(text.begin(), text.end(), limit_depth);
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(Error::Kind::Data, location_of_byte(source_name, text, e.byte),
                    "malformed JSON: " + explanation(e.what()));
    } catch (const nlohmann::json::exception& e) {  // e.g. a number too large for a double
        throw Error(Error::Kind::Data, {source_name, 0, 0, {}}, "unreadable JSON: " + explanation(e.what()));
    }
    if (!data.is_object())
        throw Error(Error::Kind::Data, {source_name, 0, 0, {}},
                    "the data must be a JSON object, not " + std::string(data.type_name()));
    check_strings(data, "", source_name);
    return data;
}

nlohmann::json load_data(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        throw Error(Error::Kind::Data, {file.string(), 0, 0, {}}, "is a folder, not a data file");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(Error::Kind::Data, {file.string(), 0, 0, {}}, "cannot read the data file");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_data(text.str(), file.string());
}

}  // namespace kansli
