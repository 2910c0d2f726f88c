// The kansli command's subcommands. Each returns the process exit code.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <vector>

#include "kansli/error.hpp"
#include "kansli/plugin_registry.hpp"
#include "options.hpp"

namespace kansli::cli {

// The exit code for an error of this kind (docs/cli.md); a bug is kExitInternal.
int exit_code(Error::Kind kind);
constexpr int kExitInternal = 70;

// Writes "wrote FILE" lines to `out`; an error per failed data file to `err`.
int run_render(const Options& options, std::ostream& out, std::ostream& err);
int run_check(const Options& options, std::ostream& out);
int run_xml(const Options& options, std::ostream& out);
// Exit code of `kansli lint` when it printed warnings (the data contradicts itself).
constexpr int kExitLintWarnings = 6;
int run_lint(const Options& options, std::ostream& out);
int run_templates(const Options& options, std::ostream& out);
int run_formats(const Options& options, std::ostream& out);
// publish_command.cpp: notes (leftovers kept) go to `err`.
int run_publish(const Options& options, std::ostream& out, std::ostream& err);
int run_unpublish(const Options& options, std::ostream& out, std::ostream& err);

// Shared by the commands: the template folders to search and the loaded writer plugins.
std::vector<std::filesystem::path> template_dirs(const Options& options);
PluginRegistry load_plugins(const Options& options);

}  // namespace kansli::cli
