// Messages in the user's language: each English message of the library is matched against the
// catalogue of message patterns (message_catalogue.cpp), whose translations gettext keeps in
// po/sv.po. The throw sites stay plain English strings; the language is chosen here, when a
// program shows the message.
#include "kansli/messages.hpp"

#include <dlfcn.h>
#include <libintl.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>
#include <vector>

#include "message_catalogue.hpp"

namespace kansli {

namespace fs = std::filesystem;

const char* text_domain() {
    static std::once_flag bound;
    std::call_once(bound, [] {
        Dl_info info{};
        if (dladdr(reinterpret_cast<void*>(&text_domain), &info) != 0 && info.dli_fname != nullptr) {
            std::error_code ec;
            const auto library = fs::canonical(info.dli_fname, ec);
            if (!ec)
                bindtextdomain("kansli", (library.parent_path() / KANSLI_LIB_TO_LOCALE).lexically_normal().c_str());
        }
        bind_textdomain_codeset("kansli", "UTF-8");
    });
    return "kansli";
}

namespace {

std::string gettext_of(const char* english) { return dgettext(text_domain(), english); }

// The catalogue's text for `english`, or nullptr when it has none (gettext then gives back the
// very pointer it was given; a translation that reads the same, "{}: {m}", still counts).
const char* translation_of(const char* english) {
    const char* translated = dgettext(text_domain(), english);
    return translated == english ? nullptr : translated;
}

// A pattern's pieces: literal text between the holes, and what each hole holds.
struct Pattern {
    std::vector<std::string_view> literals;  // one more than holes
    std::vector<bool> hole_is_message;       // {m}: a message, translated in turn; {}, {q}: a value, kept
    bool spans_lines = false;                // has a {q}: quoted text that may run over many lines
};

Pattern split_pattern(std::string_view text) {
    Pattern p;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool value = text.compare(i, 2, "{}") == 0;
        const bool message = text.compare(i, 3, "{m}") == 0;
        const bool quoted = text.compare(i, 3, "{q}") == 0;
        if (!value && !message && !quoted) continue;
        p.literals.push_back(text.substr(start, i - start));
        p.hole_is_message.push_back(message);
        p.spans_lines = p.spans_lines || quoted;
        i += value ? 1 : 2;
        start = i + 1;
    }
    p.literals.push_back(text.substr(start));
    return p;
}

// The holes' contents when `text` is `pattern` with its holes filled; the earliest place for
// each literal that lets the rest match.
bool match_from(const Pattern& p, std::size_t piece, std::string_view text, std::vector<std::string_view>& holes) {
    if (piece == p.literals.size()) return text.empty();
    const std::string_view literal = p.literals[piece];
    if (piece == 0) return text.starts_with(literal) && match_from(p, 1, text.substr(literal.size()), holes);
    // A hole (non-empty) then this literal.
    for (std::size_t at = 1; at <= text.size(); ++at) {
        if (piece + 1 == p.literals.size()) {
            if (text.size() - literal.size() < 1 || !text.ends_with(literal)) return false;
            holes.push_back(text.substr(0, text.size() - literal.size()));
            return true;
        }
        const auto found = text.find(literal, at);
        if (found == std::string_view::npos) return false;
        holes.push_back(text.substr(0, found));
        if (match_from(p, piece + 1, text.substr(found + literal.size()), holes)) return true;
        holes.pop_back();
        at = found;
    }
    return false;
}

struct Match {
    const char* pattern = nullptr;
    Pattern parts;
    std::vector<std::string_view> holes;
};

// The most specific pattern (the most literal text) that `line` fills.
std::optional<Match> best_match(std::string_view line) {
    std::optional<Match> best;
    std::size_t best_literal = 0;
    for (const char* pattern : message_patterns()) {
        Pattern parts = split_pattern(pattern);
        std::vector<std::string_view> holes;
        if ((line.find('\n') != std::string_view::npos && !parts.spans_lines) || !match_from(parts, 0, line, holes))
            continue;
        std::size_t literal = 0;
        for (auto l : parts.literals) literal += l.size();
        if (!best || literal > best_literal) {
            best_literal = literal;
            best = Match{pattern, std::move(parts), std::move(holes)};
        }
    }
    return best;
}

std::string translate_line(std::string_view line, bool& complete);

// The translation of a matched line: the pattern's translation with its holes filled.
std::string fill(const Match& m, bool& complete) {
    const char* found = translation_of(m.pattern);
    if (found == nullptr) complete = false;
    const std::string translated = found != nullptr ? found : m.pattern;
    const Pattern target = split_pattern(translated);
    std::string out(target.literals.front());
    for (std::size_t i = 0; i < m.holes.size() && i + 1 < target.literals.size(); ++i) {
        out += m.parts.hole_is_message[i] ? translate_line(m.holes[i], complete) : std::string(m.holes[i]);
        out += target.literals[i + 1];
    }
    return out;
}

std::string translate_line(std::string_view line, bool& complete) {
    if (line.empty()) return {};
    const auto indent = std::min(line.find_first_not_of(' '), line.size());
    const std::string_view rest = line.substr(indent);
    std::string out(line.substr(0, indent));
    if (indent > 0 && rest.starts_with("/")) {
        // A listed problem, "  /items/5/dnr: what", its place said as people count; or a folder
        // in a list of them, kept as it is.
        const auto colon = rest.find(": ");
        if (colon == std::string_view::npos) return std::string(line);
        return out + describe_json_path(rest.substr(0, colon)) + ": " +
               translate_line(rest.substr(colon + 2), complete);
    }
    if (const auto m = best_match(rest)) return out + fill(*m, complete);
    complete = false;
    return std::string(line);
}

std::string translate_text(std::string_view english, bool& complete) {
    // A message that quotes text of many lines (the data a helper could not format) is one
    // pattern; others are translated a line at a time.
    if (english.find('\n') != std::string_view::npos)
        if (const auto m = best_match(english); m && m->parts.spans_lines) return fill(*m, complete);
    std::string out;
    std::size_t start = 0;
    for (;;) {
        const auto end = english.find('\n', start);
        out += translate_line(english.substr(start, end - start), complete);
        if (end == std::string_view::npos) break;
        out += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace

std::string translate(std::string_view english) {
    bool complete = true;
    return translate_text(english, complete);
}

bool has_translation(std::string_view english) {
    bool complete = true;
    translate_text(english, complete);
    return complete;
}

std::string describe_json_path(std::string_view json_path) {
    // Each array index whose entries the catalogue has a noun for, innermost first:
    // "/items/5/papers/attachments/2/file" is "bilaga 3 i ärende 6 (…)" in Swedish. English,
    // which has no catalogue, and arrays of a package's own keep the path alone.
    std::vector<std::string> counted;
    std::string_view parent;
    std::size_t start = 1;
    while (start <= json_path.size() && json_path.size() > 1) {
        auto end = json_path.find('/', start);
        if (end == std::string_view::npos) end = json_path.size();
        const std::string_view segment = json_path.substr(start, end - start);
        const bool index = !segment.empty() && segment.find_first_not_of("0123456789") == std::string_view::npos;
        if (index && !parent.empty()) {
            const std::string number = std::to_string(std::stoul(std::string(segment)) + 1);
            // The noun for one of the array's entries: the catalogue's word for the field's name
            // ("items" → "ärende"), else the name.
            const std::string field(parent);
            const std::string noun = gettext_of(field.c_str());
            if (noun != field) counted.insert(counted.begin(), noun + " " + number);
        }
        parent = segment;
        start = end + 1;
    }
    if (counted.empty()) return std::string(json_path);
    std::string out = counted.front();
    for (std::size_t i = 1; i < counted.size(); ++i) out = format_message(gettext_of("{} in {}"), {out, counted[i]});
    return out + " (" + std::string(json_path) + ")";
}

std::string format_message(std::string_view text, std::initializer_list<std::string_view> values) {
    std::string out;
    auto value = values.begin();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "{}") == 0 && value != values.end()) {
            out += *value++;
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string translated_what(const Error& error) {
    const SourceLocation& where = error.where();
    std::string place = where.file;
    if (where.line > 0) {
        place += ':' + std::to_string(where.line);
        if (where.column > 0) place += ':' + std::to_string(where.column);
    }
    if (!where.json_path.empty())
        place +=
            (place.empty() ? "" : ": ") + format_message(gettext_of("at {}"), {describe_json_path(where.json_path)});
    const std::string message = translate(error.message());
    return place.empty() ? message : place + ": " + message;
}

}  // namespace kansli
