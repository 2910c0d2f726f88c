// Reading what the package writers (DOCX, ODT) produce, for their tests: the zip's parts, and
// simple searches in their XML. Shared so the two suites read packages the same way.
#pragma once

#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace kansli::test {

// The parts of a zip archive by name, and their stored order.
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

// An empty Package when the bytes are not a readable zip.
inline Package unzip(const std::string& bytes) {
    struct ArchiveClose {
        void operator()(zip_t* z) const { zip_close(z); }  // also frees the source
    };
    struct SourceFree {
        void operator()(zip_source_t* s) const { zip_source_free(s); }
    };
    Package package;
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceFree> source(zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error));
    std::unique_ptr<zip_t, ArchiveClose> archive;
    if (source) {
        archive.reset(zip_open_from_source(source.get(), ZIP_RDONLY, &error));
        if (archive) static_cast<void>(source.release());  // the archive owns it now
    }
    zip_error_fini(&error);
    if (!archive) return package;
    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), index, 0, &stat) != 0) continue;
        std::string data(static_cast<std::size_t>(stat.size), '\0');
        if (zip_file_t* file = zip_fopen_index(archive.get(), index, 0)) {
            zip_fread(file, data.data(), data.size());
            zip_fclose(file);
        }
        package.names.emplace_back(stat.name);
        package.parts.emplace(stat.name, std::move(data));
    }
    return package;
}

inline std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// Every `<name …>…</name>` (or `<name …/>`) element of `xml`, start to matching end; no nesting
// of the same name is assumed.
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

// XML text with the five entities and character references decoded.
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

// Every bundled template package with an example.json, as "municipality/kind", sorted.
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

}  // namespace kansli::test
