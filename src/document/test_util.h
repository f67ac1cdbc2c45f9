// Test helpers for the document readers: collect what a read delivers, write temp files.
#ifndef DEALGRAPH_DOCUMENT_TEST_UTIL_H_
#define DEALGRAPH_DOCUMENT_TEST_UTIL_H_

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "dealgraph/document.h"

namespace dealgraph::testing_util {

// Everything one read produced.
struct Collected {
  Status status;
  std::vector<Document> docs;
  std::vector<Status> errors;
};

inline Collected ReadBuffer(std::string_view bytes, const std::string& name,
                            InputFormat format = InputFormat::kAuto, ReadLimits limits = {}) {
  Collected c;
  c.status = ReadDocumentsFromBuffer(
      bytes, name, format, limits, [&](Document&& d) { c.docs.push_back(std::move(d)); },
      [&](const Status& s) { c.errors.push_back(s); });
  return c;
}

inline Collected ReadFile(const std::string& path, InputFormat format = InputFormat::kAuto,
                          ReadLimits limits = {}) {
  Collected c;
  c.status = ReadDocuments(
      path, format, limits, [&](Document&& d) { c.docs.push_back(std::move(d)); },
      [&](const Status& s) { c.errors.push_back(s); });
  return c;
}

// A file in a fresh temporary folder, removed with the object.
class TempFile {
 public:
  TempFile(const std::string& name, std::string_view bytes) {
    char dir[] = "/tmp/dealgraph-doc-XXXXXX";
    dir_ = mkdtemp(dir);
    path_ = dir_ + "/" + name;
    std::ofstream(path_, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  ~TempFile() {
    std::remove(path_.c_str());
    rmdir(dir_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string dir_;
  std::string path_;
};

// Path of a fixture in src/document/testdata.
inline std::string Fixture(const std::string& name) {
  return std::string(DEALGRAPH_SOURCE_DIR) + "/src/document/testdata/" + name;
}

}  // namespace dealgraph::testing_util

#endif  // DEALGRAPH_DOCUMENT_TEST_UTIL_H_
