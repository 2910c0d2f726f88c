// Helpers shared by the tests: temporary folders, files, and running the kansli command.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "kansli/error.hpp"

namespace kansli::test {

namespace fs = std::filesystem;

// A fresh folder under the system's temp dir, removed with everything in it at scope exit.
class TempDir {
public:
    TempDir() {
        std::random_device seed;
        path_ = fs::temp_directory_path() / ("kansli-test-" + std::to_string(seed()) + std::to_string(seed()));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

inline std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline void write_file(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

inline std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct CommandResult {
    int exit_code = -1;
    std::string out;  // standard output and standard error together
};

// Runs a shell command; the environment is the test's own.
inline CommandResult run(const std::string& command) {
    CommandResult result;
    struct PipeClose {
        void operator()(FILE* f) const {
            if (f) pclose(f);
        }
    };
    FILE* raw = popen((command + " 2>&1").c_str(), "r");
    if (raw == nullptr) return result;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), raw)) > 0) result.out.append(buffer.data(), n);
    const int status = pclose(raw);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

// The kansli::Error that `action` throws; a test failure when it throws none.
template <typename Action>
kansli::Error error_from(Action&& action) {
    try {
        action();
    } catch (const kansli::Error& e) {
        return e;
    }
    ADD_FAILURE() << "expected a kansli::Error";
    return kansli::Error(kansli::Error::Kind::Usage, {}, "no error");
}

// CI=true: every tool the tests use must be there, so a missing one fails instead of skipping.
inline bool under_ci() {
    const char* ci = std::getenv("CI");
    return ci != nullptr && std::string(ci) == "true";
}

// The folder with validate-html, validate-docx, validate-odt and render-check: the
// KANSLI_VALIDATORS_DIR environment variable, else the CMake option of the same name.
inline fs::path validators_dir() {
    const char* configured = std::getenv("KANSLI_VALIDATORS_DIR");
    return configured != nullptr ? fs::path(configured) : fs::path(KANSLI_VALIDATORS_DIR);
}

// Collapses every run of ASCII white space to one space and trims; non-breaking spaces are
// kept, since the writers must carry the core's U+00A0 as it is.
inline std::string normalise_space(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

inline bool have_command(const std::string& name) {
    return run("command -v " + shell_quote(name) + " >/dev/null").exit_code == 0;
}

// The main text of a written file: the HTML itself, or the body (and footnote) parts inside a
// DOCX or ODT package, read with unzip.
inline std::string main_text(const std::string& format, const std::string& bytes) {
    if (format != "docx" && format != "odt") return bytes;
    const TempDir dir;
    const fs::path file = dir / ("file." + format);
    write_file(file, bytes);
    // DOCX keeps footnotes in a part of their own.
    const std::string parts = format == "docx" ? "word/document.xml word/footnotes.xml" : "content.xml";
    return run("unzip -p " + shell_quote(file.string()) + " " + parts + " 2>/dev/null").out;
}

inline fs::path source_dir() { return KANSLI_SOURCE_DIR; }
inline fs::path fixtures_dir() { return KANSLI_FIXTURES_DIR; }

// The bundled template packages that have an example ("katrineholm/kallelse", …), sorted.
inline std::vector<std::string> bundled_packages() {
    std::vector<std::string> names;
    for (const auto& municipality : fs::directory_iterator(source_dir() / "templates"))
        if (municipality.is_directory())
            for (const auto& kind : fs::directory_iterator(municipality.path()))
                if (fs::exists(kind.path() / "example.json"))
                    names.push_back(municipality.path().filename().string() + "/" + kind.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace kansli::test

// Skips the test when a tool it needs is missing, or fails it under CI (a skipped check must
// never pass for a real one there).
#define KANSLI_REQUIRE_TOOL(available, what)                                             \
    do {                                                                                 \
        if (!(available)) {                                                              \
            if (::kansli::test::under_ci()) FAIL() << (what) << " is required under CI"; \
            GTEST_SKIP() << (what) << " not found";                                      \
        }                                                                                \
    } while (0)
