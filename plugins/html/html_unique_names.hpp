// Names no two things on a page may share (ids, the names of table regions): the base, else the
// base with a number ("noter-2", "Driftredovisning (2)").
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace kansli::html {

class UniqueNames {
public:
    // A number is written between `before_number` and `after_number`: "-", "" gives base-2.
    UniqueNames(std::string_view before_number, std::string_view after_number)
        : before_(before_number), after_(after_number) {}

    // A name already in use that claim() must not give out.
    void reserve(std::string name) { taken_.insert(std::move(name)); }
    // `base` if free, else the first free numbered name from 2 on; it is then taken.
    std::string claim(std::string_view base);
    bool empty() const { return taken_.empty(); }

private:
    std::string before_;
    std::string after_;
    std::set<std::string> taken_;
    std::map<std::string, int, std::less<>> next_;  // by base: the number claim() tries next
};

}  // namespace kansli::html
