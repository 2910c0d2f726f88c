#include "bash_completion.hpp"

#include <string>
#include <string_view>

#include "usage.hpp"

namespace kansli::cli {

namespace {

// What a command's arguments are, read from its synopsis ("kansli render DATA... …"): the
// completion offers files, folders or package names for them.
std::string_view argument_kind(const CommandInfo& command) {
    if (!command.takes_files) return "none";
    const std::string_view synopsis = command.synopsis;
    const auto after_name = synopsis.find(' ', synopsis.find(' ') + 1) + 1;
    const std::string_view argument = synopsis.substr(after_name);
    if (argument.starts_with("DATA")) return "files";
    if (argument.starts_with("TEMPLATE")) return "packages";
    if (argument.starts_with("MEETING_FOLDER")) return "folders";
    return "none";
}

// What an option's value is, from the value's name in the help.
std::string_view value_kind(const OptionInfo& option) {
    const std::string_view value = option.value;
    if (value == "NAME") return "packages";
    if (value == "LIST") return "formats";
    if (value == "FILE") return "files";
    if (value == "DIR") return "folders";
    return "none";
}

bool takes(const CommandInfo& command, const OptionInfo& option) {
    return (command.options & static_cast<std::uint32_t>(option.id)) != 0;
}

// "--template -t" in a word list, "--template|-t" in a case pattern.
std::string spellings(const OptionInfo& option, char separator) {
    std::string words = "--";
    words += option.long_name;
    if (option.short_name != 0) {
        words += separator;
        words += '-';
        words += option.short_name;
    }
    return words;
}

void write_command_case(std::ostream& out, const CommandInfo& command) {
    out << "        " << command.name << ")\n            options='";
    bool first = true;
    for (const auto& option : all_options()) {
        if (!takes(command, option)) continue;
        out << (first ? "" : " ") << spellings(option, ' ');
        first = false;
    }
    out << "'\n            arguments=" << argument_kind(command) << '\n';
    // A report format for check and lint, a writer for render.
    out << "            report_formats=" << (std::string_view(command.name) == "render" ? 0 : 1)
        << "\n            ;;\n";
}

}  // namespace

void write_bash_completion(std::ostream& out) {
    out << "# bash completion for kansli. Generated from the option table (cli/usage.cpp) by\n"
           "# kansli-usage-export at build time: do not edit.\n"
           "_kansli_values() {\n"
           "    local kansli=$1 kind=$2 cur=$3 report_formats=$4\n"
           "    case $kind in\n"
           "        packages) COMPREPLY=($(compgen -W \"$(\"$kansli\" templates 2>/dev/null | awk '/^[^ ]/ {print "
           "$1}')\" "
           "-- \"$cur\")) ;;\n"
           "        formats)\n"
           "            if [[ $report_formats == 1 ]]; then\n"
           "                COMPREPLY=($(compgen -W 'text json' -- \"$cur\"))\n"
           "            else\n"
           "                COMPREPLY=($(compgen -W \"$(\"$kansli\" formats 2>/dev/null | awk '/^[^ ]/ {print $1}')\" "
           "-- \"$cur\"))\n"
           "            fi ;;\n"
           "        files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n"
           "        folders) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\")) ;;\n"
           "    esac\n"
           "}\n\n"
           "_kansli() {\n"
           "    local kansli=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "    COMPREPLY=()\n"
           "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
           "        COMPREPLY=($(compgen -W '";
    for (const auto& command : all_commands()) out << command.name << ' ';
    out << "--help --version' -- \"$cur\"))\n"
           "        return\n"
           "    fi\n"
           "    local options arguments report_formats\n"
           "    case ${COMP_WORDS[1]} in\n";
    for (const auto& command : all_commands()) write_command_case(out, command);
    out << "        *) return ;;\n"
           "    esac\n"
           "    # --option=value: bash splits the word at '=' (COMP_WORDBREAKS), or the word holds both.\n"
           "    local option=$prev\n"
           "    if [[ $prev == = && $COMP_CWORD -ge 2 ]]; then\n"
           "        option=${COMP_WORDS[COMP_CWORD-2]}\n"
           "    elif [[ $cur == --*=* ]]; then\n"
           "        option=${cur%%=*}\n"
           "        cur=${cur#*=}\n"
           "    fi\n"
           "    if [[ $option == -* && \" $options \" == *\" $option \"* ]]; then\n"
           "        case $option in\n";
    for (const auto& option : all_options()) {
        if (option.value == nullptr) continue;
        out << "            " << spellings(option, '|') << ") _kansli_values \"$kansli\" " << value_kind(option)
            << " \"$cur\" \"$report_formats\"; return ;;\n";
    }
    out << "        esac\n"
           "    fi\n"
           "    if [[ $cur == -* ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
           "        return\n"
           "    fi\n"
           "    _kansli_values \"$kansli\" \"$arguments\" \"$cur\" \"$report_formats\"\n"
           "}\n"
           "complete -F _kansli kansli\n";
}

}  // namespace kansli::cli
