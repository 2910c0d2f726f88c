// Fuzz target: JSON text → data → a real package's document (katrineholm/kallelse, the one
// with the most helpers and partials). Checks the JSON reader, the data check against the
// input description, the Mustache rendering of the data and the document XML reader.
#include "fuzz_support.hpp"
#include "kansli/kansli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kansli::TemplatePackage package = kansli::TemplatePackage::open(
        kansli::fuzz::source_dir() / "templates/katrineholm/kallelse", "katrineholm/kallelse");
    kansli::fuzz::expecting_only_kansli_errors([&] {
        const kansli::Data json = kansli::parse_data(kansli::fuzz::as_text(data, size), "fuzz.json");
        kansli::build_document(package, json, "fuzz.json");
    });
    return 0;
}
