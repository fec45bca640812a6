package org.tagrank.task.rank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Base scores that match question and answer words to story words through WordNet
 * ({@link WordRelations}) as well as by matching key. A story token t matches a query key s
 * exactly (weight IC(s)), as a synonym or derived form of s ({@link #NEAR} x IC(t)), or as a word
 * whose hypernyms include s ({@link #BROAD} x IC(t): the story says "pizza", the question "food").
 */
final class SemanticScores {
    static final double NEAR = 0.9;
    static final double BROAD = 0.6;

    /** Score names, in the order of {@link #scores}. */
    static final List<String> NAMES = List.of("sw_wn", "sw_wn_uniq", "sent_wn1", "sent_wn2", "sent_ans_wn",
            "sent_ans_wn1", "ans_wn_cov", "ans_qtype", "atype_person", "atype_loc", "atype_time");

    private final StoryIndex story;
    private final WordRelations.Related[] rel;

    SemanticScores(StoryIndex story, WordRelations wr) {
        this.story = story;
        rel = new WordRelations.Related[story.size()];
        for (int i = 0; i < rel.length; i++) {
            rel[i] = wr.of(story.word(i));
        }
    }

    /** The weight with which story token i matches key s (0 when it does not). */
    double match(int i, String s) {
        String t = story.stem(i);
        if (t.equals(s)) {
            return story.ic(s, true);
        }
        if (rel[i].near().contains(s)) {
            return NEAR * story.ic(t, true);
        }
        if (rel[i].broader().contains(s)) {
            return BROAD * story.ic(t, true);
        }
        return 0;
    }

    /** The best weight of any token of the set at i. */
    private double match(int i, Set<String> set) {
        double best = 0;
        for (String s : set) {
            best = Math.max(best, match(i, s));
        }
        return best;
    }

    /** Sliding window over soft matches. */
    double slidingWindow(Set<String> set, int window) {
        if (set.isEmpty() || story.size() == 0) {
            return 0;
        }
        double[] w = new double[story.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = match(i, set);
        }
        return LexicalScores.bestWindow(w, window);
    }

    /** Sum over the keys of the set of their best soft match in sentences [from, to). */
    double overlap(int from, int to, Set<String> set) {
        double sum = 0;
        int a = story.sentenceStart(Math.max(0, from));
        int b = story.sentenceEnd(Math.min(story.sentences(), to) - 1);
        for (String s : set) {
            double best = 0;
            for (int i = a; i < b; i++) {
                best = Math.max(best, match(i, s));
            }
            sum += best;
        }
        return sum;
    }

    /**
     * Scores of one answer. {@code q} the question's content keys, {@code qa} with the answer's,
     * {@code qu} with the answer's words no other answer has, {@code aOnly} the answer's keys not in
     * the question, {@code answerWords} its lower-cased content words.
     */
    double[] scores(Set<String> q, Set<String> qa, Set<String> qu, Set<String> aOnly, List<String> answerWords,
                    WordRelations wr, double[] qSent, double bestQ) {
        double[] f = new double[NAMES.size()];
        int ns = story.sentences();
        f[0] = slidingWindow(qa, qa.size());
        f[1] = slidingWindow(qu, qa.size());
        for (int k = 0; k < ns; k++) {
            f[2] = Math.max(f[2], overlap(k, k + 1, qa));
            if (k + 1 < ns) {
                f[3] = Math.max(f[3], overlap(k, k + 2, qa));
            }
            if (bestQ > 0 && qSent[k] == bestQ) {
                f[4] = Math.max(f[4], overlap(k - 1, k + 2, aOnly));
                f[5] = Math.max(f[5], overlap(k, k + 1, aOnly));
            }
        }
        int found = 0;
        int typed = 0;
        int person = 0;
        int loc = 0;
        int time = 0;
        Set<String> seen = new HashSet<>();
        for (String w : answerWords) {
            String s = TextNormalizer.stem(w);
            if (q.contains(s) || !seen.add(s)) {
                continue;
            }
            for (int i = 0; i < story.size(); i++) {
                if (match(i, s) > 0) {
                    found++;
                    break;
                }
            }
            WordRelations.Related r = wr.of(w);
            for (String x : q) {
                if (r.broader().contains(x) || r.near().contains(x)) {
                    typed++;
                    break;
                }
            }
            String lex = r.nounLex();
            if (story.isName(s) || "noun.person".equals(lex)) {
                person++;
            }
            if ("noun.location".equals(lex) || "noun.artifact".equals(lex) || "noun.object".equals(lex)) {
                loc++;
            }
            if ("noun.time".equals(lex)) {
                time++;
            }
        }
        int m = seen.size();
        if (m > 0) {
            f[6] = found / (double) m;
            f[7] = typed / (double) m;
            f[8] = person / (double) m;
            f[9] = loc / (double) m;
            f[10] = time / (double) m;
        }
        return f;
    }

    /** Soft overlap of the question's keys with every sentence. */
    double[] questionSentences(Set<String> q) {
        double[] out = new double[story.sentences()];
        for (int k = 0; k < out.length; k++) {
            out[k] = overlap(k, k + 1, q);
        }
        return out;
    }
}
