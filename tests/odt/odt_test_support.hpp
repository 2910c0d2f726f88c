// Helpers for the ODT writer's tests: reading a package, pulling text out of ODF and
// WordprocessingML, and running external tools that may be missing.
#pragma once

#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "kansli/document_xml.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/template_package.hpp"
#include "test_support.hpp"

namespace kansli::test::odt {

// Entries of a zip archive in their stored order, with their uncompressed bytes.
struct ZipEntry {
    std::string name;
    std::string bytes;
};

inline std::vector<ZipEntry> unzip(const std::string& archive) {
    std::vector<ZipEntry> entries;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
    if (source == nullptr) return entries;
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (zip == nullptr) {
        zip_source_free(source);
        zip_error_fini(&error);
        return entries;
    }
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &stat) != 0) continue;
        std::string bytes(static_cast<std::size_t>(stat.size), '\0');
        if (zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0)) {
            zip_fread(file, bytes.data(), stat.size);
            zip_fclose(file);
        }
        entries.push_back({stat.name, std::move(bytes)});
    }
    zip_close(zip);  // frees the source too
    zip_error_fini(&error);
    return entries;
}

inline std::string entry(const std::vector<ZipEntry>& entries, const std::string& name) {
    for (const ZipEntry& e : entries)
        if (e.name == name) return e.bytes;
    return {};
}

inline std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// Every element `name` (its whole markup, start to matching end) in `xml`; no nesting of the
// same name is assumed.
inline std::vector<std::string> elements(const std::string& xml, const std::string& name) {
    std::vector<std::string> found;
    const std::string open = "<" + name;
    const std::string close = "</" + name + ">";
    for (auto at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
        const char next = at + open.size() < xml.size() ? xml[at + open.size()] : '\0';
        if (next != ' ' && next != '>' && next != '/') continue;
        const auto tag_end = xml.find('>', at);
        if (tag_end == std::string::npos) break;
        if (xml[tag_end - 1] == '/') {
            found.push_back(xml.substr(at, tag_end + 1 - at));
            continue;
        }
        const auto end = xml.find(close, tag_end);
        if (end == std::string::npos) break;
        found.push_back(xml.substr(at, end + close.size() - at));
    }
    return found;
}

// --------------------------------------------------------------------- text extraction
// A small streaming reader for the markup these writers produce (no DTDs, no CDATA): enough
// to walk elements and text in document order.
struct XmlEvent {
    enum class Kind { Open, Close, Empty, Text } kind;
    std::string name;  // element name; for Text, empty
    std::string tag;   // the whole tag, to read attributes
    std::string text;  // decoded, for Text
};

inline std::string decode_entities(const std::string& raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '&') {
            out += raw[i];
            continue;
        }
        const auto semi = raw.find(';', i);
        const std::string name = raw.substr(i + 1, semi - i - 1);
        i = semi;
        if (name == "amp")
            out += '&';
        else if (name == "lt")
            out += '<';
        else if (name == "gt")
            out += '>';
        else if (name == "quot")
            out += '"';
        else if (name == "apos")
            out += '\'';
        else if (!name.empty() && name[0] == '#') {
            unsigned long code = name[1] == 'x' ? std::stoul(name.substr(2), nullptr, 16) : std::stoul(name.substr(1));
            // UTF-8 encode
            if (code < 0x80)
                out += static_cast<char>(code);
            else if (code < 0x800) {
                out += static_cast<char>(0xC0 | (code >> 6));
                out += static_cast<char>(0x80 | (code & 0x3F));
            } else if (code < 0x10000) {
                out += static_cast<char>(0xE0 | (code >> 12));
                out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (code & 0x3F));
            } else {
                out += static_cast<char>(0xF0 | (code >> 18));
                out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
                out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (code & 0x3F));
            }
        }
    }
    return out;
}

inline std::vector<XmlEvent> xml_events(const std::string& xml) {
    std::vector<XmlEvent> events;
    std::size_t at = 0;
    while (at < xml.size()) {
        if (xml[at] != '<') {
            const auto next = xml.find('<', at);
            const std::string raw = xml.substr(at, next - at);
            events.push_back({XmlEvent::Kind::Text, {}, {}, decode_entities(raw)});
            at = next;
            continue;
        }
        const auto end = xml.find('>', at);
        const std::string tag = xml.substr(at, end + 1 - at);
        at = end + 1;
        if (tag.rfind("<?", 0) == 0 || tag.rfind("<!", 0) == 0) continue;
        const bool closing = tag[1] == '/';
        const bool empty = tag[tag.size() - 2] == '/';
        const std::size_t name_start = closing ? 2 : 1;
        const std::size_t name_end = tag.find_first_of(" />\t\n", name_start);
        const std::string name = tag.substr(name_start, name_end - name_start);
        events.push_back({closing ? XmlEvent::Kind::Close
                          : empty ? XmlEvent::Kind::Empty
                                  : XmlEvent::Kind::Open,
                          name,
                          tag,
                          {}});
    }
    return events;
}

// Collapses every run of ASCII white space to one space and trims; non-breaking spaces are
// kept, since the writers must carry the core's U+00A0 as it is.
inline std::string normalise_space(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace kansli::test::odt

namespace kansli::test::odt {

// The template packages whose examples every writer must render.
// Every package under templates/ with an example.json, as "municipality/kind", sorted.
inline const std::vector<std::string>& example_packages() {
    static const std::vector<std::string> packages = [] {
        std::vector<std::string> found;
        const fs::path root = source_dir() / "templates";
        for (const auto& municipality : fs::directory_iterator(root)) {
            if (!municipality.is_directory()) continue;
            for (const auto& kind : fs::directory_iterator(municipality.path()))
                if (fs::exists(kind.path() / "example.json"))
                    found.push_back(municipality.path().filename().string() + "/" + kind.path().filename().string());
        }
        std::sort(found.begin(), found.end());
        return found;
    }();
    return packages;
}

// A package's example rendered by the kansli command into `format`; the file's path. Rendered
// once per test program (kept in a folder removed at exit): the tests only read the files.
inline fs::path rendered_example(const std::string& package, const std::string& format) {
    static TempDir out;
    static std::map<std::string, fs::path> done;
    const std::string key = package + "." + format;
    if (const auto found = done.find(key); found != done.end()) return found->second;
    std::string folder = package;
    for (char& c : folder)
        if (c == '/') c = '-';
    const fs::path dir = out / (folder + "-" + format);
    const CommandResult result = run(shell_quote(KANSLI_CLI) + " render --example --template " + shell_quote(package) +
                                     " --format " + format + " --out " + shell_quote(dir.string()));
    EXPECT_EQ(result.exit_code, 0) << result.out;
    const fs::path file = dir / ("example." + format);
    done.emplace(key, file);
    return file;
}

}  // namespace kansli::test::odt

namespace kansli::test::odt {

// A document XML file from the test sources, written by the `format` plugin with the
// testkommun/memo fixture package (its theme, and its folder for figures). Empty when that
// plugin was not built.
inline std::string write_document(const fs::path& xml, const std::string& format) {
    PluginRegistry registry;
    registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    const Writer* writer = registry.find(format);
    if (writer == nullptr) return {};
    const TemplatePackage package = TemplateSearchPath({fixtures_dir() / "packages"}).find("testkommun/memo");
    const Document document = read_document_xml(read_file(xml), {xml.filename().string(), package.directory()});
    return writer->write(document, package.theme());
}

// Lists with tables in their items (tests/odt/lists-with-tables.xml).
inline fs::path lists_with_tables_xml() { return source_dir() / "tests/odt/lists-with-tables.xml"; }

}  // namespace kansli::test::odt
