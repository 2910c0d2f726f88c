// The names of what a published site holds: folder and file names made from text, and file
// names handed out once each within a site.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace kansli::cli {

// A name part from any text: ASCII letters and digits, å/ä → a, ö → o, é → e, the rest "-".
std::string slug(std::string_view text);

// Hands out file names, each once: "dir/stem.ext", then "dir/stem-2.ext", "dir/stem-3.ext", …
// The work is linear in the names handed out, however many share a stem.
class FileNames {
public:
    std::string take(const std::string& dir, const std::string& stem, const std::string& extension);

private:
    std::set<std::string> taken_;
    std::map<std::string, int> next_number_;  // by "dir/stem.ext": where the search for a free number resumes
};

}  // namespace kansli::cli
