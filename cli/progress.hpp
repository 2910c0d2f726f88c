// A batch's progress on a terminal: done/total, rate and the current file, on one line of
// standard error that is rewritten in place. Silent when standard error is not a terminal
// (a log, a pipe, CI) or with -q, so scripts never see it.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace kansli::cli {

class Progress {
public:
    // Shows progress on `err` when `enabled` (a terminal and not -q).
    Progress(std::size_t total, bool enabled, std::ostream& err);
    ~Progress();  // clears the line
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // Thread-safe: called by the jobs.
    void started(const std::string& name);
    void finished();

    // Whether standard error is a terminal.
    static bool stderr_is_terminal();

private:
    void draw();  // with mutex_ held

    std::mutex mutex_;
    std::size_t total_;
    std::size_t done_ = 0;
    bool enabled_;
    std::ostream& err_;
    std::string current_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace kansli::cli
