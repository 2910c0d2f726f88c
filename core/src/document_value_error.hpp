// An error in document XML that a value in it causes (an id used twice, an empty heading, a
// row with more cells than its table has columns), not the structure a template gave it. When
// a template copied that value from the data, the data is at fault: build_document traces it
// back (mustache::ValueOrigin) and names the data file and JSON path instead of the template.
#pragma once

#include <algorithm>
#include <string>
#include <utility>

#include "kansli/error.hpp"

namespace kansli {

class DocumentValueError : public Error {
public:
    // What is at fault, on the lines from the error's line to last_line().
    enum class Culprit {
        Text,    // the text value(): an id used twice, an empty heading ("")
        Items,   // how many items a list gave: a row's cells from the data
        Length,  // the longest text there: past what libxml2 reads in one piece
    };
    DocumentValueError(const Error& error, Culprit culprit, std::string value = {}, int last_line = 0)
        : Error(error),
          culprit_(culprit),
          value_(std::move(value)),
          last_line_(std::max(last_line, error.where().line)) {}
    Culprit culprit() const noexcept { return culprit_; }
    const std::string& value() const noexcept { return value_; }
    int last_line() const noexcept { return last_line_; }

private:
    Culprit culprit_;
    std::string value_;
    int last_line_;
};

}  // namespace kansli
