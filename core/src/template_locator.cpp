#include "template_locator.hpp"

#include <sstream>
#include <vector>

#include "compiled_package.hpp"

namespace kansli {

namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

// The literal pieces of a template line: text outside {{…}} tags.
std::vector<std::string> literals(const std::string& line) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < line.size()) {
        const auto open = line.find("{{", at);
        const std::string piece = trim(line.substr(at, open == std::string::npos ? std::string::npos : open - at));
        if (!piece.empty()) out.push_back(piece);
        if (open == std::string::npos) break;
        const auto close = line.find("}}", open + 2);
        if (close == std::string::npos) break;
        at = close + 2;
        if (at < line.size() && line[at] == '}') ++at;  // triple mustache
    }
    return out;
}

// Length of literal text that occurs, in order, in the rendered line; 0 when any piece is missing.
std::size_t match_score(const std::vector<std::string>& pieces, const std::string& rendered) {
    std::size_t at = 0;
    std::size_t score = 0;
    for (const auto& piece : pieces) {
        const auto found = rendered.find(piece, at);
        if (found == std::string::npos) return 0;
        at = found + piece.size();
        score += piece.size();
    }
    return score;
}

}  // namespace

Error locate_template_error(const TemplatePackage& package, const std::string& rendered, const Error& error) {
    const auto lines = split_lines(rendered);
    const int line = error.where().line;
    if (line <= 0 || static_cast<std::size_t>(line) > lines.size()) return error;
    const std::string rendered_line = trim(lines[static_cast<std::size_t>(line) - 1]);

    std::string best_file;
    int best_line = 0;
    std::size_t best_score = 0;
    const auto search = [&](const TemplateFile& file) {
        const auto template_lines = split_lines(file.text);
        for (std::size_t i = 0; i < template_lines.size(); ++i) {
            const auto score = match_score(literals(template_lines[i]), rendered_line);
            if (score > best_score) {
                best_score = score;
                best_file = file.path.string();
                best_line = static_cast<int>(i + 1);
            }
        }
    };
    const CompiledPackage& compiled = CompiledPackage::of(package);
    search(compiled.main_file);
    for (const auto& [name, file] : compiled.partial_files) search(file);

    std::string excerpt = rendered_line.size() > 160 ? rendered_line.substr(0, 157) + "..." : rendered_line;
    const std::string message = error.message() + "\n  rendered line " + std::to_string(line) + ": " + excerpt;
    if (best_score == 0) return Error(error.kind(), {package.template_file().string(), 0, 0, {}}, message);
    return Error(error.kind(), {best_file, best_line, 0, {}}, message);
}

}  // namespace kansli
