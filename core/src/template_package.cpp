#include "kansli/template_package.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <set>

#include "compiled_package.hpp"
#include "data_reader.hpp"
#include "file_read.hpp"
#include "image.hpp"
#include "input_schema.hpp"
#include "kansli/error.hpp"
#include "kansli/limits.hpp"
#include "kansli/locale.hpp"
#include "manifest.hpp"
#include "template_helpers.hpp"
#include "template_names.hpp"
#include "template_source.hpp"
#include "theme_json.hpp"

namespace kansli {

namespace fs = std::filesystem;

namespace {

const char* const kTemplateFile = "template.xml.mustache";
const char* const kPartialSuffix = ".xml.mustache";

std::string read_file(const fs::path& file) {
    try {
        return read_regular_file(file, Limits::from_environment().max_input_bytes, "KANSLI_MAX_INPUT_BYTES");
    } catch (const FileReadError& e) {
        throw Error(Error::Kind::Template, {file.string(), 0, 0, {}}, e.what());
    }
}

mustache::Template parse_template(const std::string& text, const fs::path& file) {
    try {
        return mustache::Template::parse(text);
    } catch (const mustache::SyntaxError& e) {
        throw Error(Error::Kind::Template, {file.string(), line_at(text, e.offset()), column_at(text, e.offset()), {}},
                    std::string("Mustache syntax: ") + e.what());
    }
}

void check_partial_references(const std::vector<mustache::Node>& nodes, const TemplateFile& file,
                              const CompiledPackage& compiled) {
    for (const auto& node : nodes) {
        check_partial_references(node.children, file, compiled);
        const bool names_template =
            node.kind == mustache::Node::Kind::partial || node.kind == mustache::Node::Kind::parent;
        if (!names_template || compiled.partials.count(node.text)) continue;
        const std::string& name = node.text;
        const auto slash = name.rfind('/');
        const bool package_name = slash != std::string::npos && name.find('/') == slash;
        const std::string expected =
            slash == std::string::npos
                ? "partials/" + name + kPartialSuffix + " in the package; partials are only read from there"
            : package_name
                ? "the template of the package " + name + ", which manifest.json must name in \"extends\""
                : "partials/" + name.substr(slash + 1) + kPartialSuffix + " in the package " + name.substr(0, slash) +
                      ", which manifest.json must name in partials_from";
        throw Error(Error::Kind::Template,
                    {file.path.string(), line_at(file.text, node.offset), column_at(file.text, node.offset), {}},
                    "the partial '" + name + "' does not exist (expected " + expected + ")");
    }
}

// "municipality/kind": two plain folder names. Letters outside ASCII are fine (örebro, håbo).
bool valid_name(const std::string& name) {
    const auto slash = name.find('/');
    if (slash == std::string::npos || name.find('/', slash + 1) != std::string::npos) return false;
    for (const std::string& part : {name.substr(0, slash), name.substr(slash + 1)}) {
        if (part.empty() || part == "." || part == "..") return false;
        for (unsigned char c : part)
            if (!(std::isalnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80)) return false;
    }
    return true;
}

// A package folder: its own template, or a manifest that names the package it extends.
// `ec` is set when the folder cannot be searched (not when it holds no package).
bool is_package(const fs::path& directory, std::error_code& ec) {
    return fs::is_regular_file(directory / kTemplateFile, ec) || fs::is_regular_file(directory / "manifest.json", ec);
}

bool is_package(const fs::path& directory) {
    std::error_code ec;
    return is_package(directory, ec);
}

}  // namespace

namespace {

// A file of the package, refused when it is not a regular file inside the package folder
// (a link to /etc/… would let a template read the machine's files).
fs::path package_file(const fs::path& directory, const std::string& relative) {
    try {
        const fs::path file = resolve_inside(directory, relative);
        if (!fs::is_regular_file(file)) throw std::invalid_argument("'" + relative + "' is not a file");
        return file;
    } catch (const std::invalid_argument& e) {
        throw Error(Error::Kind::Template, {(directory / relative).string(), 0, 0, {}}, e.what());
    }
}

}  // namespace

namespace {

// Reads partials/*.xml.mustache of the package in `directory`. With a prefix
// ("katrineholm/kallelse/") the names get the prefix, and so do the partials' tags naming each
// other in the parsed templates, so a sibling's partials keep finding their own; the texts stay
// as the files have them (messages and the template locator point into the files).
void read_partials(const fs::path& directory, const std::string& prefix, CompiledPackage& compiled) {
    const fs::path partial_dir = directory / "partials";
    if (!fs::is_directory(partial_dir)) return;
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(partial_dir)) found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    for (const auto& file : found) {
        const std::string filename = file.filename().string();
        if (filename.size() <= std::strlen(kPartialSuffix) || !filename.ends_with(kPartialSuffix)) continue;
        std::string text = read_file(package_file(directory, "partials/" + filename));
        mustache::Template parsed = parse_template(text, file);
        parsed.qualify_partials(prefix);
        const std::string name = prefix + filename.substr(0, filename.size() - std::strlen(kPartialSuffix));
        // A package's own partial replaces the one of that name it inherits.
        compiled.partials.insert_or_assign(name, std::move(parsed));
        compiled.partial_files.insert_or_assign(name, TemplateFile{std::move(text), file});
    }
}

// The templates folder a package sits in: <folder>/<municipality>/<kind>.
fs::path templates_folder_of(const fs::path& directory) {
    fs::path own = directory.lexically_normal();
    if (own.filename().empty()) own = own.parent_path();
    return own.parent_path().parent_path();
}

// The partials of a sibling package named in manifest.json, found in the same templates folder
// as this package (never on other paths, never outside the folder).
void read_sibling_partials(const fs::path& directory, const std::string& sibling, const fs::path& manifest_file,
                           std::size_t index, CompiledPackage& compiled) {
    const std::string where = "/partials_from/" + std::to_string(index);
    if (!valid_name(sibling))
        throw Error(Error::Kind::Template, {manifest_file.string(), 0, 0, where},
                    "'" + sibling + "' is not a package name; names look like katrineholm/kallelse");
    const fs::path root = templates_folder_of(directory);
    fs::path sibling_dir;
    try {
        sibling_dir = resolve_inside(root, sibling);
    } catch (const std::invalid_argument& e) {
        throw Error(Error::Kind::Template, {manifest_file.string(), 0, 0, where}, e.what());
    }
    if (!is_package(sibling_dir))
        throw Error(Error::Kind::Template, {manifest_file.string(), 0, 0, where},
                    "no package '" + sibling + "' next to this one (looked in " + (root / sibling).string() + ")");
    read_partials(sibling_dir, sibling + "/", compiled);
}

}  // namespace

// Packages extend each other at most this deep (a chain longer than this is a mistake).
constexpr std::size_t kMaxExtends = 8;

namespace {

[[noreturn]] void fail_extends(const fs::path& manifest_file, const std::string& message) {
    throw Error(Error::Kind::Template, {manifest_file.string(), 0, 0, "/extends"}, message);
}

// The package that manifest.json's "extends" names: the first of that name along the search
// path (or in this package's templates folder) that is not the extending package itself, so a
// folder of one's own may extend a bundled package of the same name. `chain` holds the
// packages being opened, the extending one last.
fs::path find_parent(const std::string& parent, const fs::path& directory, const std::vector<fs::path>& search_path,
                     const std::vector<fs::path>& chain, const fs::path& manifest_file) {
    if (!valid_name(parent))
        fail_extends(manifest_file, "'" + parent + "' is not a package name; names look like botkyrka/tjansteskrivelse");
    if (chain.size() > kMaxExtends)
        fail_extends(manifest_file,
                     "packages extend each other more than " + std::to_string(kMaxExtends) + " levels deep here");
    const std::vector<fs::path> roots = search_path.empty() ? std::vector{templates_folder_of(directory)} : search_path;
    for (const fs::path& root : roots) {
        const fs::path candidate = root / parent;
        if (!is_package(candidate)) continue;
        const fs::path canonical = fs::weakly_canonical(candidate);
        if (canonical == chain.back()) continue;
        if (std::find(chain.begin(), chain.end(), canonical) != chain.end())
            fail_extends(manifest_file,
                         "'" + parent + "' extends, through its own manifest, the package that extends it: a circle");
        return candidate;
    }
    std::string looked;
    // Whole paths: a folder named on the command line as "packages" reads as a word otherwise.
    for (const fs::path& root : roots) looked += "\n  " + fs::absolute(root).lexically_normal().string();
    fail_extends(manifest_file, "no package '" + parent + "' to extend; looked in:" + looked);
}

// The lint rules a package sets, with its parent's where it sets none.
LintRules inherited_lint(LintRules own, const LintRules& parent) {
    if (own.meeting_date.empty()) own.meeting_date = parent.meeting_date;
    if (own.any_year.empty()) own.any_year = parent.any_year;
    return own;
}

}  // namespace

std::filesystem::path TemplatePackage::template_file() const { return compiled_->main_file.path; }

const std::vector<fs::path>& TemplatePackage::parent_directories() const { return compiled_->parent_directories; }

TemplatePackage TemplatePackage::open(const fs::path& directory, std::string name,
                                      const std::vector<fs::path>& search_path) {
    std::vector<fs::path> chain;
    return open_extending(directory, std::move(name), search_path, chain);
}

TemplatePackage TemplatePackage::open_extending(const fs::path& directory, std::string name,
                                                const std::vector<fs::path>& search_path, std::vector<fs::path>& chain) {
    TemplatePackage package;
    package.name_ = std::move(name);
    package.directory_ = directory;
    const fs::path manifest_file = directory / "manifest.json";
    if (fs::exists(manifest_file)) package_file(directory, "manifest.json");
    package.manifest_ = load_manifest(manifest_file, package.name_);

    std::optional<TemplatePackage> parent;
    if (!package.manifest_.extends.empty()) {
        chain.push_back(fs::weakly_canonical(directory));
        const fs::path parent_dir = find_parent(package.manifest_.extends, directory, search_path, chain, manifest_file);
        parent = open_extending(parent_dir, package.manifest_.extends, search_path, chain);
    }
    const fs::path main = directory / kTemplateFile;
    if (!fs::is_regular_file(main) && !parent)
        throw Error(Error::Kind::Template, {directory.string(), 0, 0, {}},
                    std::string("not a template package: ") + kTemplateFile + " is missing");

    auto compiled = std::make_shared<CompiledPackage>();
    nlohmann::json theme_source = nlohmann::json::object();
    if (parent) {
        // Everything the parent has, its main template too: a partial (and parent) named after
        // the package, which this package's template may take with {{<botkyrka/tjansteskrivelse}}.
        const CompiledPackage& inherited = *parent->compiled_;
        *compiled = inherited;
        compiled->partials.insert_or_assign(parent->name_, inherited.main);
        compiled->partial_files.insert_or_assign(parent->name_, inherited.main_file);
        compiled->parent_directories.insert(compiled->parent_directories.begin(), parent->directory_);
        theme_source = inherited.theme_source;
        package.manifest_.lint = inherited_lint(package.manifest_.lint, parent->manifest_.lint);
    }
    if (fs::is_regular_file(main)) {
        package_file(directory, kTemplateFile);
        compiled->main_file = {read_file(main), main};
        compiled->main = parse_template(compiled->main_file.text, main);
    }

    read_partials(directory, {}, *compiled);
    for (std::size_t i = 0; i < package.manifest_.partials_from.size(); ++i)
        read_sibling_partials(directory, package.manifest_.partials_from[i], manifest_file, i, *compiled);
    check_partial_references(compiled->main.nodes(), compiled->main_file, *compiled);
    for (const auto& [partial, file] : compiled->partial_files)
        check_partial_references(compiled->partials.at(partial).nodes(), file, *compiled);
    compiled->recursive_partials = mustache::recursive_partials(compiled->partials);

    const fs::path schema_file = directory / "input.schema.json";
    if (fs::is_regular_file(schema_file)) {
        package_file(directory, "input.schema.json");
        nlohmann::json own;
        try {
            own = detail::load_data(schema_file);
        } catch (const Error& e) {
            throw Error(Error::Kind::Template, e.where(), e.message());
        }
        // Key by key: what this package's description says replaces its parent's; null removes.
        if (parent)
            compiled->input_schema.merge_patch(own);
        else
            compiled->input_schema = std::move(own);
    } else if (!parent) {
        throw Error(Error::Kind::Template, {schema_file.string(), 0, 0, {}},
                    "the package has no input description (input.schema.json)");
    }
    const auto problems = check_input_schema(compiled->input_schema);
    if (!problems.empty())
        throw Error(Error::Kind::Template, {schema_file.string(), 0, 0, problems.front().json_path},
                    problems.front().message);
    compiled->input.emplace(compiled->input_schema);
    package.title_ = compiled->input_schema.value("title", "");
    package.description_ = compiled->input_schema.value("description", "");

    const fs::path theme_file = directory / "theme.json";
    if (fs::exists(theme_file)) {
        package_file(directory, "theme.json");
        theme_source.merge_patch(read_theme_json(theme_file));
    }
    std::vector<fs::path> image_dirs{directory};
    image_dirs.insert(image_dirs.end(), compiled->parent_directories.begin(), compiled->parent_directories.end());
    package.theme_ = theme_from_json(theme_source, theme_file.string(), image_dirs);
    compiled->theme_source = std::move(theme_source);
    compiled->helpers = template_helpers(package.theme_);
    check_template_names(*compiled, compiled->input_schema);
    package.compiled_ = std::move(compiled);
    return package;
}

TemplateSearchPath::TemplateSearchPath(std::vector<fs::path> roots) : roots_(std::move(roots)) {}

TemplatePackage TemplateSearchPath::find(const std::string& name) const {
    if (!valid_name(name))
        throw Error(Error::Kind::Usage, {},
                    "'" + name + "' is not a template name; names look like katrineholm/kallelse");
    for (const auto& root : roots_) {
        const fs::path dir = root / name;
        std::error_code ec;
        if (is_package(dir, ec)) return TemplatePackage::open(dir, name, roots_);
        // A folder on the path that cannot be searched hides what may be there: say so rather
        // than look further and find another package of that name, or none.
        if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory)
            throw Error(Error::Kind::Template, {dir.string(), 0, 0, {}}, "cannot read the folder: " + ec.message());
    }
    std::string looked;
    for (const auto& root : roots_) looked += "\n  " + root.string();
    if (looked.empty()) looked = " (no template folders: use --templates DIR or KANSLI_TEMPLATE_PATH)";
    throw Error(Error::Kind::Usage, {}, "no template package '" + name + "' found; looked in:" + looked);
}

std::vector<std::string> TemplateSearchPath::names() const {
    std::set<std::string> seen;
    for (const auto& root : roots_) {
        std::error_code ec;
        if (!fs::is_directory(root, ec)) continue;
        for (const auto& municipality : fs::directory_iterator(root, ec)) {
            if (!municipality.is_directory(ec)) continue;
            for (const auto& kind : fs::directory_iterator(municipality.path(), ec)) {
                if (!is_package(kind.path(), ec)) continue;
                const std::string name =
                    municipality.path().filename().string() + "/" + kind.path().filename().string();
                if (valid_name(name)) seen.insert(name);
            }
        }
    }
    std::vector<std::string> out(seen.begin(), seen.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const std::string& a, const std::string& b) { return sv::collate_less(a, b); });
    return out;
}

}  // namespace kansli
