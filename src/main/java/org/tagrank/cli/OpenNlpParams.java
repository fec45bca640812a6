package org.tagrank.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An OpenNLP training parameters file ({@code train --params FILE}, OpenNLP's {@code -params}), read as OpenNLP
 * reads it, as Java properties: {@code key=value}, {@code key: value} or {@code key value} lines, {@code #} and
 * {@code !} comments (a continued line and a key given twice are refused). The keys TagRank has an equivalent for are mapped (Algorithm → learner, Iterations →
 * epochs, Cutoff, Threads, L2Cost); any other key or value is a usage error naming the file and line rather than
 * being ignored, so a setting is never silently lost.
 *
 * @param learner  the {@code --learner} name, or null when the file has no Algorithm
 * @param optimizer the {@code --optimizer} name the algorithm implies (MAXENT_QN: lbfgs), or null
 * @param epochs   Iterations, or null
 * @param cutoff   Cutoff, or null
 * @param threads  Threads, or null
 * @param l2       L2Cost, or null
 */
record OpenNlpParams(String learner, String optimizer, Integer epochs, Integer cutoff, Integer threads, Double l2) {

    static OpenNlpParams read(Path file) {
        List<String> lines;
        try {
            lines = org.tagrank.io.Readers.readString(file).lines().toList();
        } catch (IOException e) { // missing, a directory, not UTF-8: bad input (exit 2), as for every input file
            throw new CliException(ExitCodes.BAD_DATA, "--params: " + (e instanceof NoSuchFileException
                    ? "no such file: " + file : Main.describe(e)));
        }
        String learner = null;
        String optimizer = null;
        Integer epochs = null;
        Integer cutoff = null;
        Integer threads = null;
        Double l2 = null;
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String where = file + ":" + (n + 1) + ": ";
            if (line.endsWith("\\")) { // a properties continuation: the value would be cut at the backslash
                throw CliException.usage(where + "a line continued with '\\' is not supported; write the value on one line");
            }
            // as java.util.Properties (OpenNLP's reader): the key ends at '=', ':' or white space
            int end = 0;
            while (end < line.length() && line.charAt(end) != '=' && line.charAt(end) != ':'
                    && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            String key = line.substring(0, end);
            String rest = line.substring(end).strip();
            String value = (rest.startsWith("=") || rest.startsWith(":") ? rest.substring(1) : rest).strip();
            if (key.isEmpty()) {
                throw CliException.usage(where + "expected key=value, got '" + line + "'");
            }
            if (value.isEmpty()) {
                throw CliException.usage(where + key + " has no value (expected key=value)");
            }
            Integer before = seen.putIfAbsent(key, n + 1);
            if (before != null) { // java.util.Properties keeps the last silently
                throw CliException.usage(where + key + " is already set on line " + before);
            }
            switch (key) {
                case "Algorithm" -> {
                    switch (value.toUpperCase(Locale.ROOT)) {
                        case "MAXENT" -> learner = "lr"; // GIS there; TagRank's default optimiser here
                        case "MAXENT_QN" -> { learner = "lr"; optimizer = "lbfgs"; }
                        case "PERCEPTRON", "PERCEPTRON_SEQUENCE" -> learner = "perceptron";
                        default -> throw CliException.usage(where + "Algorithm " + value
                                + " has no TagRank equivalent (MAXENT, MAXENT_QN, PERCEPTRON, PERCEPTRON_SEQUENCE do)");
                    }
                }
                case "Iterations" -> epochs = positive(where, key, value);
                // OpenNLP keeps a feature seen at least Cutoff times, so its 0 keeps every feature, as our 1 does
                case "Cutoff" -> cutoff = Math.max(1, wholeNumber(where, key, value, 0));
                case "Threads" -> {
                    threads = positive(where, key, value);
                    if (threads > org.tagrank.core.Checks.MAX_THREADS) {
                        throw CliException.usage(where + key + " must be in 1.." + org.tagrank.core.Checks.MAX_THREADS
                                + ", got '" + value + "'");
                    }
                }
                case "L2Cost" -> l2 = l2Cost(where, value);
                case "TrainerType" -> {
                    // how OpenNLP feeds its trainer; TagRank's tasks decide that themselves
                    if (!List.of("Event", "EventModelSequence", "Sequence").contains(value)) {
                        throw CliException.usage(where + "unknown TrainerType '" + value + "'");
                    }
                }
                default -> throw CliException.usage(where + "'" + key
                        + "' has no TagRank equivalent (Algorithm, Iterations, Cutoff, Threads, L2Cost, TrainerType do)");
            }
        }
        return new OpenNlpParams(learner, optimizer, epochs, cutoff, threads, l2);
    }

    /**
     * Only 0 carries over: OpenNLP's QN trainer adds L2Cost·‖w‖² to the loss summed over its N events, TagRank's objective
     * is (1/N)·Σ loss + (l2/2)·‖w‖², so an L2Cost taken as --l2 was a penalty N/2 times stronger (OpenNLP's default 0.1
     * regularised a POS model to nothing).
     */
    private static double l2Cost(String where, String value) {
        double l2 = nonNegative(where, "L2Cost", value);
        if (l2 != 0) {
            throw CliException.usage(where + "L2Cost=" + value + " is not TagRank's --l2: OpenNLP adds L2Cost·‖w‖² to the"
                    + " loss summed over its N training events, TagRank's --l2 is per event ((1/N)·Σ loss + (l2/2)·‖w‖²);"
                    + " leave L2Cost out and give --l2 2·L2Cost/N (N: tokens for pos, documents for classify, examples or"
                    + " questions or mentions for rank, mctest, link), or L2Cost=0");
        }
        return l2;
    }

    private static int positive(String where, String key, String value) {
        return wholeNumber(where, key, value, 1);
    }

    private static int wholeNumber(String where, String key, String value, int min) {
        try {
            int v = Integer.parseInt(value);
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw CliException.usage(where + key + " must be a whole number >= " + min + ", got '" + value + "'");
    }

    private static double nonNegative(String where, String key, String value) {
        if (DecimalArg.isNumber(value)) { // Java's parser also took 1d and 0x10
            double v = Double.parseDouble(value.strip());
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        }
        throw CliException.usage(where + key + " must be a number >= 0, got '" + value + "'");
    }
}
