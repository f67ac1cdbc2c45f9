// Lexicon loading: parses the trigger and cue tables, reporting file:line on errors.
#include "deals/lexicon.h"

#include <array>
#include <utility>

namespace dealgraph {
namespace embedded {
extern const std::string_view triggers_tsv;
extern const std::string_view cues_tsv;
}  // namespace embedded

namespace {

constexpr std::array<std::pair<std::string_view, Frame>, 22> kFrames = {{
    {"invest", Frame::kInvest}, {"fund", Frame::kFund}, {"stake", Frame::kStake},
    {"investment", Frame::kInvestment}, {"raise", Frame::kRaise}, {"round", Frame::kRound},
    {"lead", Frame::kLead}, {"acquire", Frame::kAcquire}, {"acquisition", Frame::kAcquisition},
    {"buy", Frame::kBuy}, {"merge", Frame::kMerge}, {"sell", Frame::kSell}, {"spend", Frame::kSpend},
    {"commit", Frame::kCommit}, {"deal", Frame::kDeal}, {"partner", Frame::kPartner},
    {"supply", Frame::kSupply}, {"use", Frame::kUse}, {"pay", Frame::kPay}, {"backer", Frame::kBacker},
    {"license", Frame::kLicense}, {"grant", Frame::kGrant},
}};
constexpr std::array<std::pair<std::string_view, Form>, 5> kForms = {{
    {"base", Form::kBase}, {"present", Form::kPresent}, {"past", Form::kPast}, {"ing", Form::kIng},
    {"noun", Form::kNoun},
}};
constexpr std::array<std::pair<std::string_view, CueKind>, 14> kCueKinds = {{
    {"talks", CueKind::kTalks}, {"planned", CueKind::kPlanned}, {"announced", CueKind::kAnnounced},
    {"cancelled", CueKind::kCancelled}, {"done", CueKind::kDone}, {"hypothetical", CueKind::kHypothetical},
    {"speech", CueKind::kSpeech}, {"valuation", CueKind::kValuation}, {"capital", CueKind::kCapital},
    {"cloud", CueKind::kCloud}, {"chips", CueKind::kChips}, {"infrastructure", CueKind::kInfrastructure},
    {"other", CueKind::kOther}, {"combined", CueKind::kCombined},
}};

template <class T, size_t N>
bool Lookup(const std::array<std::pair<std::string_view, T>, N>& table, std::string_view key, T* out) {
  for (const auto& [name, value] : table) {
    if (name == key) {
      *out = value;
      return true;
    }
  }
  return false;
}

// Splits TSV text into rows of fields, skipping blank and '#' lines; calls
// row(fields, line) and stops at the first error it returns.
template <class Fn>
Status ForEachRow(std::string_view tsv, std::string_view name, Fn&& row) {
  size_t line_no = 0;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    Status s = row(fields);
    if (!s.ok()) return s.At(std::string(name) + ":" + std::to_string(line_no));
  }
  return Status::Ok();
}

// The clause words and their classes.
struct ClauseEntry {
  std::string_view word;
  uint32_t classes;
};
constexpr ClauseEntry kClauseWords[] = {
    {",", kComma | kCommaLike | kCommaOrDash}, {"\u2014", kCommaLike | kCommaOrDash}, {"\u2013", kCommaLike},
    {";", kSemicolon}, {":", kSemicolon}, {"whereas", kWhereas},
    {"after", kSubordinator}, {"before", kSubordinator}, {"because", kSubordinator}, {"when", kSubordinator},
    {"once", kSubordinator}, {"until", kSubordinator}, {"since", kSubordinator}, {"as", kSubordinator},
    {"while", kSubordinator | kContrast}, {"although", kSubordinator | kContrast},
    {"though", kSubordinator | kContrast}, {"but", kContrast}, {"yet", kContrast},
    {"which", kRelative | kAppositionOpener}, {"who", kRelative | kAppositionOpener},
    {"and", kAnd}, {"or", kOr}, {"it", kItThey}, {"they", kItThey},
    {"its", kAppositionOpener}, {"the", kAppositionOpener}, {"a", kAppositionOpener}, {"an", kAppositionOpener},
    {"'s", kPossessiveS},
};

// Two-word triggers, read at their second word.
struct Phrase {
  std::string_view before, word;
  TriggerWord trigger;
};
constexpr Phrase kPhrases[] = {
    {"take", "over", {Frame::kAcquire, Form::kBase}},      {"takes", "over", {Frame::kAcquire, Form::kPresent}},
    {"took", "over", {Frame::kAcquire, Form::kPast}},      {"taken", "over", {Frame::kAcquire, Form::kPast}},
    {"taking", "over", {Frame::kAcquire, Form::kIng}},     {"pick", "up", {Frame::kAcquire, Form::kBase}},
    {"snap", "up", {Frame::kAcquire, Form::kBase}},        {"picked", "up", {Frame::kAcquire, Form::kPast}},
    {"snapped", "up", {Frame::kAcquire, Form::kPast}},     {"work", "together", {Frame::kPartner, Form::kBase}},
    {"team", "together", {Frame::kPartner, Form::kBase}},  {"worked", "together", {Frame::kPartner, Form::kPast}},
    {"teamed", "together", {Frame::kPartner, Form::kPast}}, {"works", "together", {Frame::kPartner, Form::kPast}},
    {"capital", "increase", {Frame::kRound, Form::kNoun}}, {"taken", "private", {Frame::kAcquire, Form::kPast}},
    {"joint", "venture", {Frame::kPartner, Form::kNoun}},  {"working", "with", {Frame::kPartner, Form::kIng}},
    {"business", "combination", {Frame::kMerge, Form::kNoun}}, {"combined", "with", {Frame::kMerge, Form::kPast}},
    {"combines", "with", {Frame::kMerge, Form::kPresent}},
    {"works", "with", {Frame::kPartner, Form::kPresent}},  {"worked", "with", {Frame::kPartner, Form::kPast}},
    {"pull", "in", {Frame::kRaise, Form::kBase}},          {"pulls", "in", {Frame::kRaise, Form::kPresent}},
    {"pulled", "in", {Frame::kRaise, Form::kPast}},        {"pulling", "in", {Frame::kRaise, Form::kIng}},
    {"brought", "in", {Frame::kRaise, Form::kPast}},       {"hauled", "in", {Frame::kRaise, Form::kPast}},
    {"reeled", "in", {Frame::kRaise, Form::kPast}},        {"took", "in", {Frame::kRaise, Form::kPast}},
    {"work", "with", {Frame::kPartner, Form::kBase}},       {"jointly", "develop", {Frame::kPartner, Form::kBase}},
    {"jointly", "developed", {Frame::kPartner, Form::kPast}}, {"jointly", "build", {Frame::kPartner, Form::kBase}},
    {"agreed", "with", {Frame::kPartner, Form::kPast}},
    {"join", "forces", {Frame::kPartner, Form::kBase}},     {"joins", "forces", {Frame::kPartner, Form::kPresent}},
    {"joined", "forces", {Frame::kPartner, Form::kPast}},   {"joining", "forces", {Frame::kPartner, Form::kIng}},
};

}  // namespace

bool MoveVerb(std::string_view w, Form* form) {
  if (w == "move" || w == "migrate" || w == "shift") {
    *form = Form::kBase;
  } else if (w == "moves" || w == "migrates" || w == "shifts") {
    *form = Form::kPresent;
  } else if (w == "moved" || w == "migrated" || w == "shifted") {
    *form = Form::kPast;
  } else if (w == "moving" || w == "migrating" || w == "shifting") {
    *form = Form::kIng;
  } else {
    return false;
  }
  return true;
}

WordEntry& Lexicon::EntryFor(std::string_view w) {
  uint32_t i = word_index_.Find(w);
  if (i == WordTable::kMissing) {
    i = static_cast<uint32_t>(words_.size());
    word_index_.Set(w, i);
    words_.emplace_back();
  }
  return words_[i];
}

Result<Lexicon> Lexicon::BuiltIn() { return Parse(embedded::triggers_tsv, embedded::cues_tsv); }

Result<Lexicon> Lexicon::Parse(std::string_view triggers_tsv, std::string_view cues_tsv) {
  Lexicon lex;
  Status s = ForEachRow(triggers_tsv, "triggers.tsv", [&](const std::vector<std::string_view>& f) {
    TriggerWord t;
    if (f.size() != 3 || !Lookup(kFrames, f[1], &t.frame) || !Lookup(kForms, f[2], &t.form)) {
      return Status(ErrorCode::kParseError, "expected: form <tab> frame <tab> tense with known names");
    }
    if (lex.trigger_index_.Find(f[0]) == WordTable::kMissing) {  // the first row of a word counts
      lex.trigger_index_.Set(f[0], static_cast<uint32_t>(lex.triggers_.size()));
      lex.EntryFor(f[0]).trigger = static_cast<uint32_t>(lex.triggers_.size());
      if (!f[0].empty()) {
        lex.trigger_shape_[static_cast<unsigned char>(f[0][0])] |= uint32_t{1} << (f[0].size() < 31 ? f[0].size() : 31);
      }
      lex.triggers_.push_back(t);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = ForEachRow(cues_tsv, "cues.tsv", [&](const std::vector<std::string_view>& f) {
    Cue c;
    if (f.size() != 2 || !Lookup(kCueKinds, f[1], &c.kind) || f[0].empty()) {
      return Status(ErrorCode::kParseError, "expected: phrase <tab> kind with a known kind");
    }
    std::string_view phrase = f[0];
    size_t sp = phrase.find(' ');
    std::string first(phrase.substr(0, sp));
    while (sp != std::string_view::npos) {
      phrase = phrase.substr(sp + 1);
      sp = phrase.find(' ');
      c.rest.emplace_back(phrase.substr(0, sp));
    }
    uint32_t list = lex.cue_index_.Find(first);
    if (list == WordTable::kMissing) {
      list = static_cast<uint32_t>(lex.cues_.size());
      lex.cue_index_.Set(first, list);
      lex.EntryFor(first).cues = list;
      lex.cues_.emplace_back();
    }
    lex.cues_[list].push_back(std::move(c));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const ClauseEntry& c : kClauseWords) lex.EntryFor(c.word).classes |= c.classes;
  for (const Phrase& p : kPhrases) lex.EntryFor(p.word).phrase_end = true;
  for (std::string_view w : kReadingWords) lex.EntryFor(w).opens_reading = true;
  return lex;
}

const TriggerWord* Lexicon::PhraseTrigger(std::string_view before, std::string_view word) {
  // Called for every token: most words are rejected by their length and first
  // byte (a bit per length for each first byte of a second word) before the
  // list, and so are most words before a common second word ("in", "with").
  static constexpr std::array<uint32_t, 256> kShape = [] {
    std::array<uint32_t, 256> shape{};
    for (const Phrase& p : kPhrases) shape[static_cast<unsigned char>(p.word[0])] |= uint32_t{1} << p.word.size();
    return shape;
  }();
  static constexpr std::array<uint32_t, 256> kBeforeShape = [] {
    std::array<uint32_t, 256> shape{};
    for (const Phrase& p : kPhrases) shape[static_cast<unsigned char>(p.before[0])] |= uint32_t{1} << p.before.size();
    return shape;
  }();
  auto fits = [](const std::array<uint32_t, 256>& shape, std::string_view w) {
    return !w.empty() && w.size() < 32 && ((shape[static_cast<unsigned char>(w[0])] >> w.size()) & 1);
  };
  if (!fits(kShape, word) || !fits(kBeforeShape, before)) return nullptr;
  for (const Phrase& p : kPhrases) {
    // Length and first byte inline first: "in" and "with" pass the filter above.
    if (p.word.size() == word.size() && p.word[0] == word[0] && p.before.size() == before.size() &&
        p.before[0] == before[0] && p.word == word && p.before == before) {
      return &p.trigger;
    }
  }
  return nullptr;
}

}  // namespace dealgraph
