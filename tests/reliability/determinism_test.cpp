// Same input, same bytes: across runs, and across processes rendering at the same time.
// (When `kansli render -j N` exists, the same comparison belongs across thread counts.)
#include <gtest/gtest.h>

#include <future>

#include "reliability_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

class Determinism : public ::testing::TestWithParam<std::string> {
protected:
    test::TempDir work;

    // Renders the example of a bundled package into `out` and returns the file's bytes.
    std::string render_example(const std::string& package, const std::string& format, const fs::path& out) const {
        const auto r = test::run(test::shell_quote(KANSLI_CLI) + " render --example --template " + package +
                                 " --format " + format + " --out " + test::shell_quote(out.string()));
        EXPECT_EQ(r.exit_code, 0) << r.out;
        return test::read_file(out / ("example." + format));
    }
};

TEST_P(Determinism, SameBytesAcrossRunsAndConcurrentProcesses) {
    const std::string format = GetParam();
    for (const std::string& package : test::example_packages()) {
        SCOPED_TRACE(package);
        const std::string first = render_example(package, format, work / "first");
        ASSERT_FALSE(first.empty());
        // Two processes at once, then one more later: timestamps, addresses, hash orders and
        // scheduling must not reach the bytes.
        auto a = std::async(std::launch::async, [&] { return render_example(package, format, work / "a"); });
        auto b = std::async(std::launch::async, [&] { return render_example(package, format, work / "b"); });
        EXPECT_TRUE(a.get() == first) << "concurrent run A differs";
        EXPECT_TRUE(b.get() == first) << "concurrent run B differs";
        EXPECT_TRUE(render_example(package, format, work / "later") == first) << "a later run differs";
    }
}

INSTANTIATE_TEST_SUITE_P(EveryFormat, Determinism, ::testing::Values("html", "docx", "odt", "pdf"),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
