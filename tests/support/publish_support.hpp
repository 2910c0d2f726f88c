// Shared by the tests of `kansli publish`: copies of the example meeting folder to change, and
// the command run on them into a site folder.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace kansli::test {

inline fs::path example_meeting() { return source_dir() / "examples/mote-socialnamnden-2021-02-09"; }
// The example meeting's folder in a site: body, then date.
inline const fs::path kExampleMeetingDir = "socialnamnden/2021-02-09";

// Replaces the first `from` by `to` in the folder's meeting.json.
inline void edit_manifest(const fs::path& folder, const std::string& from, const std::string& to) {
    std::string text = read_file(folder / "meeting.json");
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    write_file(folder / "meeting.json", text);
}

// Every file below `folder` (links not followed) with its bytes, by path relative to it.
inline std::map<std::string, std::string> files_below(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            files[fs::relative(entry.path(), folder).generic_string()] = read_file(entry.path());
    return files;
}

struct PublishTest : ::testing::Test {
    TempDir work;
    fs::path site() const { return work / "site"; }

    // A copy of the example meeting that a test may change: another day or body makes it
    // another meeting.
    fs::path meeting(const std::string& name, const std::string& date = "2021-02-09",
                     const std::string& body = "Socialnämnden") const {
        const fs::path copy = work / name;
        fs::copy(example_meeting(), copy, fs::copy_options::recursive);
        if (date != "2021-02-09") edit_manifest(copy, "\"2021-02-09\"", "\"" + date + "\"");
        if (body != "Socialnämnden") edit_manifest(copy, "\"Socialnämnden\"", "\"" + body + "\"");
        return copy;
    }
    CommandResult kansli(const std::string& arguments) const { return run(shell_quote(KANSLI_CLI) + " " + arguments); }
    CommandResult publish(const std::vector<fs::path>& folders, const std::string& extra = "") const {
        std::string args;
        for (const auto& folder : folders) args += " " + shell_quote(folder.string());
        return kansli("publish" + args + " --out " + shell_quote(site().string()) + " " + extra);
    }
    // Hidden folders a publish left beside the site.
    std::vector<fs::path> leftovers() const {
        std::vector<fs::path> found;
        for (const auto& entry : fs::directory_iterator(work.path()))
            if (entry.path().filename().string().find(".kansli-") != std::string::npos) found.push_back(entry.path());
        return found;
    }
};

}  // namespace kansli::test
