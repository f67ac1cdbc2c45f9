// Extractor: the public facade running segmentation, entities, references and deal finding.
#include "dealgraph/extractor.h"

#include "deals/context.h"
#include "deals/finder.h"
#include "deals/lexicon.h"
#include "deals/pair_model.h"
#include "document/text_util.h"
#include "entities/entity_json.h"
#include "entities/gazetteer.h"
#include "entities/org_tagger.h"
#include "entities/recognizer.h"
#include "entities/token_flags.h"
#include "reference/resolver.h"
#include "segment/segmenter.h"

namespace dealgraph {

struct Extractor::Impl {
  Impl(Gazetteer g, Lexicon l, std::unique_ptr<OrgTagger> t, std::unique_ptr<PairModel> p)
      : gazetteer(std::move(g)), lexicon(std::move(l)), tagger(std::move(t)), pairs(std::move(p)),
        recognizer(&gazetteer, tagger.get()), resolver(&gazetteer), finder(&lexicon, &gazetteer, pairs.get()) {}
  Gazetteer gazetteer;
  Lexicon lexicon;
  std::unique_ptr<OrgTagger> tagger;  // null: rules only
  std::unique_ptr<PairModel> pairs;   // null: frame rules only
  EntityRecognizer recognizer;
  ReferenceResolver resolver;
  DealFinder finder;
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

namespace {

// A model the options may turn off (null then): the one at `path`, or the
// one built into the binary when `path` is empty.
template <class Model>
Result<std::unique_ptr<Model>> OptionalModel(bool use, const std::string& path) {
  if (!use) return std::unique_ptr<Model>();
  Result<Model> m = path.empty() ? Model::BuiltIn() : Model::Load(path);
  if (!m.ok()) return m.status();
  return std::make_unique<Model>(std::move(m).value());
}

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& options) {
  Result<Gazetteer> gazetteer =
      options.gazetteer_path.empty() ? Gazetteer::BuiltIn() : Gazetteer::Load(options.gazetteer_path);
  if (!gazetteer.ok()) return gazetteer.status();
  Result<Lexicon> lexicon = Lexicon::BuiltIn();
  if (!lexicon.ok()) return lexicon.status();
  Result<std::unique_ptr<OrgTagger>> tagger = OptionalModel<OrgTagger>(options.use_tagger, options.tagger_model_path);
  if (!tagger.ok()) return tagger.status();
  Result<std::unique_ptr<PairModel>> pairs =
      OptionalModel<PairModel>(options.use_pair_model, options.pair_model_path);
  if (!pairs.ok()) return pairs.status();
  auto impl = std::make_unique<Impl>(std::move(gazetteer).value(), std::move(lexicon).value(),
                                     std::move(tagger).value(), std::move(pairs).value());
  return std::unique_ptr<Extractor>(new Extractor(std::move(impl)));
}

namespace {

// AsciiLower(text) in this thread's buffer, valid until the thread's next
// call. The buffer only grows: it is zero-filled (by resize) once per size
// reached, not once per document, and not freed between documents.
std::string_view LowerInThreadBuffer(std::string_view text) {
  thread_local std::string buffer;
  if (buffer.size() < text.size()) buffer.resize(text.size());
  AsciiLowerTo(text, buffer.data());
  return std::string_view(buffer.data(), text.size());
}

}  // namespace

std::vector<Deal> Extractor::Extract(const Document& doc) const {
  Segmentation seg = Segment(doc.text);
  const std::string_view lower = LowerInThreadBuffer(doc.text);
  // A text where no reading may start holds no deal: no entities, no references.
  if (!MayHoldDeal(lower, seg, impl_->lexicon)) return {};
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  {
    // Each token's word flags, looked up once for the recognizer and the
    // resolver both (the recognizer's own scope joins this one).
    TokenFlagsScope flags(doc.text, seg.tokens);
    entities = impl_->recognizer.Find(doc.text, seg);
    mentions = impl_->resolver.Resolve(doc.text, lower, seg, entities);
  }
  return impl_->finder.Find(doc.text, lower, seg, entities, mentions);
}

std::string Extractor::EntitiesJson(const Document& doc) const {
  Segmentation seg = Segment(doc.text);
  return EntitiesToJson(doc.id, doc.text, impl_->recognizer.Find(doc.text, seg));
}

}  // namespace dealgraph
