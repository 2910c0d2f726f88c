// Swedish alphabetical order from ICU's collator: å, ä, ö after z; v and w apart.
#include <unicode/coll.h>

#include <memory>
#include <stdexcept>

#include "icu_text.hpp"
#include "kansli/locale.hpp"

namespace kansli::sv {

bool collate_less(std::string_view a, std::string_view b) {
    // A collator is immutable once built and safe to share between threads.
    static const std::unique_ptr<const icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(detail::swedish(), status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU Swedish collation unavailable");
        return std::unique_ptr<const icu::Collator>(std::move(c));
    }();
    UErrorCode status = U_ZERO_ERROR;
    return collator->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                 icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status) == UCOL_LESS;
}

}  // namespace kansli::sv
