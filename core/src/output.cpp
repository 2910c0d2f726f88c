#include <cstdio>
#include <fstream>
#include <system_error>

#include <unistd.h>

#include "kansli/error.hpp"
#include "kansli/render.hpp"

namespace kansli {

void write_file_atomically(const std::filesystem::path& file, const std::string& bytes) {
    namespace fs = std::filesystem;
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw Error(Error::Kind::Output, {dir.string(), 0, 0, {}}, "cannot create the folder: " + ec.message());
    const fs::path temporary = dir / ("." + file.filename().string() + ".tmp" + std::to_string(::getpid()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            fs::remove(temporary, ec);
            throw Error(Error::Kind::Output, {file.string(), 0, 0, {}}, "cannot write the file");
        }
    }
    fs::rename(temporary, file, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw Error(Error::Kind::Output, {file.string(), 0, 0, {}}, "cannot write the file: " + ec.message());
    }
}

}  // namespace kansli
