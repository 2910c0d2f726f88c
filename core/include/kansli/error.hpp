/// \file
/// One error type for everything a user can get wrong: data, templates, themes, plugins.
/// It always says where (file, line or JSON path) and what.
#pragma once

#include <stdexcept>
#include <string>

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// Where an error is: a file, and in it a line and column or a JSON path.
struct SourceLocation {
    std::string file;       ///< path as the user gave it
    int line = 0;           ///< 1-based; 0 when unknown
    int column = 0;         ///< 1-based; 0 when unknown
    std::string json_path;  ///< `/items/3/dnr` for data errors
};

/// What every stage of the pipeline throws. what() is the whole message as the command prints
/// it (format_error()); kind() says whose fault it is, where() the place.
class Error : public std::runtime_error {
public:
    /// Whose fault: the command's exit code follows from it (docs/cli.md).
    enum class Kind {
        Usage,     ///< wrong command-line use or API call
        Data,      ///< the JSON data is malformed or does not fit the template
        Template,  ///< the template package is broken or produces invalid document XML
        Plugin,    ///< a writer plugin could not be loaded or failed
        Output,    ///< the output could not be written
    };

    /// An error of `kind` at `where`; `message` says what, without the place.
    Error(Kind kind, SourceLocation where, std::string message);
    /// Out of line: the vtable and type then live in libkansli alone, so an Error thrown by a
    /// plugin is still valid after the plugin is unloaded, and catches match across modules.
    ~Error() override;
    /// Errors are values.
    ///@{
    Error(const Error&) = default;
    Error& operator=(const Error&) = default;
    ///@}

    Kind kind() const noexcept { return kind_; }                      ///< whose fault
    const SourceLocation& where() const noexcept { return where_; }   ///< the place
    const std::string& message() const noexcept { return message_; }  ///< what, without the place

private:
    Kind kind_;
    SourceLocation where_;
    std::string message_;
};

/// `file:line:column: message` or `file: at /json/path: message`, as compilers print it.
std::string format_error(const SourceLocation& where, const std::string& message);

}  // namespace kansli

#pragma GCC visibility pop
