// Experiment for docs/bench-mctest.md (not part of the library): do sentence embeddings help the MCTest ranker?
// Also prints the shipped model's split (trained on train, scored on dev). Five-fold cross-validation over the MC160+MC500 train and dev stories (fold = story index mod 5, as in
// McTestCrossValidation), logistic regression (L-BFGS, 100 iterations, no early stopping), with the shipped
// features alone and with five more base scores from the all-MiniLM-L6-v2 sentence encoder (langchain4j's ONNX
// packaging, not a TagRank dependency). No test data is read. Run it with scripts/cv-mctest-embed.
//
// The five scores, per answer a of question q over the story's sentences s_k (cosine similarities):
//   e_qa   max_k cos(q+a, s_k)                  e_qa2  max_k cos(q+a, s_k + s_k+1)
//   e_a_q  cos(a, s_k*), k* = argmax_k cos(q, s_k)   e_a_q3 max over k*-1..k*+1 of cos(a, s_k)
//   e_a    max_k cos(a, s_k)
// Each is emitted like McTestFeatures' base scores: value, .rel (minus the best answer's), .top/.bottom (unique
// best/worst), each with the prefixes "", t=<one|multiple>|, w=<question word>|, and neg| for negated questions.
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.tagrank.feature.FeatureSink;
import org.tagrank.feature.WordVectors;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.task.rank.McTestCrossValidation;
import org.tagrank.task.rank.McTestFeatures;
import org.tagrank.task.rank.McTestQuestion;
import org.tagrank.task.rank.McTestReader;
import org.tagrank.task.rank.McTestStory;
import org.tagrank.task.rank.StoryIndex;
import org.tagrank.task.rank.TextNormalizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

public class McTestEmbeddingCv {
    static final List<String> NAMES = List.of("e_qa", "e_qa2", "e_a_q", "e_a_q3", "e_a");
    static final Map<String, float[]> VEC = new HashMap<>();

    public static void main(String[] args) throws Exception {
        List<McTestStory> stories = new ArrayList<>();
        String vectors = null;
        for (String f : args) {
            if (f.startsWith("--vectors=")) {
                vectors = f.substring("--vectors=".length());
            } else {
                stories.addAll(McTestReader.read(Path.of(f), true));
            }
        }
        if (vectors == null) {
            embedAll(stories);
        } else {
            averageAll(stories, WordVectors.parse(org.tagrank.io.Readers.readString(Path.of(vectors)), vectors));
        }
        // features of every question, computed once: base emitters and embedding scores
        Map<McTestQuestion, List<Consumer<FeatureSink>>> base = new HashMap<>();
        Map<McTestQuestion, double[][]> emb = new HashMap<>();
        for (McTestStory s : stories) {
            StoryIndex idx = new StoryIndex(s.text());
            List<String> sentences = TextNormalizer.sentences(s.text());
            for (McTestQuestion q : s.questions()) {
                base.put(q, McTestFeatures.extract(idx, q));
                double[][] v = new double[4][];
                for (int a = 0; a < 4; a++) {
                    v[a] = scores(sentences, q.text(), q.answers().get(a));
                }
                emb.put(q, v);
            }
        }
        System.out.println("| features | l2 | CV all (1800) | CV MC160 stories (400) | CV MC500 stories (1400) | train -> dev (320) |");
        System.out.println("|---|---|---|---|---|---|");
        for (boolean withEmb : new boolean[] {false, true}) {
            for (double l2 : new double[] {0.003, 0.01, 0.03, 0.1}) {
                Map<McTestQuestion, double[][]> extra = withEmb ? emb : null;
                McTestCrossValidation.Split r = McTestCrossValidation.run(stories, q -> emitters(q, base, extra), config(l2), 5);
                double dev = McTestCrossValidation.trainDev(stories, q -> emitters(q, base, extra), config(l2));
                System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f |%n",
                        withEmb ? "+ embeddings" : "shipped features", l2, 100 * r.all(), 100 * r.mc160(), 100 * r.mc500(), 100 * dev);
            }
        }
    }

    static TrainerConfig config(double l2) {
        return TrainerConfig.builder(TrainerConfig.Learner.LR).l2(l2).epochs(100).patience(0).seed(1)
                .optimizer(TrainerConfig.OptimizerKind.LBFGS).build();
    }

    static List<Consumer<FeatureSink>> emitters(McTestQuestion q, Map<McTestQuestion, List<Consumer<FeatureSink>>> base,
                                                Map<McTestQuestion, double[][]> emb) {
        List<Consumer<FeatureSink>> b = base.get(q);
        if (emb == null) {
            return b;
        }
        double[][] v = emb.get(q);
        List<String> words = TextNormalizer.words(q.text());
        List<String> prefixes = new ArrayList<>(List.of("", "t=" + q.type().id() + "|", "w=" + questionWord(words) + "|"));
        if (words.contains("not") || words.contains("never")) {
            prefixes.add("neg|");
        }
        List<Consumer<FeatureSink>> out = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            int answer = a;
            out.add(sink -> {
                b.get(answer).accept(sink);
                for (String p : prefixes) {
                    for (int f = 0; f < NAMES.size(); f++) {
                        double max = Double.NEGATIVE_INFINITY;
                        double min = Double.POSITIVE_INFINITY;
                        int atMax = 0;
                        int atMin = 0;
                        for (double[] row : v) {
                            max = Math.max(max, row[f]);
                            min = Math.min(min, row[f]);
                        }
                        for (double[] row : v) {
                            atMax += row[f] == max ? 1 : 0;
                            atMin += row[f] == min ? 1 : 0;
                        }
                        double x = v[answer][f];
                        sink.add(p + NAMES.get(f), x);
                        sink.add(p + NAMES.get(f) + ".rel", x - max);
                        if (x == max && max > min && atMax == 1) {
                            sink.add(p + NAMES.get(f) + ".top");
                        }
                        if (x == min && max > min && atMin == 1) {
                            sink.add(p + NAMES.get(f) + ".bottom");
                        }
                    }
                }
            });
        }
        return out;
    }

    /** The first wh-word ({@code how many/much} apart), else "other": McTestFeatures' own. */
    static String questionWord(List<String> words) {
        return McTestFeatures.questionWord(words);
    }

    static Set<String> texts(List<McTestStory> stories) {
        Set<String> texts = new LinkedHashSet<>();
        for (McTestStory s : stories) {
            texts.addAll(TextNormalizer.sentences(s.text()));
            for (McTestQuestion q : s.questions()) {
                texts.add(q.text());
                for (String a : q.answers()) {
                    texts.add(a);
                    texts.add(q.text() + " " + a);
                }
            }
        }
        return texts;
    }

    static void embedAll(List<McTestStory> stories) {
        Set<String> texts = texts(stories);
        AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        List<String> list = new ArrayList<>(texts);
        long t0 = System.nanoTime();
        for (int i = 0; i < list.size(); i += 64) {
            List<String> batch = list.subList(i, Math.min(list.size(), i + 64));
            List<TextSegment> segs = new ArrayList<>();
            for (String t : batch) {
                segs.add(TextSegment.from(t));
            }
            var embs = model.embedAll(segs).content();
            for (int j = 0; j < batch.size(); j++) {
                float[] v = embs.get(j).vector();
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                float inv = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
                for (int k = 0; k < v.length; k++) {
                    v[k] *= inv;
                }
                VEC.put(batch.get(j), v);
            }
        }
        System.err.printf(Locale.ROOT, "embedded %d texts in %.0f s%n", list.size(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The word-vector encoder ({@code --vectors=FILE}, e.g. scripts/extract-embeddings' CoreNLP vectors): a text's
     * vector is the unit-length mean of the vectors of its lower-cased non-stop words (all its words when every
     * one is a stop word); zero when none has a vector.
     */
    static void averageAll(List<McTestStory> stories, WordVectors vectors) {
        for (String text : texts(stories)) {
            float[] v = new float[vectors.dimension()];
            List<String> words = TextNormalizer.words(text);
            boolean allStop = words.stream().allMatch(TextNormalizer::isStopword);
            for (String w : words) {
                int r = vectors.row(w);
                if (r >= 0 && (allStop || !TextNormalizer.isStopword(w))) {
                    vectors.addTo(r, 1f, v);
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < v.length; k++) {
                v[k] *= inv;
            }
            VEC.put(text, v);
        }
    }

    static double cos(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double[] scores(List<String> sentences, String q, String a) {
        double[] f = new double[NAMES.size()];
        int n = sentences.size();
        if (n == 0) {
            return f;
        }
        float[] qa = VEC.get(q + " " + a);
        float[] qv = VEC.get(q);
        float[] av = VEC.get(a);
        f[0] = -1;
        f[4] = -1;
        int bestQ = 0;
        double bq = -2;
        for (int k = 0; k < n; k++) {
            float[] s = VEC.get(sentences.get(k));
            f[0] = Math.max(f[0], cos(qa, s));
            f[4] = Math.max(f[4], cos(av, s));
            double c = cos(qv, s);
            if (c > bq) {
                bq = c;
                bestQ = k;
            }
            if (k + 1 < n) {
                float[] t = VEC.get(sentences.get(k + 1));
                float[] p = new float[qa.length];
                double nn = 0;
                for (int i = 0; i < p.length; i++) {
                    p[i] = s[i] + t[i];
                    nn += p[i] * p[i];
                }
                if (nn > 0) {
                    f[1] = Math.max(f[1], cos(qa, p) / Math.sqrt(nn));
                }
            }
        }
        f[2] = cos(av, VEC.get(sentences.get(bestQ)));
        f[3] = -1;
        for (int k = Math.max(0, bestQ - 1); k <= Math.min(n - 1, bestQ + 1); k++) {
            f[3] = Math.max(f[3], cos(av, VEC.get(sentences.get(k))));
        }
        return f;
    }
}
