// Status: names of error codes and the printed form of an error.
#include "dealgraph/status.h"

namespace dealgraph {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kInvalidArgument: return "invalid-argument";
    case ErrorCode::kNotFound: return "not-found";
    case ErrorCode::kIoError: return "io-error";
    case ErrorCode::kInvalidUtf8: return "invalid-utf8";
    case ErrorCode::kBinaryInput: return "binary-input";
    case ErrorCode::kEmptyInput: return "empty-input";
    case ErrorCode::kTooLarge: return "too-large";
    case ErrorCode::kParseError: return "parse-error";
    case ErrorCode::kSchemaError: return "schema-error";
    case ErrorCode::kDatabaseError: return "database-error";
    case ErrorCode::kVersionMismatch: return "version-mismatch";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kInternal: return "internal";
  }
  return "unknown";
}

Status Status::At(const std::string& where) const {
  if (ok()) return *this;
  if (where_.empty()) return Status(code_, message_, where);
  return Status(code_, message_, where + ": " + where_);
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out;
  if (!where_.empty()) out = where_ + ": ";
  out += message_;
  out += " (";
  out += ErrorCodeName(code_);
  out += ")";
  return out;
}

}  // namespace dealgraph
