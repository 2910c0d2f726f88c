// Compiled into the library, so these answer for the library that is loaded, not for the
// headers a program was compiled with.
#include "kansli/version.hpp"

namespace kansli {

const char* version() noexcept { return KANSLI_VERSION_STRING; }
const char* soname() noexcept { return KANSLI_SONAME; }
std::uint64_t plugin_abi() noexcept { return KANSLI_PLUGIN_ABI; }

}  // namespace kansli
