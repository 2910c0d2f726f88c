// What the DOCX tests share: rendering the bundled examples through the plugin, and reading
// the parts of the resulting zip.
#pragma once

#include <gtest/gtest.h>
#include <zip.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kansli/kansli.hpp"
#include "test_support.hpp"

namespace kansli::test::docx {

// The parts of a zip archive by name, and their order.
struct Package {
    std::vector<std::string> names;
    std::map<std::string, std::string> parts;
    const std::string& part(const std::string& name) const {
        static const std::string none;
        const auto found = parts.find(name);
        return found == parts.end() ? none : found->second;
    }
    bool has(const std::string& name) const { return parts.count(name) != 0; }
};

inline Package unzip(const std::string& bytes) {
    Package package;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) return package;
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        return package;
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        if (zip_stat_index(archive, index, 0, &stat) != 0) continue;
        std::string data(static_cast<std::size_t>(stat.size), '\0');
        if (zip_file_t* file = zip_fopen_index(archive, index, 0)) {
            zip_fread(file, data.data(), data.size());
            zip_fclose(file);
        }
        package.names.emplace_back(stat.name);
        package.parts.emplace(stat.name, std::move(data));
    }
    zip_close(archive);
    zip_error_fini(&error);
    return package;
}

inline std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// Every `<tag …>…</tag>` (or `<tag …/>`) element of `xml`, not nested in one of its own kind.
inline std::vector<std::string> elements(const std::string& xml, const std::string& tag) {
    std::vector<std::string> found;
    const std::string open = "<" + tag;
    const std::string close = "</" + tag + ">";
    for (auto at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
        const char next = xml[at + open.size()];
        if (next != ' ' && next != '>' && next != '/') continue;
        const auto head_end = xml.find('>', at);
        if (xml[head_end - 1] == '/') {
            found.push_back(xml.substr(at, head_end + 1 - at));
            continue;
        }
        // Skip nested elements of the same name (tables in tables do not occur here).
        const auto end = xml.find(close, at);
        found.push_back(xml.substr(at, end + close.size() - at));
        at = end;
    }
    return found;
}

// An example of a bundled template package, built into a Document, and the DOCX writer.
class Examples {
public:
    Examples() {
        registry_.load_directory(KANSLI_PLUGIN_BUILD_DIR);
        writer_ = registry_.find("docx");
    }
    const Writer* writer() const { return writer_; }
    struct Example {
        TemplatePackage package;
        Document document;
    };
    Example load(const std::string& name) const {
        TemplatePackage package = TemplateSearchPath({source_dir() / "templates"}).find(name);
        const auto data = nlohmann::json::parse(read_file(package.example_file()));
        Document document = build_document(package, data, "example.json");
        return {std::move(package), std::move(document)};
    }
    std::string render(const Example& example) const {
        return writer_->write(example.document, example.package.theme());
    }

private:
    PluginRegistry registry_;
    const Writer* writer_ = nullptr;
};

// Every bundled package that has an example: "katrineholm/kallelse", …
inline std::vector<std::string> example_names() {
    const TemplateSearchPath path({source_dir() / "templates"});
    std::vector<std::string> names;
    for (const std::string& name : path.names())
        if (std::filesystem::exists(source_dir() / "templates" / name / "example.json")) names.push_back(name);
    return names;
}

}  // namespace kansli::test::docx
