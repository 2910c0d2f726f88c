// Fuzz target: meeting folders made from the input, published. Structure-aware: the bytes pick
// meeting.json's shape (body, date, justering, protokoll, items with their documents,
// attachments and protokollsutdrag, a wrong type or an unknown key now and then, or raw bytes)
// and the files it names (data files, attachments with repeating names, folders, links inside
// and out of the folder, dangling links, named pipes); then the meeting is published, sometimes
// twice into the same site (it grows), sometimes one is taken off again. The first choice of each
// pick is a good one, so an empty input publishes a valid meeting.
//
// Besides the rule every target checks (only kansli::Error escapes), what publish promises:
// no byte of a file outside the meeting folder reaches the site; the meeting folder and what
// lies beside it are never changed; a publish that fails leaves the site exactly as it was; no
// work folder is left beside the site.
#include <fuzzer/FuzzedDataProvider.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "kansli/kansli.hpp"
#include "publish/publish.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kSecret = "HEMLIGT-far-aldrig-publiceras";

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void write_file(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
}

// Every entry below `folder`: a regular file's bytes, else its kind (never read: a pipe blocks).
std::map<std::string, std::string> snapshot(const fs::path& folder) {
    std::map<std::string, std::string> entries;
    std::error_code ec;
    if (!fs::exists(folder, ec)) return entries;
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        const std::string path = it->path().lexically_relative(folder).generic_string();
        if (it->is_symlink())
            entries[path] = "link " + fs::read_symlink(it->path()).string();
        else if (it->is_regular_file())
            entries[path] = read_file(it->path());
        else
            entries[path] = it->is_directory() ? "folder" : "special";
    }
    return entries;
}

void check(bool holds, const char* promise) {
    if (!holds) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

struct World {
    fs::path root;  // .../outside (the secret), .../run (the meeting and the site)
    kansli::PluginRegistry plugins;
    kansli::cli::PublishSettings settings;
    std::string kallelse, memo;  // the example meeting's data

    World() {
        char name[] = "/tmp/kansli-fuzz-meeting-XXXXXX";
        root = ::mkdtemp(name);
        write_file(root / "outside/hemligt.txt", kSecret);
        write_file(root / "outside/mapp/hemligt.pdf", kSecret);
        for (const auto& dir : kansli::default_plugin_dirs()) plugins.load_directory(dir);
        settings.template_dirs = kansli::default_template_dirs();
        settings.jobs = 1;
        const fs::path example = kansli::fuzz::source_dir() / "examples/mote-socialnamnden-2021-02-09";
        kallelse = read_file(example / "kallelse.json");
        memo = read_file(example / "tjansteskrivelse-bostad-forst.json");
    }
    ~World() {
        std::error_code ignored;
        fs::remove_all(root, ignored);
    }
    World(const World&) = delete;
    World& operator=(const World&) = delete;
};

std::string some_text(FuzzedDataProvider& in, const char* const (&choices)[6]) {
    const std::size_t choice = in.ConsumeIntegralInRange<std::size_t>(0, 6);
    return choice < 6 ? choices[choice] : in.ConsumeRandomLengthString(40);
}

// The files the meeting folder holds, by name: made from the input.
class FolderMaker {
public:
    // The folder starts with the example meeting's two data files, under the names meeting.json
    // uses first.
    FolderMaker(FuzzedDataProvider& in, const World& world, const fs::path& folder)
        : in_(in), world_(world), folder_(folder) {
        write_file(folder / "kallelse.json", world.kallelse);
        write_file(folder / "memo.json", world.memo);
    }

    // A name meeting.json may use, made into something in the folder the first time.
    std::string name() {
        static const char* const kNames[] = {"kallelse.json",
                                             "memo.json",
                                             "bilagor/bilaga.pdf",
                                             "bilaga.pdf",
                                             "a/b/bilaga.pdf",
                                             "ä ö/Bilaga Ett.PDF",
                                             "x",
                                             ".dold",
                                             "bilagor",
                                             "../outside/hemligt.txt",
                                             "/etc/hostname",
                                             "saknas.pdf"};
        const std::size_t choice = in_.ConsumeIntegralInRange<std::size_t>(0, std::size(kNames));
        std::string name = choice < std::size(kNames) ? kNames[choice] : in_.ConsumeRandomLengthString(30);
        if (made_.insert(name).second) make(name);
        return name;
    }

private:
    void make(const std::string& name) {
        const fs::path target = (folder_ / name).lexically_normal();
        if (name.empty() || name.front() == '/' || name.find("..") != std::string::npos) return;
        if (target.string().find('\0') != std::string::npos) return;
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        if (ec || fs::exists(target, ec)) return;
        switch (in_.ConsumeIntegralInRange(0, 8)) {
            case 0:
            case 1:
                return write_file(target, world_.memo);
            case 2:
                return write_file(target, in_.ConsumeRandomLengthString(2000));
            case 3:
                fs::create_directories(target, ec);
                return;
            case 4:  // a link out of the folder
                fs::create_symlink(world_.root / "outside/hemligt.txt", target, ec);
                return;
            case 5:  // a linked folder out of it
                fs::create_symlink(world_.root / "outside/mapp", target, ec);
                return;
            case 6:  // a link to another name, which may lead anywhere
                fs::create_symlink(name == "memo.json" ? "kallelse.json" : "../memo.json", target, ec);
                return;
            case 7:
                ::mkfifo(target.c_str(), 0644);
                return;
            default:  // a dangling link
                fs::create_symlink("saknas-helt", target, ec);
                return;
        }
    }

    FuzzedDataProvider& in_;
    const World& world_;
    fs::path folder_;
    std::set<std::string> made_ = {"kallelse.json", "memo.json"};
};

json document(FuzzedDataProvider& in, FolderMaker& files, const char* data_name) {
    static const char* const kTemplates[] = {
        "katrineholm/tjansteskrivelse", "katrineholm/kallelse", "botkyrka/tjansteskrivelse", "x/y", "../z", ""};
    json d = {{"data", in.ConsumeBool() ? json(files.name()) : json(data_name)},
              {"template", some_text(in, kTemplates)}};
    if (in.ConsumeIntegralInRange(0, 15) == 0) d["extra"] = 1;
    return d;
}

json attachment(FuzzedDataProvider& in, FolderMaker& files) {
    static const char* const kTitles[] = {"Bilaga", "Bilaga", "Karta över området", "", " ", "<b>&amp;</b>"};
    return {{"file", files.name()}, {"title", some_text(in, kTitles)}};
}

json paper(FuzzedDataProvider& in, FolderMaker& files) {
    return in.ConsumeBool() ? attachment(in, files) : document(in, files, "memo.json");
}

// meeting.json: its shape from the input, mostly right, sometimes not.
std::string manifest(FuzzedDataProvider& in, FolderMaker& files) {
    if (in.ConsumeIntegralInRange(0, 15) == 15) return in.ConsumeRandomLengthString(500);
    static const char* const kBodies[] = {"Socialnämnden", "Kommunstyrelsen", "Ålands nämnd", "", "   ", "/../x"};
    static const char* const kDates[] = {"2021-02-09", "2021-03-16", "2022-01-18", "2021-02-30", "", "9 feb"};
    static const char* const kNumbers[] = {"6", "1", "9", "60", "", "6 "};
    json m = {{"body", some_text(in, kBodies)}, {"date", some_text(in, kDates)}};
    m["kallelse"] = in.ConsumeIntegralInRange(0, 7) < 7
                        ? json{{"data", "kallelse.json"}, {"template", "katrineholm/kallelse"}}
                        : document(in, files, "kallelse.json");
    if (in.ConsumeIntegralInRange(0, 3) == 1) m["justerat"] = some_text(in, kDates);
    if (in.ConsumeIntegralInRange(0, 3) == 1) m["protokoll"] = paper(in, files);
    json items = json::array();
    for (int i = in.ConsumeIntegralInRange(0, 6); i > 0; --i) {
        json item = {{"number", some_text(in, kNumbers)}};
        json documents = json::array(), attachments = json::array();
        for (int d = in.ConsumeIntegralInRange(0, 3); d > 0; --d) documents.push_back(document(in, files, "memo.json"));
        for (int a = in.ConsumeIntegralInRange(0, 6); a > 0; --a) attachments.push_back(attachment(in, files));
        if (!documents.empty()) item["documents"] = documents;
        if (!attachments.empty()) item["attachments"] = attachments;
        if (in.ConsumeIntegralInRange(0, 4) == 1) item["protokollsutdrag"] = paper(in, files);
        if (in.ConsumeIntegralInRange(0, 15) == 1) item["documents"] = "fel typ";
        items.push_back(std::move(item));
    }
    if (!items.empty() || in.ConsumeBool()) m["items"] = std::move(items);
    return m.dump(-1, ' ', false, json::error_handler_t::replace);
}

// One publish (or unpublish) into the site, checking what it promises.
void step(const World& world, const fs::path& run, const std::vector<fs::path>& meetings, const std::string& remove) {
    const fs::path site = run / "site";
    const auto site_before = snapshot(site);
    const auto outside_before = snapshot(world.root / "outside");
    std::map<fs::path, std::map<std::string, std::string>> meetings_before;
    for (const fs::path& m : meetings) meetings_before[m] = snapshot(m);
    bool failed = false;
    try {
        if (remove.empty())
            kansli::cli::publish_meetings(meetings, site, world.settings, world.plugins);
        else
            kansli::cli::unpublish_meetings({remove}, site, world.settings);
    } catch (const kansli::Error&) {
        failed = true;
    }
    const auto site_after = snapshot(site);
    if (failed) check(site_after == site_before, "a publish that fails leaves the site as it was");
    for (const auto& [path, bytes] : site_after)
        check(bytes.find(kSecret) == std::string::npos, "no file from outside the meeting folder reaches the site");
    check(snapshot(world.root / "outside") == outside_before, "nothing outside the site changes");
    for (const fs::path& m : meetings) check(snapshot(m) == meetings_before[m], "the meeting folder never changes");
    for (const auto& entry : fs::directory_iterator(run))
        check(entry.path().filename().string().find(".kansli-publish-") == std::string::npos,
              "no work folder is left beside the site");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const World world;
    FuzzedDataProvider in(data, size);
    const fs::path run = world.root / "run";
    fs::remove_all(run);
    std::vector<fs::path> meetings;
    for (int i = 0, count = in.ConsumeIntegralInRange(1, 2); i < count; ++i) {
        const fs::path folder = run / ("mote-" + std::to_string(i));
        fs::create_directories(folder);
        FolderMaker files(in, world, folder);
        write_file(folder / "meeting.json", manifest(in, files));
        meetings.push_back(folder);
    }
    step(world, run, {meetings.front()}, {});
    if (meetings.size() > 1) step(world, run, {meetings.back()}, {});  // the site grows
    if (in.ConsumeBool())
        step(world, run, {}, in.ConsumeBool() ? "socialnamnden/2021-02-09" : in.ConsumeRandomLengthString(30));
    return 0;
}
