// Loaded with LD_PRELOAD into a kansli run by the reliability tests: writes every fsync (with
// the path of what was synced) and every rename the program makes, in order, one line each, to
// the file KANSLI_SYNC_LOG names. So a test can see that each file and folder of a published
// site reached the disk before the site was put in place.
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

std::string path_of(int fd) {
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[4096];
    const ssize_t n = ::readlink(link, target, sizeof target);
    return n > 0 ? std::string(target, static_cast<std::size_t>(n)) : "?";
}

void log_line(const std::string& line) {
    const char* file = std::getenv("KANSLI_SYNC_LOG");
    if (file == nullptr) return;
    const int fd = ::open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return;
    const std::string text = line + "\n";
    [[maybe_unused]] const ssize_t written = ::write(fd, text.data(), text.size());  // one write: one line
    ::close(fd);
}

template <typename Function>
Function real(const char* name) {
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

}  // namespace

// Exported whatever the build's default visibility: the loader binds the program's calls to these.
extern "C" __attribute__((visibility("default"))) int fsync(int fd) {
    static const auto next = real<int (*)(int)>("fsync");
    const int result = next(fd);
    if (result == 0) log_line("fsync " + path_of(fd));
    return result;
}

extern "C" __attribute__((visibility("default"))) int rename(const char* from, const char* to) {
    static const auto next = real<int (*)(const char*, const char*)>("rename");
    const int result = next(from, to);
    if (result == 0) log_line(std::string("rename ") + from + " " + to);
    return result;
}

extern "C" __attribute__((visibility("default"))) int renameat2(int from_dir, const char* from, int to_dir,
                                                                const char* to, unsigned int flags) {
    static const auto next = real<int (*)(int, const char*, int, const char*, unsigned int)>("renameat2");
    const int result = next(from_dir, from, to_dir, to, flags);
    if (result == 0) log_line(std::string("renameat2 ") + from + " " + to + " " + std::to_string(flags));
    return result;
}
