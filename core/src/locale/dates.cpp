// Dates, times, ranges and reporting periods, Swedish style. ICU gives the month and weekday
// names; the writing rules' clock ("kl. 18.00") and range rules are applied here.
#include <unicode/calendar.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <memory>
#include <stdexcept>

#include "icu_text.hpp"
#include "kansli/locale.hpp"

namespace kansli::sv {

namespace {

using detail::all_digits;
using detail::is_digit;

struct IsoDate {
    int year, month, day;
};

int to_int(std::string_view digits) {
    int n = 0;
    for (char c : digits) n = n * 10 + (c - '0');
    return n;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

IsoDate parse_iso_date(std::string_view text) {
    const auto bad = [&]() {
        return std::invalid_argument("'" + std::string(text) + "' is not a date of the form YYYY-MM-DD");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') throw bad();
    if (!all_digits(text.substr(0, 4)) || !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2))) throw bad();
    const IsoDate d{to_int(text.substr(0, 4)), to_int(text.substr(5, 2)), to_int(text.substr(8, 2))};
    static constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.month < 1 || d.month > 12) throw bad();
    const int last = days_in_month[d.month - 1] + (d.month == 2 && is_leap(d.year) ? 1 : 0);
    if (d.day < 1 || d.day > last)
        throw std::invalid_argument("'" + std::string(text) + "' is not a day in the calendar");
    return d;
}

std::string format_date_pattern(const IsoDate& d, const char* pattern) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZone> utc(icu::TimeZone::createTimeZone("UTC"));
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(*utc, detail::swedish(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU calendar unavailable");
    calendar->clear();
    calendar->set(d.year, d.month - 1, d.day, 12, 0, 0);
    const UDate when = calendar->getTime(status);
    icu::SimpleDateFormat format(icu::UnicodeString::fromUTF8(pattern), detail::swedish(), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU date format unavailable");
    format.setTimeZone(*utc);
    icu::UnicodeString out;
    format.format(when, out);
    return detail::to_utf8(out);
}

std::string month_name(int month) { return format_date_pattern({2000, month, 1}, "MMMM"); }

struct Clock {
    int hour, minute;
};

Clock parse_time(std::string_view time) {
    const auto bad = [&]() {
        return std::invalid_argument("'" + std::string(time) + "' is not a time of the form HH:MM");
    };
    if (time.size() < 4 || time.size() > 5) throw bad();
    const std::size_t sep = time.size() - 3;
    if (time[sep] != ':' && time[sep] != '.') throw bad();
    if (!all_digits(time.substr(0, sep)) || !all_digits(time.substr(sep + 1))) throw bad();
    const Clock c{to_int(time.substr(0, sep)), to_int(time.substr(sep + 1))};
    // 24.00 is the end of a day ("kl. 18.00–24.00"); nothing after it.
    if (c.minute > 59 || c.hour > 24 || (c.hour == 24 && c.minute != 0)) throw bad();
    return c;
}

std::string clock_text(const Clock& c) {
    // Myndigheternas skrivregler: "kl. 9.00", "kl. 18.00" (period, no leading zero in the hour).
    return std::to_string(c.hour) + "." + (c.minute < 10 ? "0" : "") + std::to_string(c.minute);
}

enum class Shape { Year, Month, Date, Time, Unknown };

Shape shape_of(std::string_view text) {
    if (text.size() >= 1 && text.size() <= 4 && all_digits(text)) return Shape::Year;
    if (text.size() == 7 && text[4] == '-' && all_digits(text.substr(0, 4)) && all_digits(text.substr(5)))
        return Shape::Month;
    if (text.size() == 10 && text[4] == '-') return Shape::Date;
    if ((text.size() == 4 || text.size() == 5) && (text[text.size() - 3] == ':' || text[text.size() - 3] == '.'))
        return Shape::Time;
    return Shape::Unknown;
}

int parse_month(std::string_view text) {
    const int month = to_int(text.substr(5, 2));
    if (month < 1 || month > 12) throw std::invalid_argument("'" + std::string(text) + "' is not a month (YYYY-MM)");
    return month;
}

// Språkrådet: an en dash without spaces between one-word ends ("19–20 september",
// "januari–augusti 2023"), with spaces when the ends have several words ("30 september –
// 2 oktober 2023"); the space before the dash does not break, so no line starts with it.
std::string join_range(const std::string& from, const std::string& to) {
    const bool words = from.find(' ') != std::string::npos;
    return words ? from + detail::kNoBreakSpace + detail::kEnDash + " " + to : from + detail::kEnDash + to;
}

}  // namespace

std::string format_date_iso(std::string_view iso_date) {
    parse_iso_date(iso_date);
    return std::string(iso_date);
}

std::string format_date_long(std::string_view iso_date) {
    return format_date_pattern(parse_iso_date(iso_date), "d MMMM y");
}
std::string format_date_full(std::string_view iso_date) {
    return format_date_pattern(parse_iso_date(iso_date), "EEEE d MMMM y");
}
std::string weekday(std::string_view iso_date) { return format_date_pattern(parse_iso_date(iso_date), "EEEE"); }

std::string format_year(std::string_view year) {
    if (shape_of(year) != Shape::Year) throw std::invalid_argument("'" + std::string(year) + "' is not a year");
    return std::string(year);
}

std::string format_time(std::string_view time) { return clock_text(parse_time(time)); }

std::string format_clock(std::string_view time) { return "kl. " + format_time(time); }

std::string format_range(std::string_view from, std::string_view to) {
    const Shape shape = shape_of(from);
    const auto backwards = [&]() {
        return std::invalid_argument("the range '" + std::string(from) + "' to '" + std::string(to) +
                                     "' ends before it starts");
    };
    if (shape == Shape::Unknown || shape != shape_of(to))
        throw std::invalid_argument("'" + std::string(from) + "' and '" + std::string(to) +
                                    "' are not both years, months (YYYY-MM), dates (YYYY-MM-DD) or times (HH:MM)");
    switch (shape) {
        case Shape::Year: {
            if (to_int(to) < to_int(from)) throw backwards();
            return from == to ? std::string(from) : std::string(from) + detail::kEnDash + std::string(to);
        }
        case Shape::Month: {
            const int from_year = to_int(from.substr(0, 4)), to_year = to_int(to.substr(0, 4));
            const int from_month = parse_month(from), to_month = parse_month(to);
            if (std::pair(to_year, to_month) < std::pair(from_year, from_month)) throw backwards();
            const std::string to_text = month_name(to_month) + " " + std::to_string(to_year);
            if (from_year == to_year && from_month == to_month) return to_text;
            if (from_year == to_year) return join_range(month_name(from_month), to_text);
            return join_range(month_name(from_month) + " " + std::to_string(from_year), to_text);
        }
        case Shape::Date: {
            const IsoDate a = parse_iso_date(from), b = parse_iso_date(to);
            if (std::string_view(to) < from) throw backwards();
            const std::string to_text = format_date_pattern(b, "d MMMM y");
            if (from == to) return to_text;
            if (a.year == b.year && a.month == b.month) return join_range(std::to_string(a.day), to_text);
            if (a.year == b.year) return join_range(format_date_pattern(a, "d MMMM"), to_text);
            return join_range(format_date_pattern(a, "d MMMM y"), to_text);
        }
        case Shape::Time: {
            const Clock a = parse_time(from), b = parse_time(to);
            if (std::pair(b.hour, b.minute) < std::pair(a.hour, a.minute)) throw backwards();
            return clock_text(a) + detail::kEnDash + clock_text(b);
        }
        case Shape::Unknown:
            break;
    }
    throw std::logic_error("unreachable");
}

std::string format_period(std::string_view code) {
    const auto bad = [&]() {
        return std::invalid_argument(
            "'" + std::string(code) +
            "' is not a period (2020, 2020-09, 2020-T2, 2020-Q3, 2020-K3, 2020-D2, 2020-H, T2)");
    };
    std::string year;
    std::string_view part = code;
    if (code.size() >= 4 && all_digits(code.substr(0, 4))) {
        year = std::string(code.substr(0, 4));
        if (code.size() == 4) return year;
        if (code[4] != '-') throw bad();
        part = code.substr(5);
        if (part.size() == 2 && all_digits(part)) {
            const int month = to_int(part);
            if (month < 1 || month > 12) throw bad();
            return month_name(month) + " " + year;
        }
    }
    const std::string suffix = year.empty() ? "" : " " + year;
    if (part == "H") {
        if (year.empty()) return "helår";
        return "helår" + suffix;
    }
    if (part.size() != 2 || !is_digit(part[1])) throw bad();
    const int n = part[1] - '0';
    switch (part[0]) {
        case 'T':
            if (n >= 1 && n <= 3) return "tertial " + std::to_string(n) + suffix;
            break;
        case 'Q':
        case 'K':
            if (n >= 1 && n <= 4) return "kvartal " + std::to_string(n) + suffix;
            break;
        case 'D':
            if (n >= 1 && n <= 3) return "delår " + std::to_string(n) + suffix;
            break;
        default:
            break;
    }
    throw bad();
}

}  // namespace kansli::sv
