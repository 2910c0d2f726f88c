// Helpers for the ODT writer's tests: reading a package, pulling text out of ODF and
// WordprocessingML, and running external tools that may be missing.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "kansli/document_xml.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/template_package.hpp"
#include "package_reading.hpp"
#include "test_support.hpp"

namespace kansli::test::odt {

// Package reading is shared with the DOCX tests (tests/support/package_reading.hpp).
using test::count;
using test::decode_entities;
using test::elements;
using test::example_packages;
using test::unzip;

// --------------------------------------------------------------------- text extraction
// A small streaming reader for the markup these writers produce (no DTDs, no CDATA): enough
// to walk elements and text in document order.
struct XmlEvent {
    enum class Kind { Open, Close, Empty, Text } kind;
    std::string name;  // element name; for Text, empty
    std::string tag;   // the whole tag, to read attributes
    std::string text;  // decoded, for Text
};

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

using kansli::test::normalise_space;  // tests/support/test_support.hpp

}  // namespace kansli::test::odt

namespace kansli::test::odt {

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
inline TemplatePackage memo_package() {
    return TemplateSearchPath({fixtures_dir() / "packages"}).find("testkommun/memo");
}

// A document XML file from the test sources, read as the writers' tests read it (figures from
// the testkommun/memo fixture package), for a test that changes the model before writing it.
inline Document read_test_document(const fs::path& xml) {
    return read_document_xml(read_file(xml), {xml.filename().string(), memo_package().directory()});
}

// `document` written by the `format` plugin with the testkommun/memo theme; empty when that
// plugin was not built.
inline std::string write_document(const Document& document, const std::string& format) {
    PluginRegistry registry;
    registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    const Writer* writer = registry.find(format);
    if (writer == nullptr) return {};
    return writer->write(document, memo_package().theme());
}

inline std::string write_document(const fs::path& xml, const std::string& format) {
    return write_document(read_test_document(xml), format);
}

// Lists with tables in their items (tests/odt/lists-with-tables.xml).
inline fs::path lists_with_tables_xml() { return source_dir() / "tests/odt/lists-with-tables.xml"; }
// Lists interrupted in the ways the count of resumes must agree with (tests/odt/list-resumes.xml).
inline fs::path list_resumes_xml() { return source_dir() / "tests/odt/list-resumes.xml"; }

}  // namespace kansli::test::odt
