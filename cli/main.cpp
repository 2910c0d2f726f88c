// kansli: the command-line face of libkansli. See `kansli --help` and docs/cli.md.
#include <clocale>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "i18n.hpp"
#include "kansli/kansli.hpp"
#include "kansli/messages.hpp"
#include "usage.hpp"

namespace {

// The library's answers, not the headers': a newer libkansli may sit under the same soname.
void print_version(std::ostream& out) {
    std::ostringstream abi;
    abi << std::hex << std::setw(16) << std::setfill('0') << kansli::plugin_abi();
    out << "kansli " << kansli::version() << " (" << kansli::soname() << ", plugin ABI " << abi.str() << ")\n";
}

int run(const kansli::cli::Options& options) {
    using namespace kansli::cli;
    if (options.help) {
        if (const CommandInfo* command = find_command(options.command))
            print_command_help(*command, std::cout);
        else
            print_general_help(std::cout);
        return 0;
    }
    if (options.version) {
        print_version(std::cout);
        return 0;
    }
    const std::string& c = options.command;
    if (c == "render") return run_render(options, std::cout, std::cerr);
    if (c == "check") return run_check(options, std::cout, std::cerr);
    if (c == "lint") return run_lint(options, std::cout, std::cerr);
    if (c == "xml") return run_xml(options, std::cout);
    if (c == "fields") return run_fields(options, std::cout);
    if (c == "schema") return run_schema(options, std::cout);
    if (c == "new") return run_new(options, std::cout);
    if (c == "publish") return run_publish(options, std::cout, std::cerr);
    if (c == "unpublish") return run_unpublish(options, std::cout, std::cerr);
    if (c == "templates") return run_templates(options, std::cout);
    return run_formats(options, std::cout);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace kansli::cli;
    // Messages in the user's language (LANG=sv_SE.UTF-8). Only the messages and the character
    // set follow the environment: numbers in files are read and written the same way everywhere.
    std::setlocale(LC_CTYPE, "");
    std::setlocale(LC_MESSAGES, "");
    try {
        const Options options = parse_options(argc, argv);
        kansli::Limits::from_environment();  // a limit set to nonsense is a usage error, before any work
        return run(options);
    } catch (const kansli::Error& e) {
        std::cerr << "kansli: " << tr(N_("error:")) << ' ' << kansli::translated_what(e) << '\n';
        return exit_code(e.kind());
    } catch (const std::exception& e) {
        std::cerr << "kansli: " << tr(N_("internal error:")) << ' ' << e.what() << '\n';
        return kExitInternal;
    }
}
