// The kansli command's subcommands. Each returns the process exit code.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "kansli/data.hpp"
#include "kansli/error.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/template_package.hpp"
#include "options.hpp"

namespace kansli::cli {

// The exit code for an error of this kind (docs/cli.md); a bug is kExitInternal.
int exit_code(Error::Kind kind);
constexpr int kExitInternal = 70;
// Exit code of `kansli lint` when it printed warnings (the data contradicts itself).
constexpr int kExitLintWarnings = 6;

// render_command.cpp. Writes "wrote FILE" lines to `out`; errors, progress and -v's notes to `err`.
int run_render(const Options& options, std::ostream& out, std::ostream& err);
// Each data file's problems (warnings) to `out`, as text or JSON; a file that cannot be read to `err`.
int run_check(const Options& options, std::ostream& out, std::ostream& err);
int run_lint(const Options& options, std::ostream& out, std::ostream& err);
int run_xml(const Options& options, std::ostream& out);
int run_templates(const Options& options, std::ostream& out);
int run_formats(const Options& options, std::ostream& out);
// package_commands.cpp: what a package takes.
int run_fields(const Options& options, std::ostream& out);
int run_schema(const Options& options, std::ostream& out);
int run_new(const Options& options, std::ostream& out);
// publish_command.cpp: notes (leftovers kept) go to `err`.
int run_publish(const Options& options, std::ostream& out, std::ostream& err);
int run_unpublish(const Options& options, std::ostream& out, std::ostream& err);

// Shared by the commands: the template folders to search, the loaded writer plugins, the data
// files (the package's example for --example) and how they are read ("-": standard input).
std::vector<std::filesystem::path> template_dirs(const Options& options);
PluginRegistry load_plugins(const Options& options);
std::vector<std::filesystem::path> data_files(const Options& options, const TemplatePackage& package);
Data read_data(const std::filesystem::path& file);
std::string stdin_name();  // how messages name standard input

}  // namespace kansli::cli
