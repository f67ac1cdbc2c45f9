// Status and Result<T>: how every fallible call in dealgraph reports an error.
//
// An error carries a code, a human message, and where it happened (file, line,
// byte offset) so that the command line can print "file.txt:12: message".
// Both types are [[nodiscard]]: an ignored error is a compile warning.
#ifndef DEALGRAPH_STATUS_H_
#define DEALGRAPH_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace dealgraph {

enum class ErrorCode {
  kOk = 0,           // no error
  kInvalidArgument,  // a caller passed a value outside the documented range
  kNotFound,         // a file, record or name does not exist
  kIoError,          // reading or writing a file, socket or pipe failed
  kInvalidUtf8,      // input bytes are not valid UTF-8
  kBinaryInput,      // input looks like binary data (NUL bytes, control codes)
  kEmptyInput,       // input holds no text at all
  kTooLarge,         // input exceeds a documented size limit
  kParseError,       // HTML, JSON, XML or a number could not be parsed
  kSchemaError,      // a record lacks a required field or a field has the wrong type
  kDatabaseError,    // the storage backend reported an error
  kVersionMismatch,  // data was written by a newer, unknown version
  kUnsupported,      // a format or feature this build does not handle
  kInternal,         // a broken invariant inside dealgraph (a bug)
};

// Short stable name of a code, e.g. "invalid-utf8".
const char* ErrorCodeName(ErrorCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  Status(ErrorCode code, std::string message, std::string where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // Where the error happened: "path", "path:line" or "path: byte N"; may be empty.
  const std::string& where() const { return where_; }

  // Returns a copy with `where` set (when it was empty) or prefixed.
  Status At(const std::string& where) const;

  // "where: message (code)" or "message (code)".
  std::string ToString() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
  std::string where_;
};

// A value or an error. Accessing value() of an error aborts (a bug in the caller).
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}  // NOLINT: must not be ok

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_STATUS_H_
