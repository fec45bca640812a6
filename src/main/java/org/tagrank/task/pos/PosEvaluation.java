package org.tagrank.task.pos;

import org.tagrank.eval.ClassificationEval;
import org.tagrank.io.ConlluSentence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tagging accuracy on gold CoNLL-U: token accuracy (XPOS), accuracy on words unseen in training,
 * sentence accuracy, UPOS accuracy, per-tag P/R/F1 and the most frequent confusions. Gold tags
 * the model has never seen count as errors, and are counted by tag ({@link #goldTagsNotInModel}); the per-tag table
 * lists them after the model's tags (recall 0), and the tag predicted for them is a wrong prediction of that tag.
 */
public final class PosEvaluation {
    private final ClassificationEval perTag;
    private long tokens;
    private long correct;
    private long unknown;
    private long unknownCorrect;
    private long sentences;
    private long sentencesCorrect;
    private long uposTokens;
    private long uposCorrect;
    private final java.util.TreeMap<String, Long> goldTagsNotInModel = new java.util.TreeMap<>();
    /** Per gold tag the model lacks, the counts of the tags predicted for it (by tag id). */
    private final java.util.TreeMap<String, long[]> predictedForUnseen = new java.util.TreeMap<>();
    private final org.tagrank.core.LabelSet tags;

    private PosEvaluation(PosTagger tagger) {
        this.tags = tagger.tags();
        this.perTag = new ClassificationEval(tags);
    }

    /** Called for each gold sentence the tagger gets at least one XPOS wrong in. */
    @FunctionalInterface
    public interface ErrorListener {
        void misclassified(ConlluSentence gold, TaggedSentence predicted);
    }

    public static PosEvaluation run(PosTagger tagger, List<ConlluSentence> gold) {
        return run(tagger, gold, null);
    }

    /** As {@link #run(PosTagger, List)}, telling {@code errors} (if not null) of every sentence with a wrong tag. */
    public static PosEvaluation run(PosTagger tagger, List<ConlluSentence> gold, ErrorListener errors) {
        PosEvaluation e = new PosEvaluation(tagger);
        for (ConlluSentence s : gold) {
            TaggedSentence predicted = tagger.tag(s.forms());
            if (!e.add(tagger, s, predicted) && errors != null) {
                errors.misclassified(s, predicted);
            }
        }
        return e;
    }

    /**
     * One line for a misclassified sentence: its tokens as {@code form_GOLD}, a wrong one as
     * {@code form_GOLD->PREDICTED} (OpenNLP's {@code -misclassified}, on one line per sentence).
     */
    public static String describeErrors(ConlluSentence gold, TaggedSentence predicted) {
        StringBuilder sb = new StringBuilder();
        int wrong = 0;
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.xpos().get(i);
            String p = predicted.xpos().get(i);
            sb.append(i == 0 ? "" : " ").append(gold.forms().get(i)).append('_').append(g);
            if (!g.equals(p)) {
                sb.append("->").append(p);
                wrong++;
            }
        }
        return wrong + " of " + gold.size() + " wrong: " + sb;
    }

    /** Adds a sentence's counts; whether every tag was right. */
    boolean add(PosTagger tagger, ConlluSentence s, TaggedSentence predicted) {
        boolean allRight = true;
        for (int i = 0; i < s.size(); i++) {
            String g = s.xpos().get(i);
            String p = predicted.xpos().get(i);
            boolean ok = g.equals(p);
            tokens++;
            if (ok) {
                correct++;
            } else {
                allRight = false;
            }
            int gi = tagger.tags().indexOf(g);
            if (gi >= 0) {
                perTag.add(gi, tagger.tags().indexOf(p));
            } else {
                goldTagsNotInModel.merge(g, 1L, Long::sum);
                predictedForUnseen.computeIfAbsent(g, t -> new long[tags.size()])[tagger.tags().indexOf(p)]++;
            }
            if (tagger.dictionary().count(s.forms().get(i)) == 0) {
                unknown++;
                if (ok) {
                    unknownCorrect++;
                }
            }
            if (predicted.upos() != null && !s.upos().get(i).equals("_")) {
                uposTokens++;
                if (s.upos().get(i).equals(predicted.upos().get(i))) {
                    uposCorrect++;
                }
            }
        }
        sentences++;
        if (allRight) {
            sentencesCorrect++;
        }
        return allRight;
    }

    public long tokens() {
        return tokens;
    }

    public double accuracy() {
        return ratio(correct, tokens);
    }

    public double unknownAccuracy() {
        return ratio(unknownCorrect, unknown);
    }

    public long unknownTokens() {
        return unknown;
    }

    public double sentenceAccuracy() {
        return ratio(sentencesCorrect, sentences);
    }

    public double uposAccuracy() {
        return ratio(uposCorrect, uposTokens);
    }

    /** The gold tags the model's tag set lacks, with their token counts (all scored wrong), sorted by tag. */
    public Map<String, Long> goldTagsNotInModel() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(goldTagsNotInModel));
    }

    /**
     * Per-tag counts over the model's tags and then the gold tags it lacks: the tags predicted for those are wrong
     * predictions too (left out, a tag's precision counted only the tokens of known gold tags). A fresh copy.
     */
    public ClassificationEval perTag() {
        List<String> labels = new java.util.ArrayList<>(tags.labels());
        labels.addAll(predictedForUnseen.keySet());
        ClassificationEval all = new ClassificationEval(org.tagrank.core.LabelSet.of(labels));
        int n = tags.size();
        for (int g = 0; g < n; g++) {
            for (int p = 0; p < n; p++) {
                all.add(g, p, perTag.confusion(g, p));
            }
        }
        int g = n;
        for (long[] predicted : predictedForUnseen.values()) {
            for (int p = 0; p < n; p++) {
                all.add(g, p, predicted[p]);
            }
            g++;
        }
        return all;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : a / (double) b;
    }

    /**
     * JSON-ready results: n, accuracy, unknown_accuracy, sentence_accuracy, upos_accuracy, per-tag, confusions, and
     * gold_tags_not_in_model (tag to token count; empty when the model knows every gold tag).
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", tokens);
        m.put("accuracy", accuracy());
        m.put("unknown_accuracy", unknownAccuracy());
        m.put("unknown_tokens", unknown);
        m.put("sentence_accuracy", sentenceAccuracy());
        m.put("sentences", sentences);
        m.put("upos_accuracy", uposAccuracy());
        Map<String, Object> table = perTag().toMap();
        m.put("macro_f1", table.get("macro_f1"));
        m.put("per_tag", table.get("per_label"));
        m.put("top_confusions", table.get("top_confusions"));
        m.put("gold_tags_not_in_model", new LinkedHashMap<>(goldTagsNotInModel));
        return m;
    }
}
