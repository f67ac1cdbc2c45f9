// `dealgraph train-pairs`: trains the deal pair classifier (src/deals/pair_model.h)
// on an annotated corpus (NAME.txt with NAME.gold.jsonl) and writes the model.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "deals/pair_model_train.h"

namespace dealgraph::cli {
namespace {

struct TrainPairsOptions {
  std::string corpus;
  std::string out;
  int epochs = PairTrainOptions{}.epochs;
  int exclude_from = 0;
  uint64_t seed = PairTrainOptions{}.seed;
  int bags = PairTrainOptions{}.bags;
};

int RunTrainPairs(const TrainPairsOptions& opt) {
  Result<std::vector<PairExample>> examples = PairExamplesFromCorpus(opt.corpus, opt.exclude_from);
  if (!examples.ok()) {
    std::fprintf(stderr, "dealgraph: %s\n", examples.status().ToString().c_str());
    return 2;
  }
  size_t deals = 0;
  for (const PairExample& e : *examples) deals += e.label != 0;
  const size_t n = examples->size();
  PairTrainOptions to;
  to.epochs = opt.epochs;
  to.seed = opt.seed;
  to.bags = opt.bags;
  std::string bytes = TrainPairModel(std::move(examples).value(), to).Serialize();
  if (!WriteModelOrReport(opt.out, bytes)) return 2;
  std::fprintf(stderr, "dealgraph: %zu pairs (%zu deals), model of %zu bytes written to %s\n", n, deals,
               bytes.size(), opt.out.c_str());
  return 0;
}

}  // namespace

void AddTrainPairsCommand(CLI::App& app, ExitCode& exit) {
  auto opt = std::make_shared<TrainPairsOptions>();
  CLI::App* cmd = app.add_subcommand("train-pairs", "Train the deal pair model on an annotated corpus");
  cmd->add_option("--corpus", opt->corpus, "Folder of NAME.txt files with NAME.gold.jsonl beside them")->required();
  cmd->add_option("--out", opt->out, "Model file to write (data/models/deal_pairs.bin ships)")->required();
  cmd->add_option("--epochs", opt->epochs, "Passes over the data")->check(CLI::Range(1, 100));
  cmd->add_option("--exclude-from", opt->exclude_from,
                  "Leave out news-N files numbered N or above (to measure on later batches)")
      ->check(CLI::Range(0, 1000000));
  cmd->add_option("--seed", opt->seed, "Seed of the order of the examples in each epoch");
  cmd->add_option("--bags", opt->bags, "Perceptrons trained on seeds seed, seed+1, ...; the model averages them")
      ->check(CLI::Range(1, 64));
  cmd->callback([opt, &exit] { exit.value = RunTrainPairs(*opt); });
}

}  // namespace dealgraph::cli
