#include "site_package.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "folder_paths.hpp"
#include "json_checker.hpp"
#include "kansli/data.hpp"
#include "kansli/error.hpp"
#include "mustache/render.hpp"
#include "mustache/template.hpp"
#include "template_source.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;
using nlohmann::json;

struct SitePackage::Templates {
    std::map<std::string, mustache::Template, std::less<>> pages;     // "index.html": pages/index.html.mustache
    std::map<std::string, mustache::Template, std::less<>> partials;  // "head": partials/head.html.mustache
    std::set<std::string, std::less<>> recursive;                     // partials that can include themselves
    std::map<std::string, fs::path, std::less<>> files;               // of each page and partial, for messages
};

namespace {

constexpr const char* kSettingsFile = "site.json";
constexpr const char* kSuffix = ".mustache";
constexpr const char* kFolderName = "the site package";

[[noreturn]] void broken(const fs::path& file, const std::string& message) {
    throw Error(Error::Kind::Template, {file.string(), 0, 0, {}}, message);
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) broken(file, "cannot read the file");
    return text.str();
}

// The folder of the package `name` on the path, or empty.
fs::path find_folder(const std::vector<fs::path>& roots, const std::string& name) {
    for (const fs::path& root : roots) {
        std::error_code ec;
        if (fs::is_regular_file(root / name / kSettingsFile, ec)) return fs::canonical(root / name, ec);
    }
    return {};
}

// What a template file is called where it is used: a page by its file name without
// ".mustache" ("pages/index.html"), a partial by its file name up to the first dot ("head").
std::string template_key(const std::string& sub, const std::string& name) {
    return sub == "pages" ? "pages/" + name.substr(0, name.size() - std::string_view(kSuffix).size())
                          : name.substr(0, name.find('.'));
}

// Every template file of the package folders, by key: the later folder's file wins (a page or
// partial of the package over the default's, whatever their file names' middle parts).
std::map<std::string, std::pair<std::string, fs::path>> template_files(const std::vector<fs::path>& folders) {
    std::map<std::string, std::pair<std::string, fs::path>> files;  // key: path in the package, file
    for (const fs::path& folder : folders) {
        for (const std::string sub : {"pages", "partials"}) {
            std::error_code ec;
            if (!fs::is_directory(folder / sub, ec)) continue;
            for (const auto& entry : fs::directory_iterator(folder / sub)) {
                const std::string name = entry.path().filename().string();
                if (!name.ends_with(kSuffix) || name.starts_with(".")) continue;
                const std::string relative = sub + "/" + name;
                try {
                    files[template_key(sub, name)] = {relative, resolve_file_inside(folder, relative, kFolderName)};
                } catch (const std::invalid_argument& e) {
                    broken(entry.path(), e.what());
                }
            }
        }
    }
    return files;
}

mustache::Template parse(const std::string& text, const fs::path& file) {
    try {
        return mustache::Template::parse(text);
    } catch (const mustache::SyntaxError& e) {
        throw Error(Error::Kind::Template, {file.string(), line_at(text, e.offset()), column_at(text, e.offset()), {}},
                    std::string("Mustache syntax: ") + e.what());
    }
}

void check_partials(const std::vector<mustache::Node>& nodes, const std::string& text, const fs::path& file,
                    const std::map<std::string, mustache::Template, std::less<>>& partials) {
    for (const auto& node : nodes) {
        check_partials(node.children, text, file, partials);
        // A parent ({{<name}}) is a partial too, rendered with the caller's blocks.
        const bool names_partial =
            node.kind == mustache::Node::Kind::partial || node.kind == mustache::Node::Kind::parent;
        if (names_partial && partials.count(node.text) == 0)
            throw Error(Error::Kind::Template,
                        {file.string(), line_at(text, node.offset), column_at(text, node.offset), {}},
                        "the partial '" + node.text + "' does not exist (expected partials/" + node.text +
                            ".<type>.mustache in the site package or in " + SitePackage::kDefault + ")");
    }
}

// Merges `over` into `base` key by key; a key `base` does not have is a mistake (a misspelt label).
void merge_known(json& base, const json& over, const JsonChecker& checker, const std::string& path, bool open_keys) {
    if (!over.is_object()) checker.fail(path, "expected an object");
    for (const auto& [key, value] : over.items()) {
        const std::string at = path + "/" + key;
        if (!open_keys && !base.contains(key)) {
            std::string known;
            for (const auto& [k, unused] : base.items()) known += (known.empty() ? "" : ", ") + k;
            checker.fail(at, "unknown key '" + key + "' (known here: " + known + ")");
        }
        if (value.is_object()) {
            if (!base.contains(key)) base[key] = json::object();
            merge_known(base[key], value, checker, at, open_keys || key == "formats");
        } else {
            base[key] = checker.string(value, at);
        }
    }
}

// site.json: labels and colours. The default package's file says which there are; another
// package's may only change them (and name more download formats).
json read_settings(const fs::path& file, const json* defaults) {
    json root;
    try {
        root = json::parse(load_data(file).to_json());
    } catch (const Error& e) {
        throw Error(Error::Kind::Template, e.where(), e.message());
    }
    const JsonChecker checker(file.string(), Error::Kind::Template);
    checker.object(root, "", {"description", "labels", "colours"}, {});
    if (root.contains("description")) checker.string(root["description"], "/description");
    json settings = defaults != nullptr ? *defaults : json{{"labels", json::object()}, {"colours", json::object()}};
    for (const char* part : {"labels", "colours"})
        if (root.contains(part))
            merge_known(settings[part], root[part], checker, std::string("/") + part, defaults == nullptr);
    return settings;
}

// WCAG 2.x contrast of two "#rrggbb" colours.
double contrast(const std::string& a, const std::string& b) {
    const auto luminance = [](const std::string& colour) {
        std::array<double, 3> channel{};
        for (std::size_t i = 0; i < 3; ++i) {
            const double c = std::stoi(colour.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
            channel[i] = c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Every colour is "#rrggbb", and text, links and the accent (borders, focus rings) stand out
// enough from the background in both schemes: 4.5:1 for text, 3:1 for the rest (WCAG 2.1 AA).
void check_colours(const json& colours, const fs::path& file) {
    const JsonChecker checker(file.string(), Error::Kind::Template);
    const auto colour = [&](const json& scheme, const std::string& path, const char* key) {
        const std::string value = scheme.value(key, "");
        const bool hex = value.size() == 7 && value[0] == '#' &&
                         value.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
        if (!hex) checker.fail(path + "/" + key, "'" + value + "' is not a colour of the form #rrggbb");
        return value;
    };
    const json dark = colours.value("dark", json::object());
    for (const auto& [scheme, path] : {std::pair<const json*, std::string>{&colours, "/colours"},
                                       std::pair<const json*, std::string>{&dark, "/colours/dark"}}) {
        const std::string background = colour(*scheme, path, "background");
        for (const auto& [key, needed] : {std::pair{"text", 4.5}, std::pair{"link", 4.5}, std::pair{"accent", 3.0}}) {
            const double ratio = contrast(colour(*scheme, path, key), background);
            if (ratio < needed) {
                std::ostringstream message;
                message.precision(2);
                message << scheme->value(key, "") << " on " << background << " has a contrast of " << std::fixed
                        << ratio << ":1; WCAG 2.1 AA needs " << needed << ":1";
                checker.fail(path + "/" + key, message.str());
            }
        }
    }
}

std::string fnv1a_hex(const std::string& bytes) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    std::ostringstream hex;
    hex << std::hex << hash;
    return hex.str();
}

}  // namespace

SitePackage SitePackage::find(const std::vector<fs::path>& roots, const std::string& name) {
    // "municipality/kind", as template packages are named: never a path that climbs out.
    const auto slash = name.find('/');
    const auto plain = [](const std::string& part) {
        return !part.empty() && part != "." && part != ".." && part.find('/') == std::string::npos;
    };
    if (slash == std::string::npos || !plain(name.substr(0, slash)) || !plain(name.substr(slash + 1)))
        throw Error(Error::Kind::Usage, {},
                    "'" + name + "' is not a site package name; names look like kansli/webbplats");
    const fs::path default_folder = find_folder(roots, kDefault);
    if (default_folder.empty())
        throw Error(Error::Kind::Template, {},
                    std::string("the bundled site package ") + kDefault +
                        " is not on the template path (a broken installation?)");
    const fs::path folder = find_folder(roots, name);
    if (folder.empty()) {
        std::string looked;
        for (const auto& root : roots) looked += "\n  " + root.string();
        throw Error(Error::Kind::Usage, {},
                    "no site package '" + name + "' (a folder with " + kSettingsFile + ") found; looked in:" + looked);
    }
    std::vector<fs::path> folders = {default_folder};
    if (folder != default_folder) folders.push_back(folder);

    SitePackage package;
    package.name_ = name;
    for (const fs::path& f : folders) {
        try {
            resolve_file_inside(f, kSettingsFile, kFolderName);
        } catch (const std::invalid_argument& e) {
            broken(f / kSettingsFile, e.what());
        }
        package.settings_ = read_settings(f / kSettingsFile, f == folders.front() ? nullptr : &package.settings_);
    }
    check_colours(package.settings_["colours"], folders.back() / kSettingsFile);

    auto templates = std::make_shared<Templates>();
    std::map<std::string, std::string> texts;  // by page or partial name
    std::string fingerprinted = package.settings_.dump();
    for (const auto& [key, found] : template_files(folders)) {
        const auto& [relative, file] = found;
        std::string text = read_text(file);
        fingerprinted += relative + '\0' + text + '\0';
        const bool is_page = key.starts_with("pages/");
        (is_page ? templates->pages : templates->partials).emplace(is_page ? key.substr(6) : key, parse(text, file));
        templates->files[key] = file;
        texts[key] = std::move(text);
    }
    for (const auto& [key, text] : texts) {
        const bool is_page = key.starts_with("pages/");
        const auto& parsed = is_page ? templates->pages.at(key.substr(6)) : templates->partials.at(key);
        check_partials(parsed.nodes(), text, templates->files.at(key), templates->partials);
    }
    templates->recursive = mustache::recursive_partials(templates->partials);
    package.templates_ = std::move(templates);
    package.fingerprint_ = fnv1a_hex(fingerprinted);
    return package;
}

std::string SitePackage::format_name(const std::string& format) const {
    return settings_["labels"].value("formats", json::object()).value(format, "");
}

std::string SitePackage::render(std::string_view page, json data) const {
    const auto found = templates_->pages.find(page);
    if (found == templates_->pages.end())
        throw Error(Error::Kind::Template, {},
                    "the site package " + name_ + " has no page template pages/" + std::string(page) + kSuffix);
    data["labels"] = settings_["labels"];
    data["colours"] = settings_["colours"];
    static const std::map<std::string, mustache::Helper, std::less<>> kNoHelpers;
    const mustache::Environment environment{templates_->partials, kNoHelpers, &templates_->recursive, 32};
    try {
        return mustache::render(found->second, data, environment);
    } catch (const mustache::PartialTooDeep& e) {
        throw Error(Error::Kind::Template, {templates_->files.at(e.partial()).string(), 0, 0, {}},
                    "the partial '" + e.partial() + "' includes itself without end (more than 32 levels)");
    }
}

}  // namespace kansli::cli
