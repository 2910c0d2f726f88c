#include "kansli/locale.hpp"

#include <unicode/calendar.h>
#include <unicode/coll.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace kansli::sv {

namespace {

const char* const kNoBreakSpace = "\xC2\xA0";
const icu::Locale& swedish() {
    static const icu::Locale locale("sv", "SE");
    return locale;
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct IsoDate {
    int year, month, day;
};

IsoDate parse_iso_date(std::string_view text) {
    const auto bad = [&]() {
        return std::invalid_argument("'" + std::string(text) + "' is not a date of the form YYYY-MM-DD");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') throw bad();
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!is_digit(text[i])) throw bad();
    const auto num = [&](std::size_t at, std::size_t n) { return std::stoi(std::string(text.substr(at, n))); };
    IsoDate d{num(0, 4), num(5, 2), num(8, 2)};
    static constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    if (d.month < 1 || d.month > 12) throw bad();
    const int last = days_in_month[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
    if (d.day < 1 || d.day > last)
        throw std::invalid_argument("'" + std::string(text) + "' is not a day in the calendar");
    return d;
}

std::string format_date_pattern(std::string_view iso, const char* pattern) {
    const IsoDate d = parse_iso_date(iso);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZone> utc(icu::TimeZone::createTimeZone("UTC"));
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(*utc, swedish(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU calendar unavailable");
    calendar->clear();
    calendar->set(d.year, d.month - 1, d.day, 12, 0, 0);
    const UDate when = calendar->getTime(status);
    icu::SimpleDateFormat format(icu::UnicodeString::fromUTF8(pattern), swedish(), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU date format unavailable");
    format.setTimeZone(*utc);
    icu::UnicodeString out;
    format.format(when, out);
    return to_utf8(out);
}

}  // namespace

Decimal parse_decimal(std::string_view text) {
    std::string s(text);
    // Data often arrives with a decimal comma or a Unicode minus; accept both, nothing else.
    if (s.rfind("\xE2\x88\x92", 0) == 0) s.replace(0, 3, "-");
    const auto bad = [&]() { return std::invalid_argument("'" + std::string(text) + "' is not a number"); };
    std::size_t i = 0;
    Decimal out;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
        if (s[i] == '-') out.literal += '-';
        ++i;
    }
    std::size_t digits = 0;
    while (i < s.size() && is_digit(s[i])) {
        out.literal += s[i++];
        ++digits;
    }
    if (digits == 0) throw bad();
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        out.literal += '.';
        ++i;
        while (i < s.size() && is_digit(s[i])) {
            out.literal += s[i++];
            ++out.decimals;
        }
        if (out.decimals == 0) throw bad();
    }
    if (i != s.size()) throw bad();
    return out;
}

std::string format_number(std::string_view number, std::optional<int> precision) {
    const Decimal d = parse_decimal(number);
    const int decimals = precision.value_or(d.decimals);
    if (decimals < 0 || decimals > 6) throw std::invalid_argument("precision must be 0 to 6");
    // Building a formatter costs far more than using one; ICU's formatters are immutable and
    // thread-safe, so one per precision is built once.
    static const std::array<icu::number::LocalizedNumberFormatter, 7> formatters = [] {
        std::array<icu::number::LocalizedNumberFormatter, 7> all;
        for (int i = 0; i < 7; ++i)
            all[static_cast<std::size_t>(i)] = icu::number::NumberFormatter::withLocale(swedish())
                                                   .precision(icu::number::Precision::fixedFraction(i))
                                                   .roundingMode(UNUM_ROUND_HALFUP);
        return all;
    }();
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = formatters[static_cast<std::size_t>(decimals)].formatDecimal(d.literal.c_str(), status);
    if (U_FAILURE(status)) throw std::invalid_argument("'" + std::string(number) + "' cannot be formatted");
    std::string out = to_utf8(formatted.toString(status));
    // "−0" after rounding a small negative value reads as an error in a table.
    if (out.rfind("\xE2\x88\x92", 0) == 0 && out.find_first_not_of("0,", 3) == std::string::npos) out.erase(0, 3);
    return out;
}

std::string format_percent(std::string_view number, std::optional<int> precision) {
    return format_number(number, precision) + kNoBreakSpace + "%";
}

std::string format_amount(std::string_view number, std::string_view unit, std::optional<int> precision) {
    return format_number(number, precision) + kNoBreakSpace + std::string(unit);
}

std::string format_date_iso(std::string_view iso_date) {
    parse_iso_date(iso_date);
    return std::string(iso_date);
}

std::string format_date_long(std::string_view iso_date) { return format_date_pattern(iso_date, "d MMMM y"); }
std::string format_date_full(std::string_view iso_date) { return format_date_pattern(iso_date, "EEEE d MMMM y"); }
std::string weekday(std::string_view iso_date) { return format_date_pattern(iso_date, "EEEE"); }

std::string format_time(std::string_view time) {
    const auto bad = [&]() {
        return std::invalid_argument("'" + std::string(time) + "' is not a time of the form HH:MM");
    };
    if (time.size() < 4 || time.size() > 5) throw bad();
    const std::size_t sep = time.size() - 3;
    if (time[sep] != ':' && time[sep] != '.') throw bad();
    for (std::size_t i = 0; i < time.size(); ++i)
        if (i != sep && !is_digit(time[i])) throw bad();
    const int hour = std::stoi(std::string(time.substr(0, sep)));
    const int minute = std::stoi(std::string(time.substr(sep + 1)));
    if (hour > 23 || minute > 59) throw bad();
    // Myndigheternas skrivregler: "kl. 9.00", "kl. 18.00" (period, no leading zero in the hour).
    return std::to_string(hour) + "." + (minute < 10 ? "0" : "") + std::to_string(minute);
}

bool collate_less(std::string_view a, std::string_view b) {
    static const std::unique_ptr<const icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(swedish(), status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU Swedish collation unavailable");
        return std::unique_ptr<const icu::Collator>(std::move(c));
    }();
    UErrorCode status = U_ZERO_ERROR;
    return collator->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                 icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status) == UCOL_LESS;
}

}  // namespace kansli::sv
