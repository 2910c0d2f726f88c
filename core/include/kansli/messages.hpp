/// \file
/// Messages in the user's language. The library throws and reports in English, with no
/// language or formatting machinery at the throw site; a program that shows a message to a
/// person passes it through here, and gets it in the language of the process's LC_MESSAGES
/// locale (`setlocale(LC_ALL, "")` and `LANG=sv_SE.UTF-8`: Swedish) where the installed
/// catalogue has it, else in English. See "Messages in Swedish" in docs/cli.md.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "kansli/error.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// The gettext domain of Kansli's messages, `"kansli"`, bound (on the first call) to the
/// catalogues installed with this library (`<prefix>/share/locale`), wherever it was installed.
const char* text_domain();

/// `english`, a message of the library's (Error::message(), a DataProblem's message), in the
/// user's language: the same words as `english` when no translation covers all of it.
std::string translate(std::string_view english);

/// Whether the catalogue has a translation for all of `english` in the current language; false
/// for English itself. For tests that no message goes untranslated.
bool has_translation(std::string_view english);

/// How a JSON path is said to a person: `/items/5/dnr` is "ärende 6 (/items/5/dnr)" in Swedish,
/// "item 6 (/items/5/dnr)" in English, counting from one; the path itself stays for the expert.
std::string describe_json_path(std::string_view json_path);

/// `text` with each `{}` replaced by the next of `values`: how a translated pattern is filled.
std::string format_message(std::string_view text, std::initializer_list<std::string_view> values);

/// The whole of an Error as the command prints it (format_error()), in the user's language.
std::string translated_what(const Error& error);

}  // namespace kansli

#pragma GCC visibility pop
