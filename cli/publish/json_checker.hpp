// Reading a JSON file whose every key is known: each mistake is a kansli::Error naming the file
// and the JSON path. Shared by meeting.json (the user's input) and the site's record.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "kansli/error.hpp"

namespace kansli::cli {

class JsonChecker {
public:
    JsonChecker(std::string file, Error::Kind kind) : file_(std::move(file)), kind_(kind) {}

    [[noreturn]] void fail(const std::string& path, const std::string& message) const;

    // The object's keys must all be known and the required ones present.
    const nlohmann::json& object(const nlohmann::json& value, const std::string& path,
                                 const std::set<std::string>& known, const std::set<std::string>& required) const;
    const nlohmann::json& array(const nlohmann::json& value, const std::string& path) const;
    // A string with more than spaces in it.
    std::string text(const nlohmann::json& value, const std::string& path) const;
    // Any string, empty too.
    std::string string(const nlohmann::json& value, const std::string& path) const;
    // A day, YYYY-MM-DD.
    std::string date(const nlohmann::json& value, const std::string& path) const;
    std::uintmax_t count(const nlohmann::json& value, const std::string& path) const;

private:
    std::string file_;
    Error::Kind kind_;
};

}  // namespace kansli::cli
