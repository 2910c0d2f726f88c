#include "zip_package.hpp"

#include <gtest/gtest.h>

#include <cstdint>

using kansli::plugin::ZipPackage;

namespace {

std::uint16_t le16(const std::string& b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8));
}

ZipPackage sample() {
    ZipPackage zip;
    zip.add("mimetype", "application/vnd.oasis.opendocument.text", ZipPackage::Compression::Store);
    zip.add("content.xml", std::string(2000, 'x'));
    return zip;
}

}  // namespace

TEST(ZipPackage, SameEntriesGiveTheSameBytes) { EXPECT_EQ(sample().finish(), sample().finish()); }

TEST(ZipPackage, TheFirstEntryIsStoredWithoutExtraFieldAndAFixedDate) {
    const std::string bytes = sample().finish();
    ASSERT_GT(bytes.size(), 38u);
    EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));
    EXPECT_EQ(le16(bytes, 8), 0);      // method: stored
    EXPECT_EQ(le16(bytes, 10), 0);     // DOS time 00:00
    EXPECT_EQ(le16(bytes, 12), 0x21);  // DOS date 1980-01-01
    EXPECT_EQ(le16(bytes, 26), 8);     // name length
    EXPECT_EQ(le16(bytes, 28), 0);     // no extra field
    EXPECT_EQ(bytes.substr(30, 8), "mimetype");
    EXPECT_EQ(bytes.substr(38, 39), "application/vnd.oasis.opendocument.text");
}

TEST(ZipPackage, LargeEntriesAreDeflated) {
    const std::string bytes = sample().finish();
    EXPECT_LT(bytes.size(), 1000u);
}
