// gazetteer_image: makes the built-in gazetteer's image at build time (run by
// src/entities/CMakeLists.txt). Parses the organization TSV with
// Gazetteer::Parse, so the build fails with Parse's error (file and line) on a
// bad row, and writes Gazetteer::Image(), which Gazetteer::BuiltIn() loads at
// start-up instead of parsing.
//
// Usage: gazetteer_image ORGANIZATIONS.tsv OUT.image
#include <cstdio>
#include <fstream>
#include <string>

#include "entities/gazetteer.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gazetteer_image ORGANIZATIONS.tsv OUT.image\n");
    return 2;
  }
  dealgraph::Result<dealgraph::Gazetteer> g = dealgraph::Gazetteer::Load(argv[1]);
  if (!g.ok()) {
    std::fprintf(stderr, "gazetteer_image: %s\n", g.status().ToString().c_str());
    return 1;
  }
  const std::string image = g->Image();
  // The image must load back to the same tables (FromImage reads all Image wrote).
  dealgraph::Result<dealgraph::Gazetteer> back = dealgraph::Gazetteer::FromImage(image, argv[2]);
  if (!back.ok() || back->Image() != image) {
    std::fprintf(stderr, "gazetteer_image: the image does not load back to the same tables\n");
    return 1;
  }
  const std::string out = argv[2], part = out + ".part";  // complete or absent: never a half-written image
  {
    std::ofstream file(part, std::ios::binary | std::ios::trunc);
    file.write(image.data(), static_cast<std::streamsize>(image.size()));
    if (!file.flush()) {
      std::fprintf(stderr, "gazetteer_image: cannot write %s\n", part.c_str());
      return 1;
    }
  }
  if (std::rename(part.c_str(), out.c_str()) != 0) {
    std::fprintf(stderr, "gazetteer_image: cannot rename %s to %s\n", part.c_str(), out.c_str());
    return 1;
  }
  return 0;
}
