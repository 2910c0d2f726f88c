// Fuzz target: the document XML reader (libxml2 parse, RelaxNG check, the model's own checks),
// with figures resolved inside a real package folder.
#include "fuzz_support.hpp"
#include "kansli/kansli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kansli::XmlSource source{"fuzz.xml",
                                          kansli::fuzz::source_dir() / "templates/katrineholm/arsredovisning"};
    kansli::fuzz::expecting_only_kansli_errors(
        [&] { kansli::read_document_xml(kansli::fuzz::as_text(data, size), source); });
    return 0;
}
