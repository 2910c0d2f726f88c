// What each command takes and says about itself: the one source of `kansli --help`,
// `kansli CMD --help`, the man pages (help2man reads the help) and the bash completion.
#pragma once

#include <cstdint>
#include <ostream>
#include <span>
#include <string_view>

namespace kansli::cli {

// The command-line options, as bits of a command's allowed set.
enum class Opt : std::uint32_t {
    Template = 1U << 0,
    Format = 1U << 1,
    Output = 1U << 2,
    Out = 1U << 3,
    Example = 1U << 4,
    Jobs = 1U << 5,
    Templates = 1U << 6,
    Plugins = 1U << 7,
    SitePackage = 1U << 8,
    SiteUrl = 1U << 9,
    Quiet = 1U << 10,
    Verbose = 1U << 11,
    KeepGoing = 1U << 12,
    Help = 1U << 13,
    Version = 1U << 14,
};

struct OptionInfo {
    Opt id;
    const char* long_name;  // without the dashes
    char short_name;        // 0: none
    const char* value;      // the value's name in the help, nullptr for a flag
    bool repeatable;        // may be given more than once
    const char* help;       // English; translated when printed
};

struct CommandInfo {
    const char* name;
    const char* synopsis;   // lines after "Usage:", English
    const char* summary;    // one line, for kansli --help and the man page's name
    const char* details;    // what it does, paragraphs; may be empty
    std::uint32_t options;  // Opt bits it takes
    bool takes_files;       // data files, meeting folders or meetings as arguments
};

std::span<const OptionInfo> all_options();
std::span<const CommandInfo> all_commands();
const CommandInfo* find_command(std::string_view name);  // nullptr: no such command
const OptionInfo& option_info(Opt id);
// How an option is written in messages: "--template" (or "-t/--template").
std::string option_name(Opt id);

void print_general_help(std::ostream& out);
void print_command_help(const CommandInfo& command, std::ostream& out);

}  // namespace kansli::cli
