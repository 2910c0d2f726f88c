// `kansli publish` against hostile and careless input: links in and around meeting folders, a
// site folder that overlaps a meeting folder, a kill at any moment, files and folders synced
// before the site is put in place, and pathological meetings bounded in time and memory.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <set>
#include <thread>

#include "publish_support.hpp"
#include "reliability_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

using HostilePublish = test::PublishTest;

std::string quoted(const fs::path& path) { return test::shell_quote(path.string()); }

// --- links in and around meeting folders

TEST_F(HostilePublish, NoLinkInAMeetingFolderPublishesAFileFromOutsideIt) {
    test::write_file(work / "hemligt.txt", "lösenord");
    struct Case {
        std::string what;
        std::function<void(const fs::path&)> make;
        std::string json_path;
    };
    const std::vector<Case> cases = {
        {"an attachment that is a link out",
         [&](const fs::path& m) {
             fs::remove(m / "bilagor/exempelbilaga.pdf");
             fs::create_symlink(work / "hemligt.txt", m / "bilagor/exempelbilaga.pdf");
         },
         "/items/0/attachments/0/file"},
        {"an attachment that is a relative link out",
         [&](const fs::path& m) {
             fs::remove(m / "bilagor/exempelbilaga.pdf");
             fs::create_symlink("../../hemligt.txt", m / "bilagor/exempelbilaga.pdf");
         },
         "/items/0/attachments/0/file"},
        {"a folder that is a link out",
         [&](const fs::path& m) {
             fs::rename(m / "bilagor", work / "bilagor-utanfor");
             fs::create_symlink(work / "bilagor-utanfor", m / "bilagor");
         },
         "/items/0/attachments/0/file"},
        {"a link out through a link inside",
         [&](const fs::path& m) {
             fs::remove(m / "bilagor/exempelbilaga.pdf");
             fs::create_symlink("steg.pdf", m / "bilagor/exempelbilaga.pdf");
             fs::create_symlink(work / "hemligt.txt", m / "bilagor/steg.pdf");
         },
         "/items/0/attachments/0/file"},
        {"a data file that is a link out",
         [&](const fs::path& m) {
             fs::rename(m / "tjansteskrivelse-bostad-forst.json", work / "memo.json");
             fs::create_symlink(work / "memo.json", m / "tjansteskrivelse-bostad-forst.json");
         },
         "/items/0/documents/0/data"},
        {"a link to the machine's files",
         [&](const fs::path& m) {
             fs::remove(m / "bilagor/exempelbilaga.pdf");
             fs::create_symlink("/etc/passwd", m / "bilagor/exempelbilaga.pdf");
         },
         "/items/0/attachments/0/file"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const fs::path m = meeting("m-" + std::to_string(&c - cases.data()));
        c.make(m);
        const auto r = publish({m});
        EXPECT_EQ(r.exit_code, 1) << r.out;
        EXPECT_NE(r.out.find("meeting.json: at " + c.json_path + ": "), std::string::npos) << r.out;
        EXPECT_NE(r.out.find("leads out of the meeting folder"), std::string::npos) << r.out;
        EXPECT_FALSE(fs::exists(site())) << "nothing is written";
    }
    // meeting.json itself
    const fs::path m = meeting("manifest-link");
    fs::rename(m / "meeting.json", work / "meeting.json");
    fs::create_symlink(work / "meeting.json", m / "meeting.json");
    const auto r = publish({m});
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find("meeting.json: 'meeting.json' leads out of the meeting folder"), std::string::npos) << r.out;
}

TEST_F(HostilePublish, LinksThatStayInsideTheFolderAreFollowed) {
    const fs::path real = meeting("real");
    fs::create_symlink(real, work / "via-link");  // the meeting folder given as a link
    fs::create_symlink("exempelbilaga.pdf", real / "bilagor/samma.pdf");
    test::edit_manifest(real, "\"title\": \"Exempelbilaga\"}",
                        "\"title\": \"Exempelbilaga\"}, {\"file\": \"bilagor/../bilagor/samma.pdf\", \"title\": "
                        "\"Samma bilaga\"}");
    const auto r = publish({work / "via-link"});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    // Both name one file: it is published once, and both titles link to it.
    const fs::path attachments = site() / test::kExampleMeetingDir / "bilagor";
    EXPECT_EQ(std::distance(fs::directory_iterator(attachments), fs::directory_iterator()), 1);
    const std::string page = test::read_file(site() / test::kExampleMeetingDir / "index.html");
    EXPECT_NE(page.find("<a href=\"bilagor/exempelbilaga.pdf\" download>Ladda ner Samma bilaga (PDF, 1\u00a0kB)</a>"),
              std::string::npos)
        << page;
}

TEST_F(HostilePublish, SpecialFilesAreRefusedNotWaitedOn) {
    const fs::path m = meeting("m");
    ASSERT_EQ(::mkfifo((m / "bilagor/ror.pdf").c_str(), 0644), 0);
    test::edit_manifest(m, "bilagor/exempelbilaga.pdf", "bilagor/ror.pdf");
    const auto r = publish({m});  // a pipe nobody writes to: reading it would wait for ever
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find("at /items/0/attachments/0/file: 'bilagor/ror.pdf' is not a regular file (a pipe, socket or "
                         "device)"),
              std::string::npos)
        << r.out;
    EXPECT_FALSE(fs::exists(site()));
}

// --- the site folder and the meeting folders apart

TEST_F(HostilePublish, ASiteFolderThatOverlapsAMeetingFolderIsRefused) {
    const fs::path m = meeting("m");
    const auto before = test::files_below(m);
    fs::create_symlink(m, work / "link-to-m");
    fs::create_directories(work / "webb");
    fs::copy(m, work / "webb/moten", fs::copy_options::recursive);
    struct Case {
        fs::path meeting, out;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {m, m, "is the meeting folder"},
        {m, m / "site", "is inside the meeting folder"},
        {m, work / "link-to-m", "is the meeting folder"},
        {m, work / "link-to-m/webb", "is inside the meeting folder"},
        // Today's way to lose a meeting folder: it is inside the site folder.
        {work / "webb/moten", work / "webb", "holds the meeting folder"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.out.string());
        const auto r = kansli("publish " + quoted(c.meeting) + " --out " + quoted(c.out));
        EXPECT_EQ(r.exit_code, 2) << r.out;
        EXPECT_NE(r.out.find(c.expected), std::string::npos) << r.out;
        EXPECT_NE(r.out.find("publish into a folder of its own"), std::string::npos) << r.out;
    }
    EXPECT_TRUE(test::files_below(m) == before) << "the meeting folder is as it was";
    EXPECT_FALSE(fs::exists(m / "site"));
    EXPECT_TRUE(test::files_below(work / "webb/moten") == before);
}

TEST_F(HostilePublish, AnUnreadableMeetingFolderIsTheInputsFault) {
    // Root reads everything: the run drops to nobody, as a web team's account would be.
    KANSLI_REQUIRE_TOOL(::geteuid() != 0 || test::have_command("setpriv"), "setpriv (util-linux)");
    const fs::path m = meeting("m");
    fs::permissions(work.path(), fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
    fs::permissions(m, fs::perms::none);
    const std::string as_user = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    const auto r = test::run(as_user + test::shell_quote(KANSLI_CLI) + " publish " + quoted(m) + " --out " +
                             quoted(work / "site"));
    fs::permissions(m, fs::perms::owner_all);
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find(m.string() + ": cannot read the folder: Permission denied"), std::string::npos) << r.out;
}

// --- a kill at any moment

TEST_F(HostilePublish, AKillAtAnyMomentLeavesTheOldSiteOrTheNewOne) {
    // The old site: one meeting and a file of a person's.
    ASSERT_EQ(publish({meeting("a")}).exit_code, 0);
    test::write_file(site() / "egen.txt", "min");
    const auto old_site = test::files_below(site());
    // The new one adds four meetings and publishes the first again, changed.
    std::vector<fs::path> next = {meeting("a2")};
    test::edit_manifest(next[0], "\"title\": \"Exempelbilaga\"", "\"title\": \"Ny titel\"");
    for (const char* date : {"2021-03-16", "2021-04-20", "2021-05-18", "2021-06-15"})
        next.push_back(meeting(date, date));
    std::string folders;
    for (const auto& f : next) folders += " " + quoted(f);
    const auto command = [&](const fs::path& out) {
        return test::shell_quote(KANSLI_CLI) + " publish" + folders + " --out " + quoted(out) + " -j 1";
    };
    // The new site, made the same way in a copy: output is deterministic.
    fs::copy(site(), work / "reference", fs::copy_options::recursive);
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(test::run(command(work / "reference")).exit_code, 0);
    const auto run_time = std::chrono::steady_clock::now() - started;
    const auto new_site = test::files_below(work / "reference");
    ASSERT_NE(new_site, old_site);

    int old_seen = 0, new_seen = 0;
    constexpr int kKills = 12;
    for (int i = 0; i < kKills; ++i) {
        const pid_t child = test::start(command(site()));
        ASSERT_GE(child, 0);
        std::this_thread::sleep_for(run_time * (i + 1) / kKills);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        const auto now = test::files_below(site());
        if (now == old_site)
            ++old_seen;
        else if (now == new_site)
            ++new_seen;
        else
            ADD_FAILURE() << "kill " << i << ": the site is neither the old one nor the new one";
        // The next publish finishes what the killed one left beside the site; the old site
        // comes back for the next round.
        const auto again = test::run(command(site()));
        ASSERT_EQ(again.exit_code, 0) << again.out;
        EXPECT_TRUE(test::files_below(site()) == new_site);
        EXPECT_TRUE(leftovers().empty()) << leftovers().front();
        fs::remove_all(site());
        ASSERT_EQ(publish({meeting("a-" + std::to_string(i))}).exit_code, 0);
        test::write_file(site() / "egen.txt", "min");
        ASSERT_TRUE(test::files_below(site()) == old_site);
    }
    EXPECT_EQ(old_seen + new_seen, kKills);
    // A folder of a person's that only looks like what a publish leaves is not touched.
    test::write_file(work / ".site.kansli-publish-egen/fil.txt", "min");
    ASSERT_EQ(test::run(command(site())).exit_code, 0);
    EXPECT_EQ(test::read_file(work / ".site.kansli-publish-egen/fil.txt"), "min");
    std::cout << "kills: " << old_seen << " left the old site, " << new_seen << " the new one\n";
}

// --- synced before it is in place

TEST_F(HostilePublish, EveryFileAndFolderIsSyncedBeforeTheSiteIsPutInPlace) {
    ASSERT_EQ(publish({meeting("a")}).exit_code, 0);
    const fs::path log = work / "sync.log";
    // The sanitizers' runtime must come first unless told otherwise (sanitized builds).
    const std::string environment = "KANSLI_SYNC_LOG=" + quoted(log) +
                                    " LD_PRELOAD=" + quoted(KANSLI_SYNC_LOG_LIBRARY) +
                                    " ASAN_OPTIONS=\"${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0\" ";
    const auto r = test::run(environment + test::shell_quote(KANSLI_CLI) + " publish " +
                             quoted(meeting("b", "2021-03-16")) + " --out " + quoted(site()));
    ASSERT_EQ(r.exit_code, 0) << r.out;
    std::vector<std::string> lines;
    std::ifstream in(log);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    const fs::path site_path = fs::canonical(site());
    const std::string stage = (site_path.parent_path() / ".site.kansli-publish-").string();
    const auto exchange = std::find_if(lines.begin(), lines.end(), [&](const std::string& l) {
        return l.starts_with("renameat2 " + stage) && l.ends_with(" " + site_path.string() + " 2");  // RENAME_EXCHANGE
    });
    ASSERT_NE(exchange, lines.end()) << "the new site and the old trade places in one rename";
    const std::string staged = exchange->substr(10, exchange->find(' ', 10) - 10);
    std::set<std::string> synced;
    for (auto it = lines.begin(); it != exchange; ++it) {
        if (it->starts_with("fsync " + staged)) synced.insert(it->substr(6 + staged.size()));
        // A file synced, then renamed (the record is written under a name of its own first).
        const auto space = it->find(' ', 7);
        if (it->starts_with("rename " + staged) &&
            synced.count(it->substr(7 + staged.size(), space - 7 - staged.size())))
            synced.insert(it->substr(space + 1 + staged.size()));
    }
    // Every folder, and every file this publish wrote (the new meeting's, the pages, the record).
    const std::set<std::string> kept_a = [&] {
        std::set<std::string> files;
        for (const auto& [file, bytes] : test::files_below(site() / test::kExampleMeetingDir))
            if (!file.ends_with("index.html"))
                files.insert("/" + test::kExampleMeetingDir.generic_string() + "/" + file);
        return files;
    }();
    EXPECT_TRUE(synced.count("") == 1) << "the site's folder";
    std::size_t checked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(site())) {
        const std::string path = "/" + fs::relative(entry.path(), site()).generic_string();
        if (kept_a.count(path) != 0) continue;  // carried over as they were: hard links, synced with their folder
        EXPECT_EQ(synced.count(path), 1u) << path << " is in place unsynced";
        ++checked;
    }
    EXPECT_GT(checked, 12u);
    // And the exchange itself, in the folder that holds the site.
    EXPECT_NE(std::find(exchange, lines.end(), "fsync " + site_path.parent_path().string()), lines.end());
}

// --- pathological meetings: time and memory bounded

TEST_F(HostilePublish, ManyRepeatedAttachmentNamesStayLinear) {
    // 20 000 attachments naming one 1 MB file, and 20 files all called bilaga.pdf: the first
    // were 20 GB of copies, each name search started from 2 again. (Few distinct files: each is
    // written and synced, which is the disk's time, not the one measured here.)
    const fs::path m = meeting("m");
    test::write_file(m / "stor.pdf", std::string(1'000'000, 'x'));
    std::string attachments;
    for (int i = 0; i < 20'000; ++i)
        attachments += ", {\"file\": \"stor.pdf\", \"title\": \"Bilaga " + std::to_string(i) + "\"}";
    for (int i = 0; i < 20; ++i) {
        test::write_file(m / ("mapp" + std::to_string(i)) / "bilaga.pdf", "pdf " + std::to_string(i));
        attachments +=
            ", {\"file\": \"mapp" + std::to_string(i) + "/bilaga.pdf\", \"title\": \"B" + std::to_string(i) + "\"}";
    }
    test::edit_manifest(m, "\"title\": \"Exempelbilaga\"}", "\"title\": \"Exempelbilaga\"}" + attachments);
    const test::Measured run =
        test::measure(test::shell_quote(KANSLI_CLI) + " publish " + quoted(m) + " --out " + quoted(site()));
    ASSERT_EQ(run.exit_code, 0);
    EXPECT_LT(run.seconds, test::kBoundSeconds);
    EXPECT_LT(run.megabytes, test::kBoundMegabytes);
    std::cout << "20 020 attachments: " << run.seconds << " s, " << run.megabytes << " MB\n";
    const fs::path attachments_dir = site() / test::kExampleMeetingDir / "bilagor";
    EXPECT_EQ(std::distance(fs::directory_iterator(attachments_dir), fs::directory_iterator()), 22);
    EXPECT_TRUE(fs::is_regular_file(attachments_dir / "bilaga-20.pdf"));
    EXPECT_EQ(fs::file_size(attachments_dir / "stor.pdf"), 1'000'000u);
}

TEST_F(HostilePublish, ADocumentNamedThousandsOfTimesIsRenderedOnce) {
    const fs::path m = meeting("m");
    std::string documents;
    for (int i = 0; i < 5'000; ++i)
        documents +=
            ", {\"data\": \"tjansteskrivelse-bostad-forst.json\", \"template\": \"katrineholm/tjansteskrivelse\"}";
    test::edit_manifest(m, "\"template\": \"katrineholm/tjansteskrivelse\"}",
                        "\"template\": \"katrineholm/tjansteskrivelse\"}" + documents);
    const test::Measured run =
        test::measure(test::shell_quote(KANSLI_CLI) + " publish " + quoted(m) + " --out " + quoted(site()));
    ASSERT_EQ(run.exit_code, 0);
    EXPECT_LT(run.seconds, test::kBoundSeconds);
    EXPECT_LT(run.megabytes, test::kBoundMegabytes);
    std::cout << "5 000 times one document: " << run.seconds << " s, " << run.megabytes << " MB\n";
    EXPECT_FALSE(fs::exists(site() / test::kExampleMeetingDir / "arende-6-tjansteskrivelse-bostad-forst-2.html"));
}

}  // namespace
