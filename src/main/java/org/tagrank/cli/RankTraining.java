package org.tagrank.cli;

import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared by the ranking tasks: comma-separated data lists, checksums, training and writing a candidate model. */
final class RankTraining {
    private RankTraining() {
    }

    /** {@code --data a.tsv,b.tsv} names several files; null stays empty. */
    static List<Path> files(Path arg) {
        List<Path> out = split(arg);
        if (arg != null && out.isEmpty()) {
            throw CliException.usage("no data file given in '" + arg + "'");
        }
        refuseRepeats(out, arg.toString());
        return out;
    }

    /** A file named twice in one list (also as ./a.tsv or through a link) would have its examples counted twice. */
    static void refuseRepeats(List<Path> files, String list) {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path p : files) {
            Path key = p.toAbsolutePath().normalize();
            try {
                key = p.toRealPath();
            } catch (java.io.IOException | SecurityException e) {
                // not readable yet: the reader names it; the normalized path still catches a plain repeat
            }
            if (!seen.add(key)) {
                throw CliException.usage(p + " is named twice in '" + list + "' (its examples would count twice)");
            }
        }
    }

    /**
     * Every file of the lists is there, readable and no directory, checked before any is read (as tag's inputs are): a
     * missing --dev or second --data file was found after the files before it had been read. '-' (standard input) passes.
     */
    @SafeVarargs
    static void requireFiles(List<Path>... lists) throws IOException {
        for (List<Path> files : lists) {
            SentenceSource.checkInputs(files);
        }
    }

    /** The files of a comma-separated list (blank items skipped); none for null. */
    static List<Path> split(Path arg) {
        List<Path> out = new ArrayList<>();
        if (arg != null) {
            for (String s : arg.toString().split(",")) {
                if (!s.isBlank()) {
                    out.add(Path.of(s.strip()));
                }
            }
        }
        return out;
    }

    static String names(List<Path> files) {
        List<String> s = new ArrayList<>();
        for (Path p : files) {
            s.add(p.getFileName().toString());
        }
        return String.join(",", s);
    }

    /**
     * Trains on {@code train} with {@code config} (r's, perhaps adjusted by the task; dev for early stopping), adds provenance plus the entries
     * {@code scores} computes from the trained model (dev scores), and writes the model once.
     */
    static LinearModel trainAndWrite(String task, Dataset train, Dataset dev, TrainRequest r, TrainerConfig config,
                                     Console c, Map<String, String> provenance,
                                     java.util.function.Function<LinearModel, Map<String, String>> scores)
            throws IOException {
        c.progress(String.format(java.util.Locale.ROOT, "%s: %d training examples, %d features%s", task, train.size(),
                train.features().size(), dev == null ? "" : ", " + dev.size() + " dev examples"));
        LinearModel model = Trainers.create(config).train(train, dev,
                c.trainingListener());
        Map<String, String> p = new LinkedHashMap<>(config.toMap());
        p.putAll(provenance);
        p.put("train.cutoff", Integer.toString(r.cutoff()));
        if (r.commandLine() != null && !r.commandLine().isBlank()) {
            p.put("train.command", r.commandLine().replace('\n', ' '));
        }
        p.putAll(Provenances.build());
        p.putAll(scores.apply(model));
        model = model.withProvenance(model.provenance().with(p));
        ModelIO.write(new ModelBundle(task, model), r.out());
        c.progress("wrote " + r.out());
        return model;
    }
}
