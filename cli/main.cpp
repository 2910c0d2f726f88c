// kansli: the command-line face of libkansli. See `kansli --help` and docs/cli.md.
#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "kansli/kansli.hpp"

int main(int argc, char** argv) {
    using namespace kansli::cli;
    try {
        const Options options = parse_options(argc, argv);
        kansli::Limits::from_environment();  // a limit set to nonsense is a usage error, before any work
        if (options.command == "help") {
            std::cout << kUsage;
            return 0;
        }
        if (options.command == "version") {
            // The library's answers, not the headers': a newer libkansli may sit under the same soname.
            std::cout << "kansli " << kansli::version() << " (" << kansli::soname() << ", plugin ABI " << std::hex
                      << std::setw(16) << std::setfill('0') << kansli::plugin_abi() << ")\n";
            return 0;
        }
        if (options.command == "render") return run_render(options, std::cout, std::cerr);
        if (options.command == "check") return run_check(options, std::cout);
        if (options.command == "xml") return run_xml(options, std::cout);
        if (options.command == "publish") return run_publish(options, std::cout, std::cerr);
        if (options.command == "unpublish") return run_unpublish(options, std::cout, std::cerr);
        if (options.command == "lint") return run_lint(options, std::cout);
        if (options.command == "templates") return run_templates(options, std::cout);
        return run_formats(options, std::cout);
    } catch (const kansli::Error& e) {
        std::cerr << "kansli: error: " << e.what() << '\n';
        return exit_code(e.kind());
    } catch (const std::exception& e) {
        std::cerr << "kansli: internal error: " << e.what() << '\n';
        return kExitInternal;
    }
}
