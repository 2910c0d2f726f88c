#include "kansli/data.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "json_path.hpp"
#include "json_scan.hpp"
#include "kansli/error.hpp"
#include "kansli/limits.hpp"
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

// Builds the JSON value with nlohmann's DOM parser while refusing, with the JSON path and the
// line, what that parser itself accepts: nesting deeper than the limit (it would take the
// recursive checks and the renderer towards the end of the stack) and a key given twice in one
// object (nlohmann keeps the last silently; a clerk who typed both wants to know).
// A SAX handler rather than a parser callback: nlohmann's callback parser searches the whole
// enclosing array for discarded values at the end of every object, which made a list of n
// objects cost n² (40 000 agenda rows took most of a second, 400 000 minutes).
class CheckedDomBuilder {
public:
    CheckedDomBuilder(nlohmann::json& result, std::string_view text, const std::string& file, int max_depth)
        : dom_(result), text_(text), file_(file), max_depth_(max_depth) {}

    bool null() { return value() && dom_.null(); }
    bool boolean(bool v) { return value() && dom_.boolean(v); }
    bool number_integer(nlohmann::json::number_integer_t v) { return value() && dom_.number_integer(v); }
    bool number_unsigned(nlohmann::json::number_unsigned_t v) { return value() && dom_.number_unsigned(v); }
    bool number_float(nlohmann::json::number_float_t v, const std::string& s) {
        return value() && dom_.number_float(v, s);
    }
    bool string(std::string& v) { return value() && dom_.string(v); }
    bool binary(nlohmann::json::binary_t& v) { return value() && dom_.binary(v); }
    bool start_object(std::size_t n) { return start(false) && dom_.start_object(n); }
    bool start_array(std::size_t n) { return start(true) && dom_.start_array(n); }
    bool end_object() { return end() && dom_.end_object(); }
    bool end_array() { return end() && dom_.end_array(); }
    bool key(std::string& k) {
        ++keys_;
        Frame& frame = frames_.back();
        frame.key = k;
        if (!frame.keys.insert(frame.key).second)
            fail(JsonToken::Key, keys_ - 1,
                 "the key '" + json_path_append("", frame.key).substr(1) + "' is given twice in the same object");
        return dom_.key(k);
    }
    // Rethrows nlohmann's own exception (parse_error, out_of_range), which parse_data reports.
    template <typename Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& ex) {
        return dom_.parse_error(position, token, ex);
    }

private:
    struct Frame {
        bool array;
        std::size_t index;
        std::set<std::string> keys;
        std::string key;
    };

    bool start(bool array) {
        ++containers_;
        if (static_cast<int>(frames_.size()) >= max_depth_)
            fail(JsonToken::ContainerStart, containers_ - 1,
                 "the data nests deeper than " + std::to_string(max_depth_) + " levels (KANSLI_MAX_DEPTH)");
        frames_.push_back({array, 0, {}, {}});
        return true;
    }

    bool end() {
        frames_.pop_back();
        return value();
    }

    // A value (or a whole container) is complete: the enclosing array moves to its next index.
    bool value() {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
        return true;
    }

    std::string path() const {
        std::string out;
        for (const auto& f : frames_) out = f.array ? json_path_append(out, f.index) : json_path_append(out, f.key);
        return out;
    }

    [[noreturn]] void fail(JsonToken token, std::size_t nth, const std::string& message) const {
        const auto at = offset_of_nth(text_, token, nth);
        SourceLocation where = at ? location_of_byte(file_, text_, *at + 1) : SourceLocation{file_, 0, 0, {}};
        where.json_path = frames_.empty() ? std::string("/") : path();
        throw Error(Error::Kind::Data, where, message);
    }

    nlohmann::detail::json_sax_dom_parser<nlohmann::json> dom_;
    std::string_view text_;
    const std::string& file_;
    int max_depth_;
    std::vector<Frame> frames_;
    std::size_t containers_ = 0;
    std::size_t keys_ = 0;
};

}  // namespace

nlohmann::json parse_data(std::string_view text, const std::string& source_name) {
    const Limits limits = Limits::from_environment();
    if (text.size() > limits.max_input_bytes)
        throw Error(Error::Kind::Data, {source_name, 0, 0, {}},
                    "the data is " + std::to_string(text.size()) + " bytes, more than the limit of " +
                        std::to_string(limits.max_input_bytes) + " bytes (KANSLI_MAX_INPUT_BYTES)");
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        throw Error(Error::Kind::Data, {source_name, 1, 1, {}},
                    "the file is UTF-16 text; save it as UTF-8 (without byte order mark, or with one)");
    nlohmann::json data;
    CheckedDomBuilder builder(data, text, source_name, limits.max_depth);
    try {
        nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(Error::Kind::Data, location_of_byte(source_name, text, e.byte),
                    "malformed JSON: " + explanation(e.what()));
    } catch (const nlohmann::json::out_of_range& e) {  // a number too large for a double: 1e999
        const std::string what = explanation(e.what());
        const auto quote = what.find('\'');
        const auto literal =
            quote == std::string::npos ? std::string() : what.substr(quote + 1, what.rfind('\'') - quote - 1);
        const auto at = offset_of_number(text, literal);
        throw Error(Error::Kind::Data,
                    at ? location_of_byte(source_name, text, *at + 1) : SourceLocation{source_name, 0, 0, {}},
                    "the number " + literal + " is too large");
    } catch (const nlohmann::json::exception& e) {
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
    // Refused before reading: a file of gigabytes would otherwise be read whole into memory.
    const auto size = std::filesystem::file_size(file, ec);
    const std::size_t limit = Limits::from_environment().max_input_bytes;
    if (!ec && size > limit)
        throw Error(Error::Kind::Data, {file.string(), 0, 0, {}},
                    "the file is " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(limit) +
                        " bytes (KANSLI_MAX_INPUT_BYTES)");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_data(text.str(), file.string());
}

}  // namespace kansli
