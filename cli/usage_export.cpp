// kansli-usage-export: what the build makes from the option table (usage.hpp) besides the
// command's own help: the bash completion script, and the commands with their one-line
// summaries, which name the man pages (cmake/man-pages.cmake).
// usage: kansli-usage-export bash-completion FILE | commands
#include <fstream>
#include <iostream>
#include <string_view>

#include "bash_completion.hpp"
#include "usage.hpp"

int main(int argc, char** argv) {
    const std::string_view what = argc >= 2 ? argv[1] : "";
    if (what == "bash-completion" && argc == 3) {
        std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
        kansli::cli::write_bash_completion(out);
        return out.flush() ? 0 : 5;
    }
    if (what == "commands" && argc == 2) {
        for (const auto& command : kansli::cli::all_commands())
            std::cout << command.name << '\t' << command.summary << '\n';
        return std::cout.flush() ? 0 : 5;
    }
    std::cerr << "usage: kansli-usage-export bash-completion FILE | commands\n";
    return 2;
}
