#include "parallel.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace kansli::cli {

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

void run_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job) {
    const std::size_t workers = std::min<std::size_t>(std::max(threads, 1u), count);
    if (workers <= 1) {  // no thread to start for one job, or -j 1
        for (std::size_t i = 0; i < count; ++i) job(i);
        return;
    }
    // Each worker takes the next job until none is left: long and short documents even out.
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) job(i);
    };
    std::vector<std::jthread> pool;
    pool.reserve(workers);
    for (std::size_t w = 0; w < workers; ++w) pool.emplace_back(work);
}  // the jthreads join here

}  // namespace kansli::cli
