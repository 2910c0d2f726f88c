// Fuzz target: large and deeply nested Markdown fields, through the markdown helpers into a
// document, and the document through every writer plugin the build has (HTML, DOCX, ODT,
// Markdown; PDF where it compiles, see CMakeLists.txt).
// Small inputs make large ones: the first two bytes are a repeat count r (up to 4 095), the
// rest is split at the first two NUL bytes into prefix, middle and suffix, and the field is
// prefix × r, middle, suffix × r. So "*a " / "b" / "*" is emphasis 4 095 deep, "|a" / "\n" /
// "|-" a table 4 095 wide, and libFuzzer finds the shapes that blow up a parser or a writer
// without having to write them out byte by byte.
#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "kansli/kansli.hpp"

namespace {

std::string field_from(std::string_view bytes) {
    if (bytes.size() < 2) return std::string(bytes);
    const std::size_t repeat = (static_cast<unsigned char>(bytes[0]) << 4 | static_cast<unsigned char>(bytes[1]) >> 4);
    bytes.remove_prefix(2);
    const auto first = bytes.find('\0');
    const auto second = first == std::string_view::npos ? first : bytes.find('\0', first + 1);
    if (second == std::string_view::npos) return std::string(bytes);
    const std::string_view prefix = bytes.substr(0, first);
    const std::string_view middle = bytes.substr(first + 1, second - first - 1);
    const std::string_view suffix = bytes.substr(second + 1);
    std::string field;
    field.reserve((prefix.size() + suffix.size()) * repeat + middle.size());
    for (std::size_t i = 0; i < repeat; ++i) field += prefix;
    field += middle;
    for (std::size_t i = 0; i < repeat; ++i) field += suffix;
    return field;
}

const kansli::PluginRegistry& writers() {
    static const kansli::PluginRegistry registry = [] {
        kansli::PluginRegistry loaded;
        loaded.load_directory(KANSLI_PLUGIN_BUILD_DIR);
        return loaded;
    }();
    return registry;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kansli::TemplatePackage package =
        kansli::TemplatePackage::open(kansli::fuzz::source_dir() / "fuzz/package/fuzz/markdown", "fuzz/markdown");
    kansli::fuzz::expecting_only_kansli_errors([&] {
        const nlohmann::json text = field_from(kansli::fuzz::as_text(data, size));
        const kansli::Data json = kansli::parse_data(
            nlohmann::json{{"text", text}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "fuzz.json");
        const kansli::Document document = kansli::build_document(package, json, "fuzz.json");
        for (const auto* plugin : writers().plugins()) plugin->writer->write(document, package.theme());
    });
    return 0;
}
