// Output is written whole or not at all: a failure or a kill in the middle leaves the previous
// file as it was, and no partial file under the target's name.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "kansli/render.hpp"
#include "reliability_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

// Names in `dir` other than `keep`: what a run left behind.
std::vector<std::string> other_files(const fs::path& dir, const std::vector<std::string>& keep) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (std::find(keep.begin(), keep.end(), name) == keep.end()) found.push_back(name);
    }
    return found;
}

struct AtomicOutput : ::testing::Test {
    test::TempDir work;
    fs::path out() const { return work / "out"; }
    void SetUp() override {
        test::write_file(out() / "data.html", "previous html");
        test::write_file(out() / "data.docx", "previous docx");
        test::write_file(work / "data.json", test::memo_data("\"Yttrande\"", "\"Text.\"", 400));
    }
};

TEST_F(AtomicOutput, AFolderThatCannotBeMadeLeavesTheOtherFilesUntouched) {
    // The second file's folder is a regular file: writing it fails after the first was written
    // under its temporary name. Neither target may change, and no temporary may stay.
    test::write_file(work / "blocker", "a file, not a folder");
    const auto error = test::error_from([&] {
        kansli::write_files_atomically({{out() / "data.html", "new html"}, {work / "blocker" / "x.docx", "new"}});
    });
    EXPECT_EQ(error.kind(), kansli::Error::Kind::Output);
    EXPECT_NE(error.message().find("cannot create the folder"), std::string::npos) << error.what();
    EXPECT_EQ(test::read_file(out() / "data.html"), "previous html");
    EXPECT_EQ(other_files(out(), {"data.html", "data.docx"}), std::vector<std::string>{});
}

TEST_F(AtomicOutput, StagedFilesAppearOnlyWhenCommitted) {
    {
        kansli::StagedFiles staged;
        staged.add(out() / "data.html", "staged html");
        kansli::StagedFiles other;
        other.add(out() / "new.docx", "staged docx");
        staged.append(std::move(other));
        EXPECT_EQ(test::read_file(out() / "data.html"), "previous html");
        EXPECT_FALSE(fs::exists(out() / "new.docx"));
        EXPECT_EQ(other_files(out(), {"data.html", "data.docx"}).size(), 2u);  // the two temporaries
    }                                                                          // not committed: both temporaries go
    EXPECT_EQ(test::read_file(out() / "data.html"), "previous html");
    EXPECT_EQ(other_files(out(), {"data.html", "data.docx"}), std::vector<std::string>{});

    kansli::StagedFiles staged;
    staged.add(out() / "data.html", "new html");
    staged.add(out() / "sub" / "new.docx", "new docx");
    staged.commit();
    EXPECT_EQ(test::read_file(out() / "data.html"), "new html");
    EXPECT_EQ(test::read_file(out() / "sub" / "new.docx"), "new docx");
    EXPECT_EQ(other_files(out(), {"data.html", "data.docx", "sub"}), std::vector<std::string>{});
}

TEST_F(AtomicOutput, ABatchWithOneBadFileWritesNothingOnAnyNumberOfThreads) {
    // The good files' outputs are staged by their jobs while the bad one fails: none may stay.
    test::write_file(work / "bad.json", "{ not json");
    for (const char* jobs : {"1", "2"}) {
        const auto r = test::run(test::render_command(work / "data.json", out(), "html,docx") + " " +
                                 (work / "bad.json").string() + " -j " + jobs);
        EXPECT_EQ(r.exit_code, 1) << r.out;  // the data is broken
        EXPECT_NE(r.out.find("bad.json"), std::string::npos) << r.out;
        EXPECT_EQ(test::read_file(out() / "data.html"), "previous html") << jobs;
        EXPECT_EQ(other_files(out(), {"data.html", "data.docx"}), std::vector<std::string>{}) << jobs;
        // Folders the batch would have made are not left behind either.
        const fs::path fresh = work / "fresh";
        const auto into_new = test::run(test::render_command(work / "data.json", fresh / "sub", "html,docx") + " " +
                                        (work / "bad.json").string() + " -j " + jobs);
        EXPECT_EQ(into_new.exit_code, 1) << into_new.out;
        EXPECT_FALSE(fs::exists(fresh)) << jobs;
    }
}

TEST_F(AtomicOutput, AFullDiskLeavesThePreviousFilesAndNoTemporary) {
    // A file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so that write fails with EFBIG as
    // on a full disk) smaller than the rendered DOCX: the write fails in the middle.
    const auto r =
        test::run("trap '' XFSZ; ulimit -f 8; " + test::render_command(work / "data.json", out(), "html,docx"));
    EXPECT_EQ(r.exit_code, 5) << r.out;
    EXPECT_NE(r.out.find("kansli: error: " + (out() / "data.").string()), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("cannot write the file: File too large"), std::string::npos) << r.out;
    EXPECT_EQ(test::read_file(out() / "data.html"), "previous html");
    EXPECT_EQ(test::read_file(out() / "data.docx"), "previous docx");
    EXPECT_EQ(other_files(out(), {"data.html", "data.docx"}), std::vector<std::string>{});
}

TEST_F(AtomicOutput, WithRoomTheSameRunReplacesBothFiles) {
    // The control for the test above: the same command without the limit succeeds.
    const auto r = test::run(test::render_command(work / "data.json", out(), "html,docx"));
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_NE(test::read_file(out() / "data.html"), "previous html");
    EXPECT_EQ(test::read_file(out() / "data.docx").substr(0, 2), "PK");
    EXPECT_EQ(other_files(out(), {"data.html", "data.docx"}), std::vector<std::string>{});
}

TEST_F(AtomicOutput, AKillAtAnyMomentLeavesTheOldFileOrTheWholeNewOne) {
    // A large document (three thousand decisions, long text), rendered once for reference.
    test::write_file(work / "data.json", test::memo_data("\"Stor\"", "\"Text.\"", 3000, std::string(200, 'x')));
    const auto reference = test::run(test::render_command(work / "data.json", work / "reference", "docx"));
    ASSERT_EQ(reference.exit_code, 0) << reference.out;
    const std::string complete = test::read_file(work / "reference" / "data.docx");
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(test::run(test::render_command(work / "data.json", work / "timing", "docx")).exit_code, 0);
    const auto run_time = std::chrono::steady_clock::now() - started;

    // SIGKILL at moments spread over a whole run, so some land while the file is written.
    int old_seen = 0, new_seen = 0;
    constexpr int kKills = 12;
    for (int i = 0; i < kKills; ++i) {
        test::write_file(out() / "data.docx", "previous docx");
        const pid_t child = test::start(test::render_command(work / "data.json", out(), "docx"));
        ASSERT_GE(child, 0);
        std::this_thread::sleep_for(run_time * (i + 1) / kKills);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        const std::string now = test::read_file(out() / "data.docx");
        if (now == "previous docx")
            ++old_seen;
        else if (now == complete)
            ++new_seen;
        else
            ADD_FAILURE() << "kill " << i << ": data.docx is neither the old file nor the whole new one (" << now.size()
                          << " of " << complete.size() << " bytes)";
        // Anything else left is a hidden temporary, never a file a user would take for output.
        for (const auto& name : other_files(out(), {"data.html", "data.docx"})) {
            EXPECT_TRUE(name.starts_with(".data.docx.") && name.ends_with(".kansli-tmp")) << name;
            fs::remove(out() / name);
        }
    }
    EXPECT_EQ(old_seen + new_seen, kKills);
}

}  // namespace
