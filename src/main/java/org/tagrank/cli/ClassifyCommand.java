package org.tagrank.cli;

import org.tagrank.io.Readers;
import org.tagrank.task.classify.Prediction;
import org.tagrank.task.classify.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code classify [--model M] [IN] [--top-k K]}: one document per input line, one output line per
 * document: {@code label<TAB>probability}, K pairs when {@code --top-k K}.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify documents, one per line (stdin or IN); prints label<TAB>probability per line.")
public final class ClassifyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--model", converter = NonEmpty.Location.class, description = "Model file, classpath resource or URL (default: the bundled one).")
    String model;

    @Option(names = "--top-k", defaultValue = "1", description = "Labels per document (default: ${DEFAULT-VALUE}).")
    int topK;

    @Parameters(arity = "0..1", paramLabel = "IN", description = "Input file (default or '-': stdin).")
    Path in;

    @Override
    public Integer call() throws Exception {
        if (topK < 1) {
            throw CliException.usage("--top-k must be >= 1, got " + topK);
        }
        String location = model != null ? model : new ClassifyTaskCli().defaultModel();
        if (location == null) {
            throw CliException.usage("no bundled classify model: pass --model");
        }
        TextClassifier c = TextClassifier.load(location);
        Console console = common.console(Main.streams());
        long start = System.nanoTime();
        long n = 0;
        long blind = 0;
        StringBuilder sb = new StringBuilder();
        boolean stdin = in == null || in.toString().equals("-");
        try (BufferedReader r = stdin ? Readers.utf8(System.in) : Readers.utf8(in)) {
            String line;
            while ((line = r.readLine()) != null) {
                org.tagrank.core.LabelInstance document = c.instance(line);
                if (document.x().size() == 0) {
                    blind++;
                }
                List<Prediction> ps = c.topKFor(document, topK);
                sb.setLength(0);
                for (int i = 0; i < ps.size(); i++) {
                    if (i > 0) {
                        sb.append('\t');
                    }
                    sb.append(ps.get(i).label()).append('\t')
                            .append(String.format(Locale.ROOT, "%.4f", ps.get(i).probability()));
                }
                console.out().println(sb);
                if (console.out().checkError()) { // a PrintStream only records a failed write: stop, as tag does
                    throw Main.stdoutFailed(console.out());
                }
                n++;
            }
        }
        console.out().flush();
        if (blind > 0) { // every label scores 0: the first label, at 1/labels, is no prediction (another language? a blank line?)
            console.warn(String.format(Locale.ROOT, "warning: %,d of %,d documents have no feature the model knows: every "
                    + "label scores alike (probability 1/%d) and the first is printed", blind, n, c.labels().size()));
        }
        double s = (System.nanoTime() - start) / 1e9;
        console.progress(String.format(Locale.ROOT, "classify: %d documents in %.1f s (%.0f docs/s)", n, s, n / s));
        return ExitCodes.OK;
    }
}
