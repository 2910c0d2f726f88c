// Embedding libkansli: render a template package's example with an installed writer.
// usage: embed TEMPLATE_NAME FORMAT OUT_FILE
#include <iostream>
#include <kansli/kansli.hpp>

int main(int argc, char** argv) {
    if (argc != 4) return 2;
    try {
        const kansli::TemplatePackage package =
            kansli::TemplateSearchPath(kansli::default_template_dirs()).find(argv[1]);
        kansli::PluginRegistry plugins;
        for (const auto& dir : kansli::default_plugin_dirs()) plugins.load_directory(dir);
        const kansli::Writer* writer = plugins.find(argv[2]);
        if (writer == nullptr) return 3;
        const auto document =
            kansli::build_document(package, kansli::load_data(package.example_file()), "example.json");
        kansli::write_file_atomically(argv[3], writer->write(document, package.theme()));
    } catch (const kansli::Error& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    return 0;
}
