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

// Item 8's årsredovisning is katrineholm/arsredovisning's example, embedded (the data has no
// include): the same data but for the fields only that package's <meta> and table of contents
// use. The two must not drift apart.
TEST(Packet, TheArsredovisningAttachedToItem8IsThatPackagesExample) {
    auto report = nlohmann::json::parse(
        test::read_file(test::source_dir() / "templates/katrineholm/arsredovisning/example.json"));
    for (const char* meta_only : {"dnr", "report_date", "responsible", "toc_depth"}) report.erase(meta_only);
    const auto packet_data = example();
    const auto& attachments = packet_data.at("items").at(7).at("attachments");
    ASSERT_EQ(attachments.size(), 1u);
    EXPECT_TRUE(attachments[0]["report"] == report);
}

// Each item's papers in order: the memo (the section the agenda refers to), then each attachment
// on a new page of its own.
TEST(Packet, AttachmentsFollowTheirItemsMemoEachOnANewPage) {
    test::TempDir work;
    test::write_file(work / "d.json", example().dump());
    const auto r = packet("xml", work / "d.json");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const std::vector<std::string> in_order = {
        R"(<section role="agenda-item" id="arende-6">)",
        R"(<heading level="1">Motion om bostad först - en evidensbaserad metod vid hemlöshet</heading>)",
        R"(<heading level="2">Kommunfullmäktiges beslut</heading>)",
        R"(<heading level="1">BOSTAD FÖRST – EN EVIDENSBASERAD METOD VID HEMLÖSHET</heading>)",
        R"(<signature name="John G Ogenholt"/>)",
        R"(<section role="agenda-item" id="arende-7">)",
        R"(<heading level="1" toc="false">Reglemente för socialnämnden</heading>)",
        R"(<section role="agenda-item" id="arende-8">)",
        R"(<heading level="1" toc="false">Årsredovisning</heading>)",
        R"(<section role="agenda-item" id="arende-9">)",
        R"(<heading level="1" toc="false">Internkontrollrapport</heading>)",
        R"(<heading level="2">Kontrollområde: Månadsrapporter</heading>)"};
    std::size_t from = 0;
    for (const auto& text : in_order) {
        const auto at = r.out.find(text, from);
        ASSERT_NE(at, std::string::npos) << "missing or out of order: " << text;
        from = at + text.size();
    }
    EXPECT_EQ(count(r.out, R"(<section role="attachment">)"), 5u);
    EXPECT_EQ(count(r.out, "<toc"), 0u) << "a table of contents would list the whole packet";
}
