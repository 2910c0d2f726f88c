#include "kansli/theme.hpp"

#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "data_reader.hpp"
#include "file_read.hpp"
#include "image.hpp"
#include "json_path.hpp"
#include "kansli/error.hpp"
#include "kansli/limits.hpp"

namespace kansli {

namespace {

using nlohmann::json;

// Walks theme.json with the file name at hand, so every complaint says where it is.
class ThemeReader {
public:
    ThemeReader(std::string file, std::filesystem::path package_dir)
        : file_(std::move(file)), package_dir_(std::move(package_dir)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& message) const {
        throw Error(Error::Kind::Template, {file_, 0, 0, path}, message);
    }

    // Calls the handler of each key; an unknown key is an error (a typo would go unnoticed).
    void object(const json& value, const std::string& path,
                const std::map<std::string, std::function<void(const json&, const std::string&)>>& handlers) const {
        if (!value.is_object()) fail(path, "expected an object");
        for (const auto& [key, child] : value.items()) {
            const auto handler = handlers.find(key);
            if (handler == handlers.end()) {
                std::string known;
                for (const auto& [name, unused] : handlers) known += (known.empty() ? "" : ", ") + name;
                fail(json_path_append(path, key), "unknown theme setting '" + key + "' (known here: " + known + ")");
            }
            handler->second(child, json_path_append(path, key));
        }
    }

    std::string text(const json& value, const std::string& path) const {
        if (!value.is_string()) fail(path, "expected a string");
        return value.get<std::string>();
    }

    // Words the writers print (labels): never empty, so no writer needs a fallback of its own.
    std::string label(const json& value, const std::string& path) const {
        std::string word = text(value, path);
        if (word.find_first_not_of(' ') == std::string::npos) fail(path, "must not be empty");
        return word;
    }

    double number(const json& value, const std::string& path, double min, double max) const {
        if (!value.is_number()) fail(path, "expected a number");
        const double n = value.get<double>();
        if (n < min || n > max) fail(path, "must be between " + json(min).dump() + " and " + json(max).dump());
        return n;
    }

    bool boolean(const json& value, const std::string& path) const {
        if (!value.is_boolean()) fail(path, "expected true or false");
        return value.get<bool>();
    }

    std::string colour(const json& value, const std::string& path) const {
        std::string c = text(value, path);
        const bool ok =
            c.size() == 7 && c[0] == '#' && c.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
        if (!ok) fail(path, "'" + c + "' is not a colour of the form #RRGGBB");
        for (auto& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        return c;
    }

    Image image(const json& value, const std::string& path) const {
        try {
            return load_package_image(package_dir_, text(value, path));
        } catch (const std::invalid_argument& e) {
            fail(path, e.what());
        }
    }

private:
    std::string file_;
    std::filesystem::path package_dir_;
};

// "locale": where municipalities write numbers and diarienummer differently (docs/locale.md).
void read_locale(const ThemeReader& r, const json& value, const std::string& path, Theme& theme) {
    r.object(
        value, path,
        {{"minus",
          [&](const json& x, const std::string& q) {
              const auto minus = r.text(x, q);
              if (minus == "unicode")
                  theme.numbers.minus = sv::NumberStyle::Minus::Unicode;
              else if (minus == "hyphen")
                  theme.numbers.minus = sv::NumberStyle::Minus::Hyphen;
              else
                  r.fail(q, "minus must be \"unicode\" (U+2212, the default) or \"hyphen\" (U+002D)");
          }},
         {"percent_space", [&](const json& x, const std::string& q) { theme.numbers.percent_space = r.boolean(x, q); }},
         {"group_four_digits",
          [&](const json& x, const std::string& q) { theme.numbers.group_four_digits = r.boolean(x, q); }},
         {"dnr", [&](const json& x, const std::string& q) {
              sv::DnrRule rule;
              r.object(x, q,
                       {{"pattern", [&](const json& y, const std::string& s) { rule.pattern = r.text(y, s); }},
                        {"format", [&](const json& y, const std::string& s) { rule.format = r.text(y, s); }}});
              if (rule.pattern.empty() || rule.format.empty()) r.fail(q, "needs both a pattern and a format");
              try {
                  sv::check_dnr_rule(rule);
              } catch (const std::invalid_argument& e) {
                  r.fail(q, e.what());
              }
              theme.dnr = std::move(rule);
          }}});
}

}  // namespace

Theme load_theme(const std::filesystem::path& theme_file, const std::filesystem::path& package_dir) {
    Theme theme;
    if (!std::filesystem::exists(theme_file)) return theme;
    const std::string file = theme_file.string();
    json root;
    try {
        root = detail::parse_data(
            read_regular_file(theme_file, Limits::from_environment().max_input_bytes, "KANSLI_MAX_INPUT_BYTES"), file,
            detail::JsonReader::simdjson_first);
    } catch (const FileReadError& e) {
        throw Error(Error::Kind::Template, {file, 0, 0, {}}, e.what());
    } catch (const Error& e) {
        throw Error(Error::Kind::Template, e.where(), e.message());
    }
    const ThemeReader r(file, package_dir);
    r.object(
        root, "",
        {
            {"fonts",
             [&](const json& v, const std::string& p) {
                 r.object(
                     v, p,
                     {{"body", [&](const json& x, const std::string& q) { theme.body_font = r.text(x, q); }},
                      {"heading", [&](const json& x, const std::string& q) { theme.heading_font = r.text(x, q); }}});
             }},
            {"sizes",
             [&](const json& v, const std::string& p) {
                 r.object(v, p,
                          {{"body",
                            [&](const json& x, const std::string& q) { theme.body_size_pt = r.number(x, q, 6, 36); }},
                           {"headings", [&](const json& x, const std::string& q) {
                                if (!x.is_array() || x.size() != 6)
                                    r.fail(q, "expected six sizes, one per heading level");
                                for (std::size_t i = 0; i < 6; ++i)
                                    theme.heading_sizes_pt[i] = r.number(x[i], json_path_append(q, i), 6, 72);
                            }}});
             }},
            {"colours",
             [&](const json& v, const std::string& p) {
                 r.object(
                     v, p,
                     {{"text", [&](const json& x, const std::string& q) { theme.text_colour = r.colour(x, q); }},
                      {"heading", [&](const json& x, const std::string& q) { theme.heading_colour = r.colour(x, q); }},
                      {"accent", [&](const json& x, const std::string& q) { theme.accent_colour = r.colour(x, q); }},
                      {"table_header_background",
                       [&](const json& x, const std::string& q) { theme.table_header_background = r.colour(x, q); }}});
             }},
            {"page",
             [&](const json& v, const std::string& p) {
                 r.object(v, p,
                          {{"size",
                            [&](const json& x, const std::string& q) {
                                const auto size = r.text(x, q);
                                if (size == "A4") {
                                    theme.page.width_mm = 210;
                                    theme.page.height_mm = 297;
                                } else if (size == "A5") {
                                    theme.page.width_mm = 148;
                                    theme.page.height_mm = 210;
                                } else if (size == "A3") {
                                    theme.page.width_mm = 297;
                                    theme.page.height_mm = 420;
                                } else
                                    r.fail(q, "page size must be A4, A5 or A3");
                            }},
                           {"margins_mm", [&](const json& x, const std::string& q) {
                                r.object(x, q,
                                         {{"top",
                                           [&](const json& m, const std::string& s) {
                                               theme.page.margin_top_mm = r.number(m, s, 5, 80);
                                           }},
                                          {"bottom",
                                           [&](const json& m, const std::string& s) {
                                               theme.page.margin_bottom_mm = r.number(m, s, 5, 80);
                                           }},
                                          {"left",
                                           [&](const json& m, const std::string& s) {
                                               theme.page.margin_left_mm = r.number(m, s, 5, 80);
                                           }},
                                          {"right", [&](const json& m, const std::string& s) {
                                               theme.page.margin_right_mm = r.number(m, s, 5, 80);
                                           }}});
                            }}});
             }},
            {"header",
             [&](const json& v, const std::string& p) {
                 r.object(v, p,
                          {{"text", [&](const json& x, const std::string& q) { theme.header_text = r.text(x, q); }},
                           {"logo", [&](const json& x, const std::string& q) { theme.logo = r.image(x, q); }},
                           {"logo_alt", [&](const json& x, const std::string& q) { theme.logo_alt = r.text(x, q); }},
                           {"first_page",
                            [&](const json& x, const std::string& q) { theme.first_page_header = r.boolean(x, q); }}});
             }},
            {"footer",
             [&](const json& v, const std::string& p) {
                 r.object(
                     v, p,
                     {{"text", [&](const json& x, const std::string& q) { theme.footer_text = r.text(x, q); }},
                      {"dnr", [&](const json& x, const std::string& q) { theme.footer_dnr = r.boolean(x, q); }},
                      {"dnr_label", [&](const json& x, const std::string& q) { theme.dnr_label = r.label(x, q); }},
                      {"page_label", [&](const json& x, const std::string& q) { theme.page_label = r.label(x, q); }},
                      {"page_of_label",
                       [&](const json& x, const std::string& q) { theme.page_of_label = r.label(x, q); }}});
             }},
            {"table_caption_label",
             [&](const json& v, const std::string& p) { theme.table_caption_label = r.label(v, p); }},
            {"locale", [&](const json& v, const std::string& p) { read_locale(r, v, p, theme); }},
            {"labels",
             [&](const json& v, const std::string& p) {
                 WebLabels& w = theme.web;
                 const auto set = [&](std::string& field) {
                     return [&r, &field](const json& x, const std::string& q) { field = r.label(x, q); };
                 };
                 r.object(v, p,
                          {{"skip_link", set(w.skip_link)},
                           {"untitled", set(w.untitled)},
                           {"footnotes", set(w.footnotes)},
                           {"back", set(w.back)},
                           {"back_to_reference", set(w.back_to_reference)},
                           {"papers", set(w.papers)},
                           {"to_papers", set(w.to_papers)},
                           {"for_item", set(w.for_item)},
                           {"sum", set(w.sum)},
                           {"subtotal", set(w.subtotal)}});
             }},
        });
    if (theme.logo && theme.logo_alt.empty())
        r.fail("/header/logo_alt", "the logo needs an alternative text (logo_alt) for screen readers");
    return theme;
}

}  // namespace kansli
