package org.tagrank.cli;

import org.tagrank.core.ScoredOutput;
import org.tagrank.io.ConlluSentence;
import org.tagrank.task.pos.TaggedSentence;

import java.util.List;
import java.util.Locale;

/** Output formats of {@code tag}. */
enum TagFormat {
    CONLLU, WORD_TAG, TSV;

    static TagFormat parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "conllu" -> CONLLU;
            case "word_tag" -> WORD_TAG;
            case "tsv" -> TSV;
            default -> throw CliException.usage("unknown output format '" + s + "' (expected conllu, word_tag or tsv)");
        };
    }

    /**
     * A comment line {@code tag --explain} writes (its header, or one contribution {@code #   +0.1234  feature}); as
     * exact as that, since a match is dropped (an annotator's '# explain: ...' was).
     */
    private static final java.util.regex.Pattern EXPLAIN_LINE = java.util.regex.Pattern.compile(
            "# explain token [0-9]+ '.*' -> .+|# explain: no token [0-9]+ in this sentence|#   [+-][0-9]+\\.[0-9]{4}  .*");

    /**
     * Writes one tagged sentence. CoNLL-U input keeps its comments and other columns
     * ({@code source} non-null); top-k goes to MISC ({@code TopK=NN:0.9100,NNP:0.0500}) or a TSV column
     * ({@code NN:0.9100,NNP:0.0500}): entries TAG:PROB joined by ',', PROB the digits after the entry's last ':'
     * (tags may hold ',' and ':', so split with the README's rule, not on ',').
     * {@code explain} (comment lines, or null) goes before the sentence, or after it in word_TAG, where a line is
     * a sentence; in CoNLL-U input it follows the sentence's own comments ({@code # sent_id} stays first) and
     * replaces the explain lines of an earlier run (tagging tagged output again).
     */
    void write(StringBuilder out, TaggedSentence s, ConlluSentence source, List<List<ScoredOutput>> topK, char separator,
               CharSequence explain) {
        write(out, s, source, topK, separator, explain, null);
    }

    /** As above; {@code spacing} (raw text's, or null) gives CoNLL-U output without a source its {@code SpaceAfter=No}. */
    void write(StringBuilder out, TaggedSentence s, ConlluSentence source, List<List<ScoredOutput>> topK, char separator,
               CharSequence explain, org.tagrank.io.CoreNlpTokenizer.Sentence spacing) {
        if (explain != null && this != WORD_TAG && (this != CONLLU || source == null)) {
            out.append(explain);
        }
        switch (this) {
            case WORD_TAG -> {
                for (int i = 0; i < s.size(); i++) {
                    if (i > 0) {
                        out.append(' ');
                    }
                    out.append(s.words().get(i)).append(separator).append(s.xpos().get(i));
                }
                out.append('\n');
                if (explain != null) {
                    out.append(explain);
                }
            }
            case TSV -> {
                for (int i = 0; i < s.size(); i++) {
                    out.append(s.words().get(i)).append('\t').append(s.xpos().get(i)).append('\t')
                            .append(s.upos() == null ? "_" : s.upos().get(i)); // the columns stay put without UPOS
                    if (topK != null) {
                        out.append('\t');
                        appendTopK(out, topK.get(i));
                    }
                    out.append('\n');
                }
                out.append('\n');
            }
            case CONLLU -> {
                if (source != null) {
                    // a model without UPOS: '_', not the input's own UPOS beside the new XPOS
                    List<String> lines = source.withTags(s.upos() != null ? s.upos()
                            : java.util.Collections.nCopies(s.size(), "_"), s.xpos());
                    int w = 0;
                    int[] wordLines = source.wordLines();
                    boolean explained = explain == null;
                    for (int li = 0; li < lines.size(); li++) {
                        String line = lines.get(li);
                        if (line.startsWith("#")) {
                            if (explain != null && EXPLAIN_LINE.matcher(line).matches()) {
                                continue;
                            }
                        } else if (!explained) {
                            out.append(explain);
                            explained = true;
                        }
                        if (topK != null && w < wordLines.length && wordLines[w] == li) {
                            line = withMisc(line, topK.get(w));
                            w++;
                        }
                        out.append(line).append('\n');
                    }
                } else {
                    for (int i = 0; i < s.size(); i++) {
                        out.append(i + 1).append('\t').append(s.words().get(i)).append("\t_\t")
                                .append(s.upos() == null ? "_" : s.upos().get(i)).append('\t').append(s.xpos().get(i))
                                .append("\t_\t_\t_\t_\t");
                        boolean noSpace = spacing != null && !spacing.spaceAfter(i);
                        if (noSpace) {
                            out.append("SpaceAfter=No");
                        }
                        if (topK != null) {
                            out.append(noSpace ? "|TopK=" : "TopK=");
                            appendTopK(out, topK.get(i));
                        } else if (!noSpace) {
                            out.append('_');
                        }
                        out.append('\n');
                    }
                }
                out.append('\n');
            }
        }
    }

    /**
     * The line with {@code TopK=...} in its MISC column: in place of a TopK attribute already there (tagging
     * tagged output again), else after the other attributes.
     */
    private static String withMisc(String line, List<ScoredOutput> top) {
        int cut = line.lastIndexOf('\t');
        String misc = line.substring(cut + 1);
        StringBuilder topK = new StringBuilder("TopK=");
        appendTopK(topK, top);
        StringBuilder sb = new StringBuilder(line.substring(0, cut + 1));
        boolean placed = false;
        if (!misc.equals("_")) {
            for (String attribute : misc.split("\\|", -1)) {
                boolean old = attribute.startsWith("TopK=");
                if (old && placed) {
                    continue;
                }
                if (sb.length() > cut + 1) {
                    sb.append('|');
                }
                sb.append(old ? topK : attribute);
                placed |= old;
            }
        }
        if (!placed) {
            if (sb.length() > cut + 1) {
                sb.append('|');
            }
            sb.append(topK);
        }
        return sb.toString();
    }

    private static void appendTopK(StringBuilder out, List<ScoredOutput> top) {
        for (int k = 0; k < top.size(); k++) {
            if (k > 0) {
                out.append(',');
            }
            out.append(top.get(k).label()).append(':');
            appendProbability(out, top.get(k).probability());
        }
    }

    /**
     * Four decimals rounded down, so a token's entries never print a sum over 1 (half-up printed 1.0001 for
     * 0.33336 + 0.33336 + 0.33328); the 1e-6 of a unit lets 1 - 1e-13 still print as 1.0000.
     */
    static void appendProbability(StringBuilder out, double p) {
        long units = (long) Math.floor(Math.max(0, p) * 10_000 + 1e-6);
        long fraction = units % 10_000;
        out.append(units / 10_000).append('.');
        for (long d = 1000; d > 0; d /= 10) {
            out.append((char) ('0' + fraction / d % 10));
        }
    }
}
