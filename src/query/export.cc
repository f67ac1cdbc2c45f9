// Exports of the whole ledger: JSON Lines, CSV, GraphML and Graphviz DOT.
#include <cmath>
#include <ostream>
#include <set>
#include <unordered_map>

#include "dealgraph/query.h"
#include "ledger/merge.h"
#include "query/deal_csv.h"
#include "query/query_json.h"
#include "query/text_escape.h"

namespace dealgraph {
namespace {

// Assigns node ids to organization names in order of first appearance.
class Nodes {
 public:
  // The id of `name`; `is_new` tells whether it was just created.
  std::string Id(const std::string& name, bool* is_new) {
    auto [it, inserted] = ids_.try_emplace(name, "n" + std::to_string(ids_.size()));
    *is_new = inserted;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::string> ids_;
};

// The parties of a graph edge: each side's names, or one "unnamed" node per deal.
std::vector<std::string> Side(const std::vector<std::string>& names, const MergedDeal& d, const char* which) {
  if (!names.empty()) return names;
  return {"(unnamed " + std::string(which) + " of " + d.id + ")"};
}

Status ExportJsonl(Ledger& ledger, std::ostream& out) {
  return ledger.ForEachDeal([&](const MergedDeal& d, const std::vector<Claim>& claims) {
    out << Dump(ExportJson(d, claims)) << '\n';
    return out ? Status() : Status(ErrorCode::kIoError, "write failed");
  });
}

Status ExportCsv(Ledger& ledger, std::ostream& out) {
  std::vector<std::string> header = {"schema_version"};
  for (const std::string& c : DealCsvColumns()) header.push_back(c);
  for (const char* c : {"outlets", "docs", "from_top", "to_top"}) header.push_back(c);
  out << CsvRow(header) << '\n';
  return ledger.ForEachDeal([&](const MergedDeal& d, const std::vector<Claim>& claims) {
    std::set<std::string> outlets, docs;
    for (const Claim& c : claims) {
      if (!c.outlet.empty()) outlets.insert(c.outlet);
      docs.insert(c.doc);
    }
    std::vector<std::string> row = {std::to_string(kExportSchemaVersion)};
    for (std::string& f : DealCsvFields(d)) row.push_back(std::move(f));
    row.push_back(CsvNames({outlets.begin(), outlets.end()}));
    row.push_back(CsvNames({docs.begin(), docs.end()}));
    row.push_back(CsvNames(d.from_top));
    row.push_back(CsvNames(d.to_top));
    out << CsvRow(row) << '\n';
    return out ? Status() : Status(ErrorCode::kIoError, "write failed");
  });
}

Status ExportGraphml(Ledger& ledger, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"schema_version\" for=\"graph\" attr.name=\"schema_version\" attr.type=\"int\"/>\n"
         "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n";
  const char* edge_keys[][2] = {{"deal", "string"},       {"type", "string"},     {"asset", "string"},
                                {"status", "string"},     {"amount_min", "double"}, {"amount_max", "double"},
                                {"currency", "string"},   {"claims", "int"},      {"first_reported", "string"},
                                {"last_reported", "string"}};
  for (const auto& k : edge_keys) {
    out << "  <key id=\"" << k[0] << "\" for=\"edge\" attr.name=\"" << k[0] << "\" attr.type=\"" << k[1]
        << "\"/>\n";
  }
  out << "  <graph id=\"dealgraph\" edgedefault=\"directed\">\n"
      << "    <data key=\"schema_version\">" << kExportSchemaVersion << "</data>\n";
  Nodes nodes;
  Status s = ledger.ForEachDeal([&](const MergedDeal& d, const std::vector<Claim>&) {
    auto node = [&](const std::string& name) {
      bool is_new = false;
      std::string id = nodes.Id(name, &is_new);
      if (is_new) {
        out << "    <node id=\"" << id << "\"><data key=\"name\">" << XmlEscape(name) << "</data></node>\n";
      }
      return id;
    };
    for (const std::string& f : Side(d.from_top, d, "from")) {
      for (const std::string& t : Side(d.to_top, d, "to")) {
        std::string a = node(f), b = node(t);
        out << "    <edge source=\"" << a << "\" target=\"" << b << "\">";
        auto data = [&](const char* key, const std::string& value) {
          if (!value.empty()) out << "<data key=\"" << key << "\">" << XmlEscape(value) << "</data>";
        };
        data("deal", d.id);
        data("type", std::string(ToString(d.type)));
        data("asset", d.type == DealType::kPurchase ? std::string(ToString(d.asset)) : "");
        data("status", std::string(ToString(d.status)));
        data("amount_min", NumberText(d.amount_min));
        data("amount_max", NumberText(d.amount_max));
        data("currency", d.currency);
        data("claims", std::to_string(d.claims));
        data("first_reported", d.first_reported);
        data("last_reported", d.last_reported);
        out << "</edge>\n";
      }
    }
    return out ? Status() : Status(ErrorCode::kIoError, "write failed");
  });
  if (!s.ok()) return s;
  out << "  </graph>\n</graphml>\n";
  return out ? Status() : Status(ErrorCode::kIoError, "write failed");
}

std::string AmountLabel(const MergedDeal& d) {
  if (!d.amount_min) return "";
  auto scaled = [](double v) {
    char buf[32];
    if (v >= 1e9) {
      std::snprintf(buf, sizeof buf, "%.3gB", v / 1e9);
    } else if (v >= 1e6) {
      std::snprintf(buf, sizeof buf, "%.3gM", v / 1e6);
    } else {
      std::snprintf(buf, sizeof buf, "%.0f", v);
    }
    return std::string(buf);
  };
  std::string s = " " + d.currency + " " + scaled(*d.amount_min);
  if (d.amount_max && *d.amount_max != *d.amount_min) s += "-" + scaled(*d.amount_max);
  return s;
}

Status ExportDot(Ledger& ledger, std::ostream& out) {
  out << "// dealgraph export, schema_version " << kExportSchemaVersion << "\n"
      << "digraph dealgraph {\n"
      << "  graph [comment=\"dealgraph schema_version " << kExportSchemaVersion << "\", rankdir=LR];\n"
      << "  node [shape=box];\n";
  Nodes nodes;
  Status s = ledger.ForEachDeal([&](const MergedDeal& d, const std::vector<Claim>&) {
    auto node = [&](const std::string& name) {
      bool is_new = false;
      std::string id = nodes.Id(name, &is_new);
      if (is_new) out << "  " << id << " [label=" << DotQuote(name) << "];\n";
      return id;
    };
    std::string label = std::string(ToString(d.type)) + " " + std::string(ToString(d.status)) + AmountLabel(d);
    const char* style = d.type == DealType::kPartnership ? ", dir=none, style=dashed"
                        : IsTalks(d.status)        ? ", style=dotted"
                                                         : "";
    for (const std::string& f : Side(d.from_top, d, "from")) {
      for (const std::string& t : Side(d.to_top, d, "to")) {
        std::string a = node(f), b = node(t);
        out << "  " << a << " -> " << b << " [label=" << DotQuote(label) << ", tooltip=" << DotQuote(d.id) << style
            << "];\n";
      }
    }
    return out ? Status() : Status(ErrorCode::kIoError, "write failed");
  });
  if (!s.ok()) return s;
  out << "}\n";
  return out ? Status() : Status(ErrorCode::kIoError, "write failed");
}

}  // namespace

bool ParseExportFormat(std::string_view name, ExportFormat* out) {
  if (name == "jsonl") *out = ExportFormat::kJsonl;
  else if (name == "csv") *out = ExportFormat::kCsv;
  else if (name == "graphml") *out = ExportFormat::kGraphml;
  else if (name == "dot") *out = ExportFormat::kDot;
  else return false;
  return true;
}

Status Export(Ledger& ledger, ExportFormat format, std::ostream& out) {
  switch (format) {
    case ExportFormat::kJsonl: return ExportJsonl(ledger, out);
    case ExportFormat::kCsv: return ExportCsv(ledger, out);
    case ExportFormat::kGraphml: return ExportGraphml(ledger, out);
    case ExportFormat::kDot: return ExportDot(ledger, out);
  }
  return Status(ErrorCode::kInvalidArgument, "unknown export format");
}

}  // namespace dealgraph
