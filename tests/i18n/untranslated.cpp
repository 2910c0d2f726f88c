// Reads what `kansli` printed in English for one failed run and says which of its error
// messages the Swedish catalogue does not cover whole (kansli::has_translation()). Exit 1 when
// one is not covered, with the message, so that a new message without a translation fails the
// bad-input catalogue's Swedish run (tests/bad-input/run-case.sh).
// usage: kansli-untranslated < ENGLISH_OUTPUT   (LANG=sv_SE.UTF-8)
#include <clocale>
#include <iostream>
#include <regex>
#include <string>

#include "kansli/messages.hpp"

int main() {
    std::setlocale(LC_ALL, "");
    std::string output, line;
    while (std::getline(std::cin, line)) output += line + '\n';
    const std::string prefix = "kansli: error: ";
    const auto start = output.find(prefix);
    if (start == std::string::npos) {
        std::cerr << "kansli-untranslated: no 'kansli: error:' line in the English output\n";
        return 2;
    }
    // The message runs to the end (a listing's lines follow it); the place comes first:
    // FILE[:LINE[:COLUMN]]: [at JSON_PATH: ]MESSAGE.
    std::string message = output.substr(start + prefix.size());
    while (!message.empty() && message.back() == '\n') message.pop_back();
    static const std::regex place(R"(^([^:\n]*?)(:[0-9]+(:[0-9]+)?)?: (at [^ \n]+: )?)");
    std::smatch m;
    if (std::regex_search(message, m, place) && m.length(0) > 0 && !message.starts_with("--") &&
        !kansli::has_translation(message))
        message = m.suffix();
    if (kansli::has_translation(message)) return 0;
    std::cerr << "not translated (add its pattern to core/src/message_catalogue.cpp or translate it in po/sv.po):\n"
              << message << "\n  in Swedish: " << kansli::translate(message) << '\n';
    return 1;
}
