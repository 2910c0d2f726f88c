// Shared by the reliability tests: running `kansli render` on the test package with given data,
// and reading the text a rendered file shows.
#pragma once

#include <sys/types.h>
#include <unistd.h>

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

}  // namespace kansli::test
