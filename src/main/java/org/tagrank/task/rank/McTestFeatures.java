package org.tagrank.task.rank;

import org.tagrank.feature.FeatureSink;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Features f(story, question, answer) for MCTest. Each base score is computed for the four
 * answers of a question and emitted four ways: its value, its difference to the best answer's
 * value ({@code .rel}), and whether it is the unique best ({@code .top}) or the unique worst
 * ({@code .bottom}, which negated questions need), so that a linear ranker can use both
 * magnitude and rank. Every one is also conjoined with the question type
 * (one/multiple), the question word, and negation in the question. Version 4 adds WordNet
 * matches ({@link SemanticScores}), so it needs the WordNet database ({@link WordRelations#shared()}).
 */
public final class McTestFeatures {
    /** Recorded in model files; bump when features change meaning. */
    public static final String VERSION = "mctest-features-4";

    /** Base score names, in the order of {@link #baseScores}. */
    public static final List<String> BASE = concat(List.of("sw", "d", "sw_stem", "sw_content", "sw_ans", "d_stem",
            "sent1", "sent2", "sent_ans", "sent_ans3", "ans_cov", "ans_qov", "ans_nocontent", "ans_freq",
            "sw_uniq", "sent_uniq1", "sent_uniq2", "sent3", "uniq_cov", "sw_uniq5", "sw_uniq10", "sw_uniq20",
            "prox", "coref_sent1", "coref_sent2", "coref_uniq1"), SemanticScores.NAMES);

    /** Index of the first WordNet score in {@link #BASE}. */
    private static final int SEMANTIC = BASE.size() - SemanticScores.NAMES.size();

    private static final Set<String> QWORDS = Set.of("what", "who", "where", "when", "why", "how", "which", "whose",
            "whom");

    private McTestFeatures() {
    }

    /** The question's words as a surface set, its content stems and all its stems. */
    record Bag(Set<String> words, Set<String> content, Set<String> stems) {
        static Bag of(String text) {
            Set<String> words = new LinkedHashSet<>(TextNormalizer.words(text));
            Set<String> content = new LinkedHashSet<>();
            Set<String> stems = new LinkedHashSet<>();
            for (String w : words) {
                String s = TextNormalizer.stem(w);
                stems.add(s);
                if (!TextNormalizer.isStopword(w)) {
                    content.add(s);
                }
            }
            return new Bag(words, content, stems);
        }
    }

    /** Richardson et al.'s SW score of each answer (surface words). */
    public static double[] slidingWindow(StoryIndex story, McTestQuestion q) {
        Bag qb = Bag.of(q.text());
        double[] out = new double[q.answers().size()];
        for (int a = 0; a < out.length; a++) {
            Set<String> s = union(qb.words(), Bag.of(q.answers().get(a)).words());
            out[a] = LexicalScores.slidingWindow(story, s, s.size(), false);
        }
        return out;
    }

    /** Richardson et al.'s D score of each answer (surface words, stop words removed). */
    public static double[] distance(StoryIndex story, McTestQuestion q) {
        Bag qb = Bag.of(q.text());
        Set<String> sq = inStory(contentWords(qb.words()), story, false);
        double[] out = new double[q.answers().size()];
        for (int a = 0; a < out.length; a++) {
            Set<String> sa = inStory(contentWords(Bag.of(q.answers().get(a)).words()), story, false);
            sa.removeAll(qb.words());
            out[a] = LexicalScores.distance(story, sq, sa, false);
        }
        return out;
    }

    /** values[answer][base feature]. */
    static double[][] baseScores(StoryIndex story, McTestQuestion q) {
        Bag qb = Bag.of(q.text());
        double[] sw = slidingWindow(story, q);
        double[] d = distance(story, q);
        int n = q.answers().size();
        double[][] v = new double[n][BASE.size()];
        double[] qSent = new double[story.sentences()];
        double bestQ = 0;
        for (int k = 0; k < qSent.length; k++) {
            qSent[k] = overlap(story, k, k + 1, qb.content());
            bestQ = Math.max(bestQ, qSent[k]);
        }
        Set<String> qInStory = inStory(qb.content(), story, true);
        WordRelations wr = WordRelations.shared();
        SemanticScores sem = new SemanticScores(story, wr);
        double[] qSoft = sem.questionSentences(qb.content());
        double bestSoft = 0;
        for (double x : qSoft) {
            bestSoft = Math.max(bestSoft, x);
        }
        List<Bag> bags = new ArrayList<>(n);
        for (String answer : q.answers()) {
            bags.add(Bag.of(answer));
        }
        for (int a = 0; a < n; a++) {
            Bag ab = bags.get(a);
            // answer words no other answer has: what tells this answer apart
            Set<String> uniq = new LinkedHashSet<>(ab.content());
            uniq.removeAll(qb.content());
            for (int o = 0; o < n; o++) {
                if (o != a) {
                    uniq.removeAll(bags.get(o).content());
                }
            }
            Set<String> qu = union(qb.content(), uniq);
            Set<String> qa = union(qb.content(), ab.content());
            Set<String> aOnly = new LinkedHashSet<>(ab.content());
            aOnly.removeAll(qb.content());
            Set<String> all = union(qb.stems(), ab.stems());
            double[] f = v[a];
            f[0] = sw[a];
            f[1] = d[a];
            f[2] = LexicalScores.slidingWindow(story, all, all.size(), true);
            f[3] = LexicalScores.slidingWindow(story, qa, qa.size(), true);
            f[4] = LexicalScores.slidingWindow(story, aOnly, qa.size(), true);
            f[5] = LexicalScores.distance(story, qInStory, inStory(aOnly, story, true), true);
            double s1 = 0;
            double s2 = 0;
            double sAns = 0;
            double sAns3 = 0;
            double s3 = 0;
            double u1 = 0;
            double u2 = 0;
            double c1 = 0;
            double c2 = 0;
            double cu = 0;
            for (int k = 0; k < story.sentences(); k++) {
                s1 = Math.max(s1, overlap(story, k, k + 1, qa));
                u1 = Math.max(u1, overlap(story, k, k + 1, qu));
                c1 = Math.max(c1, overlap(story, k, k + 1, qa, true));
                cu = Math.max(cu, overlap(story, k, k + 1, qu, true));
                if (k + 1 < story.sentences()) {
                    s2 = Math.max(s2, overlap(story, k, k + 2, qa));
                    u2 = Math.max(u2, overlap(story, k, k + 2, qu));
                    c2 = Math.max(c2, overlap(story, k, k + 2, qa, true));
                }
                if (k + 2 < story.sentences()) {
                    s3 = Math.max(s3, overlap(story, k, k + 3, qa));
                }
                if (bestQ > 0 && qSent[k] == bestQ) {
                    sAns = Math.max(sAns, overlap(story, k, k + 1, aOnly));
                    sAns3 = Math.max(sAns3, overlap(story, Math.max(0, k - 1), Math.min(story.sentences(), k + 2), aOnly));
                }
            }
            f[6] = s1;
            f[7] = s2;
            f[8] = sAns;
            f[9] = sAns3;
            int found = 0;
            int inQuestion = 0;
            double freq = 0;
            for (String s : ab.content()) {
                if (story.count(s, true) > 0) {
                    found++;
                }
                if (qb.stems().contains(s)) {
                    inQuestion++;
                }
            }
            for (String s : aOnly) {
                freq += Math.log1p(story.count(s, true));
            }
            int m = ab.content().size();
            f[10] = m == 0 ? 0 : found / (double) m;
            f[11] = m == 0 ? 0 : inQuestion / (double) m;
            f[12] = m == 0 ? 1 : 0;
            f[13] = aOnly.isEmpty() ? 0 : freq / aOnly.size();
            f[14] = LexicalScores.slidingWindow(story, qu, qa.size(), true);
            f[15] = u1;
            f[16] = u2;
            f[17] = s3;
            int uniqFound = 0;
            for (String s : uniq) {
                if (story.count(s, true) > 0) {
                    uniqFound++;
                }
            }
            f[18] = uniq.isEmpty() ? 0 : uniqFound / (double) uniq.size();
            f[19] = LexicalScores.slidingWindow(story, qu, 5, true);
            f[20] = LexicalScores.slidingWindow(story, qu, 10, true);
            f[21] = LexicalScores.slidingWindow(story, qu, 20, true);
            f[22] = proximity(story, qInStory, uniq.isEmpty() ? aOnly : uniq);
            f[23] = c1;
            f[24] = c2;
            f[25] = cu;
            List<String> answerWords = new ArrayList<>();
            for (String w : ab.words()) {
                if (!TextNormalizer.isStopword(w)) {
                    answerWords.add(w);
                }
            }
            double[] extra = sem.scores(qb.content(), qa, qu, aOnly, answerWords, wr, qSoft, bestSoft);
            System.arraycopy(extra, 0, f, SEMANTIC, extra.length);
        }
        return v;
    }

    /** One feature emitter per answer, in answer order. */
    public static List<Consumer<FeatureSink>> extract(StoryIndex story, McTestQuestion q) {
        double[][] v = baseScores(story, q);
        List<String> words = TextNormalizer.words(q.text());
        List<String> prefixes = new ArrayList<>();
        prefixes.add("");
        prefixes.add("t=" + q.type().id() + "|");
        prefixes.add("w=" + questionWord(words) + "|");
        if (words.contains("not") || words.contains("never")) {
            prefixes.add("neg|");
        }
        int n = v.length;
        int nf = BASE.size();
        double[] max = new double[nf];
        double[] min = new double[nf];
        for (int f = 0; f < nf; f++) {
            max[f] = Double.NEGATIVE_INFINITY;
            min[f] = Double.POSITIVE_INFINITY;
            for (double[] row : v) {
                max[f] = Math.max(max[f], row[f]);
                min[f] = Math.min(min[f], row[f]);
            }
        }
        List<Consumer<FeatureSink>> out = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            double[] row = v[a];
            out.add(sink -> {
                for (String p : prefixes) {
                    for (int f = 0; f < nf; f++) {
                        String name = BASE.get(f);
                        sink.add(p + name, row[f]);
                        sink.add(p + name + ".rel", row[f] - max[f]);
                        if (row[f] == max[f] && max[f] > min[f] && unique(v, f, max[f])) {
                            sink.add(p + name + ".top");
                        }
                        if (row[f] == min[f] && max[f] > min[f] && unique(v, f, min[f])) {
                            sink.add(p + name + ".bottom");
                        }
                    }
                }
            });
        }
        return out;
    }

    /**
     * The best answer-word occurrence, scored by how close the question's words are to it:
     * max over positions i of an answer word a of IC(a) * sum over question words q of
     * IC(q) * exp(-distance(i, nearest q) / 10).
     */
    static double proximity(StoryIndex story, Set<String> question, Set<String> answer) {
        if (question.isEmpty() || answer.isEmpty()) {
            return 0;
        }
        int n = story.size();
        List<String> qs = new ArrayList<>(question);
        // nearest occurrence of each question word to the left and right of every position
        int[][] dist = new int[qs.size()][n];
        for (int j = 0; j < qs.size(); j++) {
            String q = qs.get(j);
            int last = -1_000_000;
            for (int i = 0; i < n; i++) {
                if (story.stem(i).equals(q)) {
                    last = i;
                }
                dist[j][i] = i - last;
            }
            last = 1_000_000;
            for (int i = n - 1; i >= 0; i--) {
                if (story.stem(i).equals(q)) {
                    last = i;
                }
                dist[j][i] = Math.min(dist[j][i], last - i);
            }
        }
        double best = 0;
        for (int i = 0; i < n; i++) {
            String s = story.stem(i);
            if (!answer.contains(s)) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < qs.size(); j++) {
                sum += story.ic(qs.get(j), true) * Math.exp(-dist[j][i] / 10.0);
            }
            best = Math.max(best, story.ic(s, true) * sum);
        }
        return best;
    }

    /** The first wh-word of the question ({@code how many/much} apart), else "other". */
    public static String questionWord(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (QWORDS.contains(w)) {
                if (w.equals("how") && i + 1 < words.size()
                        && (words.get(i + 1).equals("many") || words.get(i + 1).equals("much"))) {
                    return "how_many";
                }
                return w;
            }
        }
        return "other";
    }

    private static boolean unique(double[][] v, int f, double value) {
        int c = 0;
        for (double[] row : v) {
            if (row[f] == value) {
                c++;
            }
        }
        return c == 1;
    }

    /** Sum of IC over the distinct stems of {@code set} that occur in sentences [from, to). */
    private static double overlap(StoryIndex story, int from, int to, Set<String> set) {
        return overlap(story, from, to, set, false);
    }

    /** Same, over pronoun-resolved stems when {@code resolved}. */
    private static double overlap(StoryIndex story, int from, int to, Set<String> set, boolean resolved) {
        if (set.isEmpty()) {
            return 0;
        }
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (int i = story.sentenceStart(from); i < story.sentenceEnd(to - 1); i++) {
            String s = resolved ? story.resolvedStem(i) : story.stem(i);
            if (set.contains(s) && seen.add(s)) {
                sum += story.ic(s, true);
            }
        }
        return sum;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static Set<String> contentWords(Set<String> words) {
        Set<String> s = new LinkedHashSet<>();
        for (String w : words) {
            if (!TextNormalizer.isStopword(w)) {
                s.add(w);
            }
        }
        return s;
    }

    private static Set<String> inStory(Set<String> tokens, StoryIndex story, boolean stemmed) {
        Set<String> s = new LinkedHashSet<>();
        for (String t : tokens) {
            if (story.count(t, stemmed) > 0) {
                s.add(t);
            }
        }
        return s;
    }
}
