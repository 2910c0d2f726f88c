// What the loaded libkansli says of itself, beside what the headers this program was compiled
// with say: the two differ when the program runs with another build of the library.
// usage: library_info   →   "library 0.1.0 libkansli.so.0 4b7f…" and "headers 0.1.0 4b7f…"
#include <cinttypes>
#include <cstdio>
#include <kansli/version.hpp>

int main() {
    std::printf("library %s %s %016" PRIx64 "\n", kansli::version(), kansli::soname(), kansli::plugin_abi());
    std::printf("headers %s %016" PRIx64 "\n", KANSLI_VERSION_STRING, static_cast<std::uint64_t>(KANSLI_PLUGIN_ABI));
    return 0;
}
