// `dealgraph train-tagger`: trains the organization tagger (src/entities/org_tagger.h)
// on a FIRE file and writes the model; --folds/--hold-out leave one fold out
// for cross-validation.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "entities/gazetteer.h"
#include "entities/org_tagger_train.h"
#include "entities/recognizer.h"

namespace dealgraph::cli {
namespace {

struct TrainOptions {
  std::string fire;
  std::string out;
  std::string gazetteer;
  int epochs = TaggerTrainOptions{}.epochs;
  int shuffles = TaggerTrainOptions{}.shuffles;
  int folds = 0;     // 0: train on everything
  int hold_out = 0;  // the fold left out when folds > 0
};

int RunTrain(const TrainOptions& opt) {
  Result<std::vector<LabelledText>> data = LoadFire(opt.fire);
  if (!data.ok()) {
    std::fprintf(stderr, "dealgraph: %s\n", data.status().ToString().c_str());
    return 2;
  }
  if (opt.folds > 0 && (opt.hold_out < 0 || opt.hold_out >= opt.folds)) {
    std::fprintf(stderr, "dealgraph: --hold-out must be in [0, --folds)\n");
    return 2;
  }
  std::vector<LabelledText> train;
  for (size_t i = 0; i < data->size(); ++i) {
    if (opt.folds > 0 && static_cast<int>(i % opt.folds) == opt.hold_out) continue;
    train.push_back(std::move((*data)[i]));
  }
  Result<Gazetteer> gazetteer = opt.gazetteer.empty() ? Gazetteer::BuiltIn() : Gazetteer::Load(opt.gazetteer);
  if (!gazetteer.ok()) {
    std::fprintf(stderr, "dealgraph: %s\n", gazetteer.status().ToString().c_str());
    return 2;
  }
  EntityRecognizer rules(&*gazetteer);
  TaggerTrainOptions to;
  to.epochs = opt.epochs;
  to.shuffles = opt.shuffles;
  std::string bytes = TrainOrgTagger(train, rules, to).Serialize();
  if (!WriteModelOrReport(opt.out, bytes)) return 2;
  std::fprintf(stderr, "dealgraph: %zu sentences, model of %zu bytes written to %s\n", train.size(), bytes.size(),
               opt.out.c_str());
  return 0;
}

}  // namespace

void AddTrainTaggerCommand(CLI::App& app, ExitCode& exit) {
  auto opt = std::make_shared<TrainOptions>();
  CLI::App* cmd = app.add_subcommand("train-tagger", "Train the organization tagger on a FIRE file");
  cmd->add_option("--fire", opt->fire, "FIRE-format JSON (tokens and Company entities)")->required();
  cmd->add_option("--out", opt->out, "Model file to write (data/models/org_tagger.bin ships)")->required();
  cmd->add_option("--gazetteer", opt->gazetteer, "Organization gazetteer TSV instead of the built-in one");
  cmd->add_option("--epochs", opt->epochs, "Passes over the data")->check(CLI::Range(1, 100));
  cmd->add_option("--shuffles", opt->shuffles, "Training runs over different sentence orders, averaged")
      ->check(CLI::Range(1, 50));
  cmd->add_option("--folds", opt->folds, "Split the sentences into K folds (sentence i in fold i mod K)")
      ->check(CLI::Range(2, 50));
  cmd->add_option("--hold-out", opt->hold_out, "With --folds: the fold left out of training");
  cmd->callback([opt, &exit] { exit.value = RunTrain(*opt); });
}

}  // namespace dealgraph::cli
