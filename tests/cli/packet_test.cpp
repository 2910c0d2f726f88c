// The meeting packet katrineholm/sammantradeshandlingar: one record per item, links on the web.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace test = kansli::test;
namespace fs = std::filesystem;

namespace {

const std::string kPacket = "katrineholm/sammantradeshandlingar";

nlohmann::json example() {
    return nlohmann::json::parse(test::read_file(test::source_dir() / "templates" / kPacket / "example.json"));
}

test::CommandResult packet(const std::string& command, const fs::path& data, const std::string& extra = "") {
    return test::run(test::shell_quote(KANSLI_CLI) + " " + command + " " + test::shell_quote(data.string()) +
                     " --template " + kPacket + " --templates " +
                     test::shell_quote((test::source_dir() / "templates").string()) + " " + extra);
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST(Packet, AnItemsTitleAndDnrAreWrittenOnceAndShownInAgendaAndMemo) {
    test::TempDir work;
    auto data = example();
    data["items"][6]["title"] = "Ändrat reglemente (testrubrik)";
    data["items"][6]["dnr"] = "SOCN/2021:99";
    test::write_file(work / "d.json", data.dump());
    const auto r = packet("xml", work / "d.json");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_NE(r.out.find(R"(<agenda-item number="7" dnr="SOCN/2021:99" ref="arende-7">Ändrat reglemente (testrubrik))"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(R"(<heading level="1">Ändrat reglemente (testrubrik)</heading>)"), std::string::npos);
    EXPECT_NE(r.out.find(R"(<field label="Vår beteckning">SOCN/2021:99</field>)"), std::string::npos);
    EXPECT_EQ(count(r.out, "SOCN/2021:12"), 0u) << "the old dnr must be gone everywhere";
}

TEST(Packet, AMemoCannotCarryATitleOrDnrOfItsOwn) {
    test::TempDir work;
    auto data = example();
    data["items"][6]["papers"]["title"] = "Annan rubrik";
    data["items"][6]["papers"]["dnr"] = "SOCN/2021:13";
    test::write_file(work / "d.json", data.dump());
    const auto r = packet("check", work / "d.json");
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find("at /items/6/papers/title: unknown field 'title'"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("at /items/6/papers/dnr: unknown field 'dnr'"), std::string::npos) << r.out;
}

TEST(Packet, OnTheWebTheAgendaLinksToEachItemsMemo) {
    test::TempDir work;
    test::write_file(work / "d.json", example().dump());
    const auto r = packet("render", work / "d.json", "--format html --out " + test::shell_quote(work.path().string()));
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const std::string html = test::read_file(work / "d.html");
    for (int item = 6; item <= 9; ++item) {
        const std::string id = "arende-" + std::to_string(item);
        EXPECT_EQ(count(html, "href=\"#" + id + "\""), 1u) << id;
        EXPECT_EQ(count(html, "id=\"" + id + "\""), 1u) << id;
    }
    EXPECT_EQ(count(html, "href=\"#arende-"), 4u) << "items without papers get no link";
}
