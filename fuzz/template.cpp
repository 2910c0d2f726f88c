// Fuzz target: template text. The input is a main template and, after the first NUL byte, the
// text of a partial named "part"; both are written into a copy of the test package and
// rendered with its example data. Checks the Mustache syntax checks, partial references and
// the recursion guard, and the document XML the template makes.
#include <unistd.h>

#include <fstream>

#include "fuzz_support.hpp"
#include "kansli/kansli.hpp"

namespace {

namespace fs = std::filesystem;

fs::path working_package() {
    const fs::path dir = fs::temp_directory_path() / ("kansli-fuzz-template-" + std::to_string(::getpid())) / "memo";
    fs::create_directories(dir / "partials");
    const fs::path source = kansli::fuzz::source_dir() / "tests/fixtures/packages/testkommun/memo";
    for (const char* file : {"input.schema.json", "theme.json", "logo.png", "example.json"})
        fs::copy_file(source / file, dir / file, fs::copy_options::overwrite_existing);
    fs::copy_file(source / "partials/decision.xml.mustache", dir / "partials/decision.xml.mustache",
                  fs::copy_options::overwrite_existing);
    return dir;
}

void write(const fs::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fs::path dir = working_package();
    static const kansli::Data example = kansli::load_data(dir / "example.json");
    const std::string_view input = kansli::fuzz::as_text(data, size);
    const auto split = input.find('\0');
    write(dir / "template.xml.mustache", input.substr(0, split));
    write(dir / "partials/part.xml.mustache", split == std::string_view::npos ? "" : input.substr(split + 1));
    kansli::fuzz::expecting_only_kansli_errors([&] {
        const kansli::TemplatePackage package = kansli::TemplatePackage::open(dir, "testkommun/memo");
        kansli::build_document(package, example, "example.json");
    });
    return 0;
}
