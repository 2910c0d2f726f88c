// Fuzz target: a Markdown text field, through the markdown and markdown_inline helpers of a
// fixed package (fuzz/package/fuzz/markdown), into a document. The bytes go straight into
// the data (no JSON), so every string the JSON reader lets through reaches cmark-gfm.
#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "kansli/kansli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kansli::TemplatePackage package =
        kansli::TemplatePackage::open(kansli::fuzz::source_dir() / "fuzz/package/fuzz/markdown", "fuzz/markdown");
    kansli::fuzz::expecting_only_kansli_errors([&] {
        // As from a JSON file: the reader refuses invalid UTF-8 and characters XML cannot carry.
        const nlohmann::json text = std::string(kansli::fuzz::as_text(data, size));
        const kansli::Data json = kansli::parse_data(
            nlohmann::json{{"text", text}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "fuzz.json");
        kansli::build_document(package, json, "fuzz.json");
    });
    return 0;
}
