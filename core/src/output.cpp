#include <unistd.h>

#include <fstream>
#include <system_error>

#include "kansli/error.hpp"
#include "kansli/render.hpp"

namespace kansli {

namespace fs = std::filesystem;

namespace {

fs::path temporary_for(const fs::path& file) {
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    return dir / ("." + file.filename().string() + ".tmp" + std::to_string(::getpid()));
}

void remove_quietly(const std::vector<fs::path>& files) {
    for (const auto& f : files) {
        std::error_code ignored;
        fs::remove(f, ignored);
    }
}

void write_temporary(const fs::path& file, const fs::path& temporary, const std::string& bytes) {
    std::error_code ec;
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    fs::create_directories(dir, ec);
    if (ec) throw Error(Error::Kind::Output, {dir.string(), 0, 0, {}}, "cannot create the folder: " + ec.message());
    if (fs::is_directory(file, ec))
        throw Error(Error::Kind::Output, {file.string(), 0, 0, {}}, "cannot write the file: a folder has that name");
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) throw Error(Error::Kind::Output, {file.string(), 0, 0, {}}, "cannot write the file");
}

}  // namespace

void write_files_atomically(const std::vector<std::pair<fs::path, std::string>>& files) {
    // Every file is written in full under a temporary name first; only when all of them are
    // there are they renamed into place. A failure before that leaves nothing behind.
    std::vector<fs::path> temporaries;
    try {
        for (const auto& [file, bytes] : files) {
            temporaries.push_back(temporary_for(file));
            write_temporary(file, temporaries.back(), bytes);
        }
    } catch (...) {
        remove_quietly(temporaries);
        throw;
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::error_code ec;
        fs::rename(temporaries[i], files[i].first, ec);
        if (ec) {
            remove_quietly({temporaries.begin() + static_cast<std::ptrdiff_t>(i), temporaries.end()});
            throw Error(Error::Kind::Output, {files[i].first.string(), 0, 0, {}},
                        "cannot write the file: " + ec.message());
        }
    }
}

void write_file_atomically(const fs::path& file, const std::string& bytes) { write_files_atomically({{file, bytes}}); }

}  // namespace kansli
