// Shared by the reliability tests: running `kansli render` on the test package with given data,
// and reading the text a rendered file shows.
#pragma once

#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "package_reading.hpp"
#include "test_support.hpp"

namespace kansli::test {

// The test package's data with `title` and `summary` replaced, and `decisions` decisions.
inline std::string memo_data(const std::string& title_json, const std::string& summary_json = "\"Sammanfattning.\"",
                             int decisions = 2, const std::string& decision_text = "Beslut") {
    std::string list;
    for (int i = 0; i < decisions; ++i)
        list += std::string(i == 0 ? "" : ",") + "{\"text\": \"" + decision_text + " " + std::to_string(i) + "\"}";
    return "{\"title\": " + title_json +
           ", \"date\": \"2021-02-09\", \"time\": \"15:00\", \"amount\": 1234,"
           " \"summary\": " +
           summary_json + ", \"decisions\": [" + list + "]}";
}

// The shell command that renders DATA with the test package into OUT in FORMATS.
inline std::string render_command(const fs::path& data, const fs::path& out, const std::string& formats) {
    return shell_quote(KANSLI_CLI) + " render " + shell_quote(data.string()) +
           " --template testkommun/memo --templates " + shell_quote((fixtures_dir() / "packages").string()) +
           " --format " + formats + " --out " + shell_quote(out.string());
}

// XML or HTML text with the markup removed and the entities decoded: what a reader sees, in
// order.
inline std::string visible_text(const std::string& markup) {
    std::string text;
    for (std::size_t i = 0; i < markup.size();) {
        if (markup[i] == '<') {
            const auto end = markup.find('>', i);
            if (end == std::string::npos) break;
            i = end + 1;
        } else {
            text += markup[i++];
        }
    }
    return decode_entities(text);
}

// The markup of a rendered file that carries its text: the HTML itself, word/document.xml of
// a DOCX, content.xml of an ODT.
inline std::string text_markup(const fs::path& file) {
    const std::string bytes = read_file(file);
    const auto extension = file.extension().string();
    if (extension == ".docx") return unzip(bytes).parts["word/document.xml"];
    if (extension == ".odt") return unzip(bytes).parts["content.xml"];
    return bytes;
}

// Starts the shell command in a process of its own (the shell replaced by it, so the pid is
// the command's), its output discarded: for tests that kill or measure it. -1 when fork fails.
inline pid_t start(const std::string& command) {
    const pid_t child = fork();
    if (child == 0) {
        const std::string line = "exec " + command + " >/dev/null 2>&1";
        execl("/bin/sh", "sh", "-c", line.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    return child;
}

// What a command took: its exit code, wall-clock and processor time, and largest resident set.
struct Measured {
    int exit_code = -1;
    double seconds = 0;
    double cpu_seconds = 0;  // user and system: what the command did, whatever else the machine does
    double megabytes = 0;
};

// Runs the shell command in a child (start() below) and measures it with wait4's rusage.
inline Measured measure(const std::string& command) {
    Measured m;
    const auto started = std::chrono::steady_clock::now();
    const pid_t child = start(command);
    int status = 0;
    struct rusage usage {};
    wait4(child, &status, 0, &usage);
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const auto seconds_of = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    m.cpu_seconds = seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime);
    m.megabytes = static_cast<double>(usage.ru_maxrss) / 1024.0;
    m.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

#ifdef KANSLI_TIMEOUT_SCALE
// The bounds docs/reliability.md states for pathological input; sanitized builds run slower
// and larger.
constexpr double kBoundSeconds = 2.0 * KANSLI_TIMEOUT_SCALE;
constexpr double kBoundMegabytes = 512.0 * KANSLI_TIMEOUT_SCALE;
#endif

}  // namespace kansli::test
