// The meeting packet's agenda against the pages: renders the packet's example to DOCX, ODT and
// PDF, has LibreOffice make PDFs of the first two (the PDF writer's own file is read as it is),
// reads the pages with pdftotext and checks that each item's memo heading starts on the page
// the agenda's Sidan column gives. The PDF is also read by the independent check-pages with the
// items as its page references (--refs).
// usage: kansli-packet-pages KANSLI TEMPLATES_DIR PACKAGE WORK_DIR
// Exit 0 pass, 1 fail, 77 skipped (soffice, pdftotext or check-pages missing; under CI=true
// that fails).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace fs = std::filesystem;
namespace test = kansli::test;

namespace {

struct Item {
    int number = 0;
    std::string title;
    std::string dnr;
};

std::vector<std::string> split_pages(const std::string& text) {
    std::vector<std::string> pages;
    std::size_t from = 0;
    for (auto at = text.find('\f'); at != std::string::npos; at = text.find('\f', from)) {
        pages.push_back(text.substr(from, at - from));
        from = at + 1;
    }
    if (from < text.size() && !test::normalise_space(text.substr(from)).empty()) pages.push_back(text.substr(from));
    return pages;
}

// The Sidan figure of the agenda row holding `dnr`: the last word of that line.
int agenda_page(const std::string& agenda_text, const std::string& dnr) {
    std::istringstream lines(agenda_text);
    for (std::string line; std::getline(lines, line);) {
        if (line.find(dnr) == std::string::npos) continue;
        std::istringstream words(line);
        std::string word, last;
        while (words >> word) last = word;
        if (!last.empty() && std::all_of(last.begin(), last.end(), ::isdigit)) return std::stoi(last);
    }
    return 0;
}

// The PDF LibreOffice makes of a DOCX or ODT: its own page layout. Empty on failure.
fs::path converted_by_libreoffice(const fs::path& document, const fs::path& work) {
    const fs::path pdf_dir = work / ("pdf-" + document.extension().string().substr(1));
    const std::string profile = "file://" + (work / "lo-profile").string();
    const auto converted = test::run("soffice -env:UserInstallation=" + test::shell_quote(profile) +
                                     " --headless --convert-to pdf --outdir " + test::shell_quote(pdf_dir.string()) +
                                     " " + test::shell_quote(document.string()));
    const fs::path pdf = pdf_dir / (document.stem().string() + ".pdf");
    if (converted.exit_code != 0 || !fs::exists(pdf)) {
        std::cout << "FAIL: LibreOffice did not convert " << document << ":\n" << converted.out;
        return {};
    }
    return pdf;
}

// Checks the pages of `pdf` (made of `document`); prints what it found; true when every item
// starts where the agenda says.
bool check_pages(const fs::path& document, const fs::path& pdf, const std::vector<Item>& items) {
    if (pdf.empty()) return false;
    const fs::path text_file = pdf.parent_path() / (pdf.stem().string() + "-pages.txt");
    const auto extracted =
        test::run("pdftotext -layout " + test::shell_quote(pdf.string()) + " " + test::shell_quote(text_file.string()));
    if (extracted.exit_code != 0) {
        std::cout << "FAIL: pdftotext failed on " << pdf << ":\n" << extracted.out;
        return false;
    }
    const auto pages = split_pages(test::read_file(text_file));
    std::cout << document.filename().string() << ": " << pages.size() << " pages"
              << (document == pdf ? "\n" : " in LibreOffice\n");
    bool ok = !pages.empty();
    for (const auto& item : items) {
        const int page = agenda_page(pages.front(), item.dnr);
        const std::string title = test::normalise_space(item.title);
        const bool on_page =
            page > 1 && page <= static_cast<int>(pages.size()) &&
            test::normalise_space(pages[static_cast<std::size_t>(page - 1)]).find(title) != std::string::npos;
        // Not already on the page before (unless that is the agenda, which lists every title).
        const bool starts_there =
            on_page && (page == 2 || test::normalise_space(pages[static_cast<std::size_t>(page - 2)]).find(title) ==
                                         std::string::npos);
        std::cout << "  item " << item.number << " (" << item.dnr << "): agenda says page " << page << ", "
                  << (starts_there ? "its heading starts there" : "its heading does NOT start there") << '\n';
        ok = ok && starts_there;
    }
    return ok;
}

int missing(const std::string& what) {
    if (test::under_ci()) {
        std::cout << "FAIL: " << what << " (under CI a missing tool is a failure)\n";
        return 1;
    }
    std::cout << "SKIPPED: " << what << '\n';
    return 77;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: kansli-packet-pages KANSLI TEMPLATES_DIR PACKAGE WORK_DIR\n";
        return 2;
    }
    const std::string kansli = argv[1], templates = argv[2], package = argv[3];
    const fs::path work = argv[4];
    if (!test::have_command("soffice")) return missing("soffice (LibreOffice) not found");
    if (!test::have_command("pdftotext")) return missing("pdftotext (poppler-utils) not found");
    const fs::path check_pages_tool = test::validators_dir() / "check-pages";
    if (!fs::exists(check_pages_tool)) return missing("check-pages not found in " + test::validators_dir().string());
    fs::remove_all(work);
    fs::create_directories(work);

    const auto rendered = test::run(test::shell_quote(kansli) + " render --example --template " +
                                    test::shell_quote(package) + " --templates " + test::shell_quote(templates) +
                                    " --format docx,odt,pdf --out " + test::shell_quote(work.string()));
    if (rendered.exit_code != 0) {
        std::cout << "FAIL: rendering failed:\n" << rendered.out;
        return 1;
    }
    const auto data = nlohmann::json::parse(test::read_file(fs::path(templates) / package / "example.json"));
    std::vector<Item> items;
    for (std::size_t i = 0; i < data["items"].size(); ++i) {
        const auto& item = data["items"][i];
        if (item.contains("papers")) items.push_back({static_cast<int>(i + 1), item["title"], item["dnr"]});
    }
    if (items.size() < 2) {
        std::cout << "FAIL: the example has fewer than two items with papers\n";
        return 1;
    }
    bool ok = true;
    for (const char* format : {"docx", "odt"}) {
        const fs::path document = work / (std::string("example.") + format);
        ok = check_pages(document, converted_by_libreoffice(document, work), items) && ok;
    }
    const fs::path pdf = work / "example.pdf";
    ok = check_pages(pdf, pdf, items) && ok;
    // The same, as the independent checker reads it: each item's dnr in the agenda is followed
    // by a page number, and the item's title must start on that page.
    std::string refs;
    for (const auto& item : items) refs += item.dnr + "\t" + item.title + "\n";
    test::write_file(work / "refs.tsv", refs);
    const auto checked =
        test::run(test::shell_quote(check_pages_tool.string()) + " -W --refs " +
                  test::shell_quote((work / "refs.tsv").string()) + " " + test::shell_quote(pdf.string()));
    std::cout << checked.out;
    ok = checked.exit_code == 0 && ok;
    std::cout << (ok ? "PASS" : "FAIL") << '\n';
    return ok ? 0 : 1;
}
