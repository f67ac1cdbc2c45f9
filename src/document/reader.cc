// ReadDocuments: loads a file or stdin under the size limit, checks it, and dispatches by format.
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "dealgraph/document.h"
#include "document/dates.h"
#include "document/input_check.h"
#include "document/readers.h"
#include "document/text_util.h"

namespace dealgraph {
namespace {

using document_internal::ReadContext;

std::string DisplayName(const std::string& path) { return path == "-" ? "stdin" : path; }

Status TooLarge(size_t size, const ReadLimits& limits, const std::string& where) {
  return Status(ErrorCode::kTooLarge,
                "the input is " + (size == SIZE_MAX ? std::string("more than ") + std::to_string(limits.max_file_bytes)
                                                    : std::to_string(size)) +
                    " bytes; the limit is " + std::to_string(limits.max_file_bytes),
                where);
}

// Reads all of `file`, failing once it passes `limit` bytes.
Status ReadAll(std::FILE* file, size_t limit, const ReadLimits& limits, const std::string& where,
               std::string* out) {
  char buf[1 << 16];
  for (;;) {
    size_t n = std::fread(buf, 1, sizeof buf, file);
    if (n > 0) {
      if (out->size() + n > limit) return TooLarge(SIZE_MAX, limits, where);
      out->append(buf, n);
    }
    if (n < sizeof buf) {
      if (std::ferror(file)) return Status(ErrorCode::kIoError, std::strerror(errno), where);
      return Status::Ok();
    }
  }
}

Status Dispatch(std::string_view bytes, InputFormat format, const ReadContext& ctx) {
  if (bytes.size() > ctx.limits->max_file_bytes) return TooLarge(bytes.size(), *ctx.limits, ctx.where);
  std::string_view body;
  if (Status s = document_internal::CheckInputBytes(bytes, ctx.where, &body); !s.ok()) return s;
  if (format == InputFormat::kAuto) format = document_internal::DetectFormat(body, ctx.source);
  switch (format) {
    case InputFormat::kText: return document_internal::ReadText(body, ctx);
    case InputFormat::kHtml: return document_internal::ReadHtml(body, ctx);
    case InputFormat::kJsonl: return document_internal::ReadJsonl(body, ctx);
    case InputFormat::kFeed: return document_internal::ReadFeed(body, ctx);
    case InputFormat::kAuto: break;
  }
  return Status(ErrorCode::kInternal, "no reader for the input format", ctx.where);
}

ReadContext MakeContext(const std::string& name, const ReadLimits& limits,
                        const std::function<void(Document&&)>& on_document,
                        const std::function<void(const Status&)>& on_error) {
  ReadContext ctx;
  ctx.where = DisplayName(name);
  ctx.stem = document_internal::FileStem(name);
  ctx.source = name;
  ctx.limits = &limits;
  ctx.on_document = &on_document;
  ctx.on_error = &on_error;
  return ctx;
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// True when a file of this name and format is read as a JSON Lines stream.
bool StreamsAsJsonl(const std::string& path, InputFormat format) {
  if (format == InputFormat::kJsonl) return true;
  if (format != InputFormat::kAuto) return false;
  std::string ext = document_internal::FileExtension(path);
  return ext == ".jsonl" || ext == ".ndjson";
}

// JSON Lines files are checked in a first pass and read in a second, block by
// block: memory does not grow with the file, and the file size limit does not
// apply. Sets *streamed to false (and reads nothing) when kAuto would sniff
// the content as a feed (it starts with '<'): the caller reads it whole.
Status StreamJsonlFile(std::FILE* file, InputFormat format, const ReadContext& ctx, bool* streamed) {
  *streamed = false;
  document_internal::InputChecker checker;
  constexpr size_t kBlock = size_t{1} << 20;
  auto block = std::make_unique_for_overwrite<char[]>(kBlock);  // not zeroed: fread fills it
  size_t size = 0;
  char first_char = 0;  // the first byte that is not a space, after a BOM
  for (;;) {
    size_t n = std::fread(block.get(), 1, kBlock, file);
    if (n > 0) {
      std::string_view data(block.get(), n);
      checker.Add(data);
      if (size == 0 && data.starts_with("\xEF\xBB\xBF")) data.remove_prefix(3);
      for (size_t i = 0; first_char == 0 && i < data.size(); ++i) {
        if (!document_internal::IsAsciiSpace(data[i])) first_char = data[i];
      }
      size += n;
    }
    if (n < kBlock) {
      if (std::ferror(file)) return Status(ErrorCode::kIoError, std::strerror(errno), ctx.where);
      break;
    }
  }
  size_t bom = 0;
  if (Status s = checker.Finish(ctx.where, &bom); !s.ok()) return s;
  if (format == InputFormat::kAuto && first_char == '<') return Status::Ok();
  *streamed = true;
  if (std::fseek(file, 0, SEEK_SET) != 0) return Status(ErrorCode::kIoError, std::strerror(errno), ctx.where);
  return document_internal::StreamJsonl(file, size, ctx);
}

}  // namespace

Status ReadDocumentsFromBuffer(std::string_view bytes, const std::string& name, InputFormat format,
                               const ReadLimits& limits, const std::function<void(Document&&)>& on_document,
                               const std::function<void(const Status&)>& on_error) {
  return Dispatch(bytes, format, MakeContext(name, limits, on_document, on_error));
}

Status ReadDocuments(const std::string& path, InputFormat format, const ReadLimits& limits,
                     const std::function<void(Document&&)>& on_document,
                     const std::function<void(const Status&)>& on_error) {
  ReadContext ctx = MakeContext(path, limits, on_document, on_error);
  std::string bytes;
  if (path == "-") {
    if (Status s = ReadAll(stdin, limits.max_file_bytes, limits, ctx.where, &bytes); !s.ok()) return s;
    return Dispatch(bytes, format, ctx);
  }
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    int err = errno;
    ErrorCode code = (err == ENOENT || err == ENOTDIR) ? ErrorCode::kNotFound : ErrorCode::kIoError;
    return Status(code, std::string("cannot open: ") + std::strerror(err), ctx.where);
  }
  if (S_ISDIR(st.st_mode)) return Status(ErrorCode::kInvalidArgument, "is a directory, not a file", ctx.where);
  if (S_ISREG(st.st_mode) && StreamsAsJsonl(path, format)) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (file == nullptr) {
      return Status(ErrorCode::kIoError, std::string("cannot open: ") + std::strerror(errno), ctx.where);
    }
    ctx.file_date = document_internal::UtcDate(st.st_mtime);
    bool streamed = false;
    Status s = StreamJsonlFile(file.get(), format, ctx, &streamed);
    if (streamed || !s.ok()) return s;
    ctx.file_date.clear();
  }
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > limits.max_file_bytes) {
    return TooLarge(static_cast<size_t>(st.st_size), limits, ctx.where);
  }
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (file == nullptr) return Status(ErrorCode::kIoError, std::string("cannot open: ") + std::strerror(errno), ctx.where);
  if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<size_t>(st.st_size));
  if (Status s = ReadAll(file.get(), limits.max_file_bytes, limits, ctx.where, &bytes); !s.ok()) return s;
  file.reset();
  ctx.file_date = document_internal::UtcDate(st.st_mtime);
  return Dispatch(bytes, format, ctx);
}

}  // namespace dealgraph
