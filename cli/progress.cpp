#include "progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <iomanip>

#include "i18n.hpp"

namespace kansli::cli {

Progress::Progress(std::size_t total, bool enabled, std::ostream& err) : total_(total), enabled_(enabled), err_(err) {}

Progress::~Progress() {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    err_ << "\r\033[K" << std::flush;  // the line goes: what stays are the results
}

bool Progress::stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

void Progress::started(const std::string& name) {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    current_ = name;
    draw();
}

void Progress::finished() {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    ++done_;
    draw();
}

void Progress::draw() {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.1f", seconds > 0 ? static_cast<double>(done_) / seconds : 0.0);
    err_ << "\r\033[K"
         << tr_format(N_("[{}/{}] {} documents/s  {}"), {std::to_string(done_), std::to_string(total_), rate, current_})
         << std::flush;
}

}  // namespace kansli::cli
