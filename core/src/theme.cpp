#include "kansli/theme.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "data_reader.hpp"
#include "file_read.hpp"
#include "image.hpp"
#include "json_path.hpp"
#include "kansli/error.hpp"
#include "kansli/limits.hpp"
#include "theme_json.hpp"

namespace kansli {

namespace {

using nlohmann::json;

// Walks theme.json with the file name at hand, so every complaint says where it is.
class ThemeReader {
public:
    ThemeReader(std::string file, std::vector<std::filesystem::path> image_dirs)
        : file_(std::move(file)), image_dirs_(std::move(image_dirs)) {}

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
            return load_package_image(image_dirs_, text(value, path));
        } catch (const std::invalid_argument& e) {
            fail(path, e.what());
        }
    }

private:
    std::string file_;
    std::vector<std::filesystem::path> image_dirs_;
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

// "agenda": the note's separator as the form prints it, and the order of the columns.
void read_agenda(const ThemeReader& r, const json& value, const std::string& path, AgendaStyle& agenda) {
    static const std::map<std::string, AgendaStyle::Column> kColumns = {{"number", AgendaStyle::Column::Number},
                                                                        {"title", AgendaStyle::Column::Title},
                                                                        {"dnr", AgendaStyle::Column::Dnr},
                                                                        {"page", AgendaStyle::Column::Page}};
    r.object(
        value, path,
        {{"note_separator",
          [&](const json& x, const std::string& q) {
              agenda.note_separator = r.text(x, q);
              if (agenda.note_separator.empty()) r.fail(q, "must not be empty (a space at least)");
          }},
         {"columns", [&](const json& x, const std::string& q) {
              if (!x.is_array()) r.fail(q, "expected a list of columns: number, title, dnr, page");
              agenda.columns.clear();
              for (std::size_t i = 0; i < x.size(); ++i) {
                  const std::string name = r.text(x[i], json_path_append(q, i));
                  const auto column = kColumns.find(name);
                  if (column == kColumns.end())
                      r.fail(json_path_append(q, i), "'" + name + "' is not a column: number, title, dnr or page");
                  if (std::find(agenda.columns.begin(), agenda.columns.end(), column->second) != agenda.columns.end())
                      r.fail(json_path_append(q, i), "the column '" + name + "' is named twice");
                  agenda.columns.push_back(column->second);
              }
              if (std::find(agenda.columns.begin(), agenda.columns.end(), AgendaStyle::Column::Title) ==
                  agenda.columns.end())
                  r.fail(q, "the title column must be among them");
          }}});
}

}  // namespace

std::vector<AgendaStyle::Column> shown_agenda_columns(const Agenda& agenda, const AgendaStyle& style) {
    std::vector<AgendaStyle::Column> shown;
    for (const AgendaStyle::Column column : style.columns)
        if ((column != AgendaStyle::Column::Dnr || agenda.has_dnr()) &&
            (column != AgendaStyle::Column::Page || agenda.has_refs()))
            shown.push_back(column);
    return shown;
}

const std::string& agenda_column_label(const Agenda& agenda, AgendaStyle::Column column) {
    switch (column) {
        case AgendaStyle::Column::Number:
            return agenda.number_label;
        case AgendaStyle::Column::Title:
            return agenda.title_label;
        case AgendaStyle::Column::Dnr:
            return agenda.dnr_label;
        default:
            return agenda.page_label;
    }
}

nlohmann::json read_theme_json(const std::filesystem::path& theme_file) {
    if (!std::filesystem::exists(theme_file)) return json::object();
    const std::string file = theme_file.string();
    try {
        return detail::parse_data(
            read_regular_file(theme_file, Limits::from_environment().max_input_bytes, "KANSLI_MAX_INPUT_BYTES"), file,
            detail::JsonReader::simdjson_first);
    } catch (const FileReadError& e) {
        throw Error(Error::Kind::Template, {file, 0, 0, {}}, e.what());
    } catch (const Error& e) {
        throw Error(Error::Kind::Template, e.where(), e.message());
    }
}

Theme load_theme(const std::filesystem::path& theme_file, const std::filesystem::path& package_dir) {
    return theme_from_json(read_theme_json(theme_file), theme_file.string(), {package_dir});
}

Theme theme_from_json(const nlohmann::json& root, const std::string& file,
                      const std::vector<std::filesystem::path>& image_dirs) {
    Theme theme;
    const ThemeReader r(file, image_dirs);
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
                      // Older spellings of labels.dnr, labels.page and labels.page_of, still read.
                      {"dnr_label", [&](const json& x, const std::string& q) { theme.labels.dnr = r.label(x, q); }},
                      {"page_label", [&](const json& x, const std::string& q) { theme.labels.page = r.label(x, q); }},
                      {"page_of_label",
                       [&](const json& x, const std::string& q) { theme.labels.page_of = r.label(x, q); }}});
             }},
            // An older spelling of labels.table, still read.
            {"table_caption_label", [&](const json& v, const std::string& p) { theme.labels.table = r.label(v, p); }},
            {"locale", [&](const json& v, const std::string& p) { read_locale(r, v, p, theme); }},
            {"agenda", [&](const json& v, const std::string& p) { read_agenda(r, v, p, theme.agenda); }},
            {"labels",
             [&](const json& v, const std::string& p) {
                 Labels& l = theme.labels;
                 const auto set = [&](std::string& field) {
                     return [&r, &field](const json& x, const std::string& q) { field = r.label(x, q); };
                 };
                 r.object(v, p,
                          {{"page", set(l.page)},
                           {"page_of", set(l.page_of)},
                           {"dnr", set(l.dnr)},
                           {"table", set(l.table)},
                           {"figure", set(l.figure)},
                           {"logo", set(l.logo)},
                           {"contents", set(l.contents)},
                           {"contents_index", set(l.contents_index)},
                           {"heading", set(l.heading)},
                           {"contents_update", set(l.contents_update)},
                           {"property_organisation", set(l.property_organisation)},
                           {"property_body", set(l.property_body)},
                           {"property_kind", set(l.property_kind)},
                           {"property_dnr", set(l.property_dnr)},
                           {"agenda", set(l.agenda)},
                           {"agenda_number", set(l.agenda_number)},
                           {"agenda_title", set(l.agenda_title)},
                           {"agenda_dnr", set(l.agenda_dnr)},
                           {"agenda_page", set(l.agenda_page)},
                           {"skip_link", set(l.skip_link)},
                           {"untitled", set(l.untitled)},
                           {"footnotes", set(l.footnotes)},
                           {"back", set(l.back)},
                           {"back_to_reference", set(l.back_to_reference)},
                           {"papers", set(l.papers)},
                           {"to_papers", set(l.to_papers)},
                           {"for_item", set(l.for_item)},
                           {"sum", set(l.sum)},
                           {"subtotal", set(l.subtotal)}});
             }},
        });
    if (theme.logo && theme.logo_alt.empty())
        r.fail("/header/logo_alt", "the logo needs an alternative text (logo_alt) for screen readers");
    return theme;
}

}  // namespace kansli
