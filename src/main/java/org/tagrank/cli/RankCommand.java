package org.tagrank.cli;

import org.tagrank.core.Contribution;
import org.tagrank.task.rank.RankedCandidate;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;

/**
 * {@code rank --task rank|mctest [--model M] [IN] [--top-k K] [--explain[=N]]}: ranks each
 * example's candidates and prints one TSV line per candidate, best first:
 * {@code example_id rank candidate_id probability score gold [text]}; {@code --explain} adds
 * comment lines with the top contributing features.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Rank each example's candidates with a candidate model (TSV on stdout).")
public final class RankCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--task", defaultValue = "rank", description = "Input kind: rank (generic TSV), mctest (MCTest .tsv) or link (AIDA mention file) (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(names = "--model", converter = NonEmpty.Location.class, description = "Model file, classpath resource or URL (default: the task's bundled one).")
    String model;

    @Parameters(index = "0", arity = "0..1", paramLabel = "IN", description = "Input file (default or '-': stdin).")
    Path input;

    @Option(names = "--top-k", defaultValue = "0", description = "Print the K best candidates per example (0: all).")
    int topK;

    @Option(names = "--explain", arity = "0..1", fallbackValue = "5", defaultValue = "0", preprocessor = ExplainCount.class,
            description = "Also print the N features that contributed most (default N: 5).")
    int explain;

    /**
     * Takes the argument after {@code --explain} as its N only when it is an integer: picocli would take any
     * word, so {@code --explain test.tsv} failed with "'test.tsv' is not an int" instead of reading test.tsv.
     */
    static final class ExplainCount implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec arg, Map<String, Object> info) {
            if (" ".equals(info.get("separator")) && (args.isEmpty() || !isInteger(args.peek()))) {
                args.push(FALLBACK); // as if --explain=5 was given; the next word stays for IN or another option
            }
            return false; // picocli goes on to parse the value
        }

        private static boolean isInteger(String s) {
            try {
                Integer.parseInt(s);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    private static final String FALLBACK = "5";

    @Override
    public Integer call() throws Exception {
        if (topK < 0) {
            throw CliException.usage("--top-k must be >= 0, got " + topK);
        }
        if (explain < 0) {
            throw CliException.usage("--explain must be >= 0, got " + explain);
        }
        RankHandler h = RankHandler.get(task);
        String location = model != null ? model : h.defaultModel();
        if (location == null) {
            throw CliException.usage("task " + task + " has no bundled model: pass --model");
        }
        Path in = input == null || input.toString().equals("-") ? null : input;
        Console c = common.console(Main.streams());
        RankHandler.Job job = h.open(location, in, c);
        BlockOutput out = new BlockOutput(c.out());
        if (job.items().isEmpty()) { // no input, no output (not even the header), as tag and classify do
            out.finish();
            return ExitCodes.OK;
        }
        out.line("#example_id\trank\tcandidate\tprobability\tscore\tgold" + (hasTexts(job) ? "\ttext" : ""));
        int blind = 0;
        int examples = 0;
        for (RankHandler.Item item : job.items()) {
            if (item.instance() == null) { // nothing to rank: one line, as link rank prints it
                out.format("%s\t1\t%s\t%.4f\t%.4f\t%s%s%n", item.id(), item.candidateIds().get(0), 1.0, 0.0,
                        item.gold(), hasTexts(job) ? "\t" : "");
                continue;
            }
            examples++;
            if (item.instance().featureless()) {
                blind++;
            }
            int k = topK == 0 ? item.candidateIds().size() : topK;
            List<RankedCandidate> ranked = job.ranker().rank(item.instance(), item.candidateIds(), k, explain);
            for (RankedCandidate r : ranked) {
                String gold = item.instance().gold() >= 0 ? (r.index() == item.instance().gold() ? "1" : "0")
                        : item.gold() != null ? item.gold() : "?";
                out.format("%s\t%d\t%s\t%.4f\t%.4f\t%s%s%n", item.id(), r.rank(), r.id(), r.probability(),
                        r.score(), gold, item.texts() == null ? "" : "\t" + oneLine(item.texts().get(r.index())));
                for (Contribution e : r.explanation()) {
                    out.format("#\t%s\t%s\t%s\tvalue=%.4g\tweight=%.4g\tcontribution=%.4g%n", item.id(),
                            r.id(), e.feature(), e.value(), e.weight(), e.contribution());
                }
            }
            out.maybeWrite();
        }
        out.finish();
        if (blind > 0) { // all alike, ranked in input order: data with other feature names than the model's, most likely
            c.warn(String.format(java.util.Locale.ROOT, "warning: %,d of %,d examples have no feature the model knows: their "
                    + "candidates all score 0 and keep their input order (features named as in the model's training data?)",
                    blind, examples));
        }
        return ExitCodes.OK;
    }

    private static boolean hasTexts(RankHandler.Job job) {
        return !job.items().isEmpty() && job.items().get(0).texts() != null;
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
