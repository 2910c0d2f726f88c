// Runs independent jobs on a few threads: the batch mode of `kansli render`.
#pragma once

#include <cstddef>
#include <functional>

namespace kansli::cli {

// How many threads `-j 0` means: one per core (at least one).
unsigned default_jobs();

// Calls job(0) … job(count - 1), each exactly once, on up to `threads` threads (the calling
// thread waits). Jobs must not throw: each records its own outcome, so results stay in input
// order whatever the number of threads.
void run_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job);

}  // namespace kansli::cli
