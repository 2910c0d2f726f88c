#include "kansli/template_package.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
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
#include "template_source.hpp"

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
        if (node.kind != mustache::Node::Kind::partial || compiled.partials.count(node.text)) continue;
        const std::string& name = node.text;
        const auto slash = name.rfind('/');
        const std::string expected =
            slash == std::string::npos
                ? "partials/" + name + kPartialSuffix + " in the package; partials are only read from there"
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
        compiled.partials.emplace(name, std::move(parsed));
        compiled.partial_files.emplace(name, TemplateFile{std::move(text), file});
    }
}

// The partials of a sibling package named in manifest.json, found in the same templates folder
// as this package (never on other paths, never outside the folder).
void read_sibling_partials(const fs::path& directory, const std::string& sibling, const fs::path& manifest_file,
                           std::size_t index, CompiledPackage& compiled) {
    const std::string where = "/partials_from/" + std::to_string(index);
    if (!valid_name(sibling))
        throw Error(Error::Kind::Template, {manifest_file.string(), 0, 0, where},
                    "'" + sibling + "' is not a package name; names look like katrineholm/kallelse");
    fs::path own = directory.lexically_normal();
    if (own.filename().empty()) own = own.parent_path();
    const fs::path root = own.parent_path().parent_path();
    fs::path sibling_dir;
    try {
        sibling_dir = resolve_inside(root, sibling);
    } catch (const std::invalid_argument& e) {
        throw Error(Error::Kind::Template, {manifest_file.string(), 0, 0, where}, e.what());
    }
    if (!fs::is_regular_file(sibling_dir / kTemplateFile))
        throw Error(Error::Kind::Template, {manifest_file.string(), 0, 0, where},
                    "no package '" + sibling + "' next to this one (looked in " + (root / sibling).string() + ")");
    read_partials(sibling_dir, sibling + "/", compiled);
}

}  // namespace

TemplatePackage TemplatePackage::open(const fs::path& directory, std::string name) {
    TemplatePackage package;
    package.name_ = std::move(name);
    package.directory_ = directory;
    const fs::path main = directory / kTemplateFile;
    if (!fs::is_regular_file(main))
        throw Error(Error::Kind::Template, {directory.string(), 0, 0, {}},
                    std::string("not a template package: ") + kTemplateFile + " is missing");
    package_file(directory, kTemplateFile);
    auto compiled = std::make_shared<CompiledPackage>();
    compiled->main_file = {read_file(main), main};
    compiled->main = parse_template(compiled->main_file.text, main);

    const fs::path manifest_file = directory / "manifest.json";
    if (fs::exists(manifest_file)) package_file(directory, "manifest.json");
    package.manifest_ = load_manifest(manifest_file, package.name_);
    read_partials(directory, {}, *compiled);
    for (std::size_t i = 0; i < package.manifest_.partials_from.size(); ++i)
        read_sibling_partials(directory, package.manifest_.partials_from[i], manifest_file, i, *compiled);
    check_partial_references(compiled->main.nodes(), compiled->main_file, *compiled);
    for (const auto& [partial, file] : compiled->partial_files)
        check_partial_references(compiled->partials.at(partial).nodes(), file, *compiled);
    compiled->recursive_partials = mustache::recursive_partials(compiled->partials);

    const fs::path schema_file = directory / "input.schema.json";
    if (!fs::is_regular_file(schema_file))
        throw Error(Error::Kind::Template, {schema_file.string(), 0, 0, {}},
                    "the package has no input description (input.schema.json)");
    package_file(directory, "input.schema.json");
    try {
        compiled->input_schema = detail::load_data(schema_file);
    } catch (const Error& e) {
        throw Error(Error::Kind::Template, e.where(), e.message());
    }
    const auto problems = check_input_schema(compiled->input_schema);
    if (!problems.empty())
        throw Error(Error::Kind::Template, {schema_file.string(), 0, 0, problems.front().json_path},
                    problems.front().message);
    compiled->input.emplace(compiled->input_schema);
    package.title_ = compiled->input_schema.value("title", "");
    package.description_ = compiled->input_schema.value("description", "");
    if (fs::exists(directory / "theme.json")) package_file(directory, "theme.json");
    package.theme_ = load_theme(directory / "theme.json", directory);
    compiled->helpers = template_helpers(package.theme_);
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
        if (fs::is_regular_file(dir / kTemplateFile, ec)) return TemplatePackage::open(dir, name);
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
                if (!fs::is_regular_file(kind.path() / kTemplateFile, ec)) continue;
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
