#include "kansli/data.hpp"

#include <simdjson.h>

#include <cmath>
#include <cstdint>
#include <optional>

#include "data_reader.hpp"
#include "data_value.hpp"
#include "file_read.hpp"
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

// Builds the JSON value while refusing, with the JSON path and the line, what nlohmann's parser
// itself accepts: nesting deeper than the limit (it would take the recursive checks and the
// renderer towards the end of the stack), a key given twice in one object (nlohmann keeps the
// last silently; a clerk who typed both wants to know), and text XML cannot carry (control
// characters, which nlohmann reads from \u0001 escapes).
// A SAX handler rather than a parser callback: nlohmann's callback parser searches the whole
// enclosing array for discarded values at the end of every object, which made a list of n
// objects cost n² (40 000 agenda rows took most of a second, 400 000 minutes). It builds the
// value itself, so that a key given twice is found by the insertion that stores it, and a path
// is made only for a message.
class CheckedDomBuilder {
public:
    CheckedDomBuilder(nlohmann::json& result, std::string_view text, const std::string& file, int max_depth)
        : root_(result), text_(text), file_(file), max_depth_(max_depth) {}

    bool null() { return store(nullptr); }
    bool boolean(bool v) { return store(v); }
    // nlohmann gives "-0" as a signed 0, simdjson (which keeps no sign) as 0: both are stored
    // as the unsigned 0, so that neither "-0" nor the parser changes what a value means (an
    // input description's minLength of -0 is a non-negative whole number).
    bool number_integer(nlohmann::json::number_integer_t v) {
        ++numbers_;
        if (v >= 0) return store(static_cast<nlohmann::json::number_unsigned_t>(v));
        return store(v);
    }
    bool number_unsigned(nlohmann::json::number_unsigned_t v) {
        ++numbers_;
        return store(v);
    }
    // A number is kept as written or refused, never silently changed: whole numbers are exact
    // to 64 bits, decimals are doubles (about 16 significant digits). A whole number past 64
    // bits would become a double and print other digits; a number nearer zero than a double
    // holds with full precision (2.2e-308) would lose digits or become 0.
    bool number_float(nlohmann::json::number_float_t v, const std::string&) {
        ++numbers_;
        constexpr double kIntegersExactBelow = 9007199254740992.0;  // 2^53
        if (std::fpclassify(v) == FP_SUBNORMAL || v == 0.0 || std::fabs(v) >= kIntegersExactBelow) {
            const std::string literal(number_literal(numbers_ - 1));
            const bool whole = literal.find_first_of(".eE") == std::string::npos;
            const bool nonzero =
                literal.substr(0, literal.find_first_of("eE")).find_first_of("123456789") != std::string::npos;
            if (std::fpclassify(v) == FP_SUBNORMAL || (v == 0.0 && nonzero))
                fail(JsonToken::Number, numbers_ - 1, nullptr,
                     "the number " + literal +
                         " is nearer zero than 2.2e-308 and cannot be kept exactly; write 0, or write it as a string");
            if (whole && v != 0.0)
                fail(JsonToken::Number, numbers_ - 1, nullptr,
                     "the whole number " + literal +
                         " is larger than 64 bits can hold and would change; write it as a string");
        }
        return store(v);
    }
    bool string(std::string& v) {
        if (auto problem = find_xml_illegal_character(v)) fail_at_value(*problem, nullptr);
        return store(std::move(v));
    }
    bool binary(nlohmann::json::binary_t& v) { return store(std::move(v)); }
    bool start_object(std::size_t) { return start(nlohmann::json::value_t::object); }
    bool start_array(std::size_t) { return start(nlohmann::json::value_t::array); }
    bool end_object() { return end(); }
    bool end_array() { return end(); }
    bool key(std::string& k) {
        ++keys_;
        Frame& frame = frames_.back();
        auto& object = frame.value->get_ref<nlohmann::json::object_t&>();
        const auto [slot, added] = object.try_emplace(std::move(k));
        frame.key = &slot->first;
        if (!added)
            fail(JsonToken::Key, keys_ - 1, &slot->first,
                 "the key '" + json_path_append("", slot->first).substr(1) + "' is given twice in the same object");
        if (auto problem = find_xml_illegal_character(slot->first)) fail_at_value(*problem, &slot->first);
        slot_ = &slot->second;
        return true;
    }
    // Rethrows nlohmann's own exception (parse_error, out_of_range), which parse_data reports.
    template <typename Exception>
    bool parse_error(std::size_t, const std::string&, const Exception& ex) {
        throw ex;
    }

private:
    struct Frame {
        nlohmann::json* value;
        std::size_t items = 0;             // an array's items so far
        const std::string* key = nullptr;  // the object member being read
    };

    // Where the value just read goes: the root, the end of the array, the member named by the key.
    nlohmann::json* place() {
        if (frames_.empty()) return &root_;
        Frame& frame = frames_.back();
        if (frame.value->is_array()) {
            auto& array = frame.value->get_ref<nlohmann::json::array_t&>();
            array.emplace_back();
            ++frame.items;
            return &array.back();
        }
        return slot_;
    }

    template <typename Value>
    bool store(Value&& v) {
        *place() = nlohmann::json(std::forward<Value>(v));
        return true;
    }

    bool start(nlohmann::json::value_t kind) {
        ++containers_;
        if (static_cast<int>(frames_.size()) >= max_depth_)
            fail(JsonToken::ContainerStart, containers_ - 1, nullptr,
                 "the data nests deeper than " + std::to_string(max_depth_) + " levels (KANSLI_MAX_DEPTH)");
        nlohmann::json* container = place();
        *container = nlohmann::json(kind);
        frames_.push_back({container});
        return true;
    }

    bool end() {
        frames_.pop_back();
        return true;
    }

    // The path of the container `upto` frames deep, each array at its last item.
    std::string path(std::size_t upto) const {
        std::string out;
        for (std::size_t i = 0; i < upto; ++i) {
            const Frame& f = frames_[i];
            out = f.value->is_array() ? json_path_append(out, f.items - 1) : json_path_append(out, *f.key);
        }
        return out;
    }

    // The path of the value about to be stored (key == nullptr: in an array, or under the
    // object's current key) or of a key just read.
    std::string value_path(const std::string* key) const {
        if (frames_.empty()) return "/";
        const Frame& last = frames_.back();
        return last.value->is_array() && key == nullptr
                   ? json_path_append(path(frames_.size() - 1), last.items)
                   : json_path_append(path(frames_.size() - 1), key != nullptr ? *key : *last.key);
    }

    [[noreturn]] void fail(JsonToken token, std::size_t nth, const std::string* key, const std::string& message) const {
        const auto at = offset_of_nth(text_, token, nth);
        SourceLocation where = at ? location_of_byte(file_, text_, *at + 1) : SourceLocation{file_, 0, 0, {}};
        where.json_path = value_path(key);
        throw Error(Error::Kind::Data, where, message);
    }

    // The text of the `nth` number, for a message; "" when it cannot be found.
    std::string_view number_literal(std::size_t nth) const {
        const auto at = offset_of_nth(text_, JsonToken::Number, nth);
        return at ? number_at(text_, *at) : std::string_view{};
    }

    [[noreturn]] void fail_at_value(const std::string& message, const std::string* key) const {
        throw Error(Error::Kind::Data, {file_, 0, 0, value_path(key)}, message);
    }

    nlohmann::json& root_;
    std::string_view text_;
    const std::string& file_;
    int max_depth_;
    std::vector<Frame> frames_;
    nlohmann::json* slot_ = nullptr;
    std::size_t containers_ = 0;
    std::size_t keys_ = 0;
    std::size_t numbers_ = 0;
};

}  // namespace

namespace {

// nlohmann's parser reads everything, and says where JSON is malformed.
void read_with_nlohmann(std::string_view text, const std::string& source_name, CheckedDomBuilder& builder) {
    try {
        nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const nlohmann::json::parse_error& e) {
        const std::string why = explanation(e.what());
        // A file saved in another encoding (Windows-1252 from an old editor) is not a JSON mistake.
        if (why.find("ill-formed UTF-8") != std::string::npos)
            throw Error(Error::Kind::Data, location_of_byte(source_name, text, e.byte),
                        "the text here is not UTF-8: save the file as UTF-8 (" + why + ")");
        throw Error(Error::Kind::Data, location_of_byte(source_name, text, e.byte), "malformed JSON: " + why);
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
}

// simdjson's value given to the builder as the events nlohmann's parser would give, in the
// same order, so that the builder's checks and their messages do not depend on the reader.
void feed(simdjson::dom::element element, CheckedDomBuilder& builder) {
    using simdjson::dom::element_type;
    switch (element.type()) {
        case element_type::OBJECT:
            builder.start_object(0);
            for (const simdjson::dom::key_value_pair field : simdjson::dom::object(element)) {
                std::string key(field.key);
                builder.key(key);
                feed(field.value, builder);
            }
            builder.end_object();
            return;
        case element_type::ARRAY:
            builder.start_array(0);
            for (const simdjson::dom::element item : simdjson::dom::array(element)) feed(item, builder);
            builder.end_array();
            return;
        case element_type::STRING: {
            std::string text(element.get_string().value_unsafe());
            builder.string(text);
            return;
        }
        case element_type::INT64: {
            // nlohmann types a literal by its sign: unsigned unless it has a minus.
            const std::int64_t value = element.get_int64().value_unsafe();
            if (value < 0)
                builder.number_integer(value);
            else
                builder.number_unsigned(static_cast<std::uint64_t>(value));
            return;
        }
        case element_type::UINT64:
            builder.number_unsigned(element.get_uint64().value_unsafe());
            return;
        case element_type::DOUBLE:
            builder.number_float(element.get_double().value_unsafe(), {});
            return;
        case element_type::BOOL:
            builder.boolean(element.get_bool().value_unsafe());
            return;
        case element_type::NULL_VALUE:
            builder.null();
            return;
    }
}

// simdjson reads valid JSON some fifty times faster than nlohmann's parser (reading the data
// was a fifth of rendering a report). It refuses what nlohmann refuses, and more (numbers
// beyond 64 bits or a double, nesting past 1024 levels): whatever it refuses goes to nlohmann,
// so what users see of malformed JSON is unchanged. Its own tree lives next to the value being
// built: about a third more memory at the peak than nlohmann alone. false: not read.
bool read_with_simdjson(std::string_view text, CheckedDomBuilder& builder) {
    // simdjson refuses a UTF-8 byte order mark, which Windows tools write and nlohmann skips.
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    const simdjson::padded_string padded(text);
    simdjson::dom::parser parser;
    const auto parsed = parser.parse(padded);
    if (parsed.error() != simdjson::SUCCESS) return false;
    feed(parsed.value_unsafe(), builder);
    return true;
}

}  // namespace

namespace detail {

nlohmann::json parse_data(std::string_view text, const std::string& source_name, JsonReader reader) {
    const Limits limits = Limits::from_environment();
    if (text.size() > limits.max_input_bytes)
        throw Error(Error::Kind::Data, {source_name, 0, 0, {}},
                    "the data is " + std::to_string(text.size()) + " bytes, more than the limit of " +
                        std::to_string(limits.max_input_bytes) + " bytes (KANSLI_MAX_INPUT_BYTES)");
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        throw Error(Error::Kind::Data, {source_name, 1, 1, {}},
                    "the file is UTF-16 text; save it as UTF-8 (without byte order mark, or with one)");
    nlohmann::json data;
    bool read = false;
    if (reader != JsonReader::nlohmann_only) {
        CheckedDomBuilder builder(data, text, source_name, limits.max_depth);
        read = read_with_simdjson(text, builder);
        if (!read && reader == JsonReader::simdjson_only)
            throw Error(Error::Kind::Data, {source_name, 0, 0, {}}, "simdjson refuses the text");
    }
    if (!read) {
        data = nlohmann::json();
        CheckedDomBuilder builder(data, text, source_name, limits.max_depth);
        read_with_nlohmann(text, source_name, builder);
    }
    if (!data.is_object())
        throw Error(Error::Kind::Data, {source_name, 0, 0, {}},
                    "the data must be a JSON object, not " + std::string(data.type_name()));
    return data;
}

std::string read_data_file(const std::filesystem::path& file) {
    try {
        // A file over the limit is refused before it is read: a file of gigabytes would
        // otherwise be read whole into memory. A pipe would make the read wait or never end.
        return read_regular_file(file, Limits::from_environment().max_input_bytes, "KANSLI_MAX_INPUT_BYTES");
    } catch (const FileReadError& e) {
        using Problem = FileReadError::Problem;
        const bool unreadable = e.problem() == Problem::not_found || e.problem() == Problem::cannot_open;
        const std::string message = unreadable                       ? "cannot read the data file: " + e.reason()
                                    : e.problem() == Problem::folder ? "is a folder, not a data file"
                                                                     : e.what();
        throw Error(Error::Kind::Data, {file.string(), 0, 0, {}}, message);
    }
}

nlohmann::json load_data(const std::filesystem::path& file) {
    return parse_data(read_data_file(file), file.string(), JsonReader::simdjson_first);
}

}  // namespace detail

Data::Data(std::shared_ptr<const Value> value) : value_(std::move(value)) {}

std::string Data::to_json() const { return value_->json.dump(); }

Data parse_data(std::string_view text, const std::string& source_name) {
    return DataAccess::wrap(detail::parse_data(text, source_name, detail::JsonReader::simdjson_first), text.size());
}

Data load_data(const std::filesystem::path& file) {
    const std::string text = detail::read_data_file(file);
    return DataAccess::wrap(detail::parse_data(text, file.string(), detail::JsonReader::simdjson_first), text.size());
}

}  // namespace kansli
