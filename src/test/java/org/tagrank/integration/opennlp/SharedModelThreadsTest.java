package org.tagrank.integration.opennlp;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.task.classify.TextClassifier;
import org.tagrank.task.pos.Lexicon;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.rank.McTestQuestion;
import org.tagrank.task.rank.McTestRanker;
import org.tagrank.task.rank.McTestReader;
import org.tagrank.task.rank.McTestStory;
import org.tagrank.task.rank.StoryIndex;
import org.tagrank.testutil.Fixtures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One model shared by many threads answers exactly as it does on one thread, for every call of the OpenNLP
 * adapters and of the PosTagger / TextClassifier behind them (nothing of one call leaks into another), and a
 * caller changing a returned array does not change what later calls return.
 */
class SharedModelThreadsTest {
    static final int THREADS = 8;
    static PosTagger pos;
    static TextClassifier classifier;
    static List<String[]> sentences;
    static List<String> documents;

    @BeforeAll
    static void load() throws IOException {
        pos = PosTagger.loadDefault();
        classifier = TextClassifier.load("models/en-20news-classify-svm-1.lin.zip");
        sentences = new ArrayList<>();
        for (String f : List.of("tiny-train.conllu", "tiny-dev.conllu", "toy.conllu")) {
            for (ConlluSentence s : ConlluReader.readAll(Fixtures.resource("org/tagrank/task/pos/" + f))) {
                sentences.add(s.forms().toArray(new String[0]));
            }
        }
        sentences.add(new String[0]);
        sentences.add(new String[]{"Zorblatt", "frimbled", "the", "quaxes", "yesterday", "."});
        sentences.add(new String[]{"I", "saw", "her", "duck", "near", "the", "bank", "😀", "!"});
        Random random = new Random(7);
        List<String> pool = new ArrayList<>();
        sentences.forEach(s -> pool.addAll(Arrays.asList(s)));
        String[] longOne = new String[3000]; // a sentence far longer than any fixture
        for (int i = 0; i < longOne.length; i++) {
            longOne[i] = pool.get(random.nextInt(pool.size()));
        }
        sentences.add(longOne);
        documents = new ArrayList<>();
        for (String[] s : sentences) {
            documents.add(String.join(" ", s));
        }
        documents.add("Subject: shuttle launch\nThe launch of the space shuttle was delayed by NASA after a sensor failed.");
        documents.add("Subject: windows drivers\nMy graphics card crashes with the new driver under Windows 3.1.");
    }

    /** Every item answered on THREADS threads, several rounds in shuffled order, equals the one-thread answer. */
    static <T> void sameOnManyThreads(String what, List<T> items, Function<T, String> answer) throws Exception {
        List<String> expected = new ArrayList<>();
        for (T item : items) {
            expected.add(answer.apply(item));
        }
        List<Integer> order = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < items.size(); i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(11));
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i : order) {
                answers.add(threads.submit((Callable<String>) () -> answer.apply(items.get(i))));
            }
            for (int k = 0; k < order.size(); k++) {
                assertEquals(expected.get(order.get(k)), answers.get(k).get(), what + " of item " + order.get(k));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    static String show(Sequence s) {
        return s.getOutcomes() + " " + Arrays.toString(s.getProbs()) + " " + s.getScore();
    }

    static String show(Sequence[] seqs) {
        StringBuilder sb = new StringBuilder();
        for (Sequence s : seqs) {
            sb.append(show(s)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void openNlpPosTaggerSharedByThreads() throws Exception {
        TagRankPOSTagger penn = new TagRankPOSTagger(pos, 4);
        TagRankPOSTagger ud = new TagRankPOSTagger(pos, 3, POSTagFormat.UD);
        TagRankPOSTagger beam = new TagRankPOSTagger(pos.withBeam(4));
        sameOnManyThreads("tag", sentences, s -> Arrays.toString(penn.tag(s)) + Arrays.toString(ud.tag(s))
                + Arrays.toString(beam.tag(s, new Object[]{"context"})));
        sameOnManyThreads("tagSequence", sentences, s -> show(penn.tagSequence(s)) + show(ud.tagSequence(s)));
        sameOnManyThreads("topKSequences", sentences, s -> show(penn.topKSequences(s)) + show(ud.topKSequences(s))
                + show(beam.topKSequences(s)));
    }

    @Test
    void posTaggerSharedByThreads() throws Exception {
        Lexicon lexicon = Lexicon.of(java.util.Map.of("duck", List.of("VB"), "bank", List.of("NN", "VB")));
        PosTagger withLexicon = pos.withLexicon(lexicon);
        List<List<String>> nonEmpty = new ArrayList<>();
        for (String[] s : sentences) {
            if (s.length > 0) {
                nonEmpty.add(List.of(s));
            }
        }
        sameOnManyThreads("tag", nonEmpty, w -> pos.tag(w) + " " + withLexicon.tag(w));
        sameOnManyThreads("topK", nonEmpty, w -> pos.topK(w, 3) + " " + withLexicon.topK(w, 2));
        sameOnManyThreads("kBest", nonEmpty, w -> pos.kBest(w, 3).toString());
        sameOnManyThreads("explain", nonEmpty, w -> pos.explain(w, w.size() / 2, 8) + " "
                + withLexicon.allowedTags(w, w.size() - 1));
    }

    @Test
    void classifierAndCategorizerSharedByThreads() throws Exception {
        TagRankDocumentCategorizer cat = new TagRankDocumentCategorizer(classifier);
        sameOnManyThreads("classify", documents, d -> classifier.classify(d) + " "
                + Arrays.toString(classifier.probabilities(d)) + " " + classifier.topK(d, 3));
        sameOnManyThreads("explain", documents, d -> classifier.explain(d, classifier.classify(d), 5).toString());
        sameOnManyThreads("categorize", documents, d -> {
            String[] tokens = d.isEmpty() ? new String[0] : d.split(" ");
            double[] p = cat.categorize(tokens);
            return cat.getBestCategory(p) + " " + cat.getAllResults(p) + " " + cat.sortedScoreMap(tokens);
        });
    }

    /** The MCTest ranker: features read WordNet through a cache the threads fill together. */
    @Test
    void mcTestRankerSharedByThreads() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.tagrank.io.WordNet.locate().isPresent(),
                "WordNet 3.0 not found in " + org.tagrank.io.WordNet.defaultDir() + ": MCTest features need it");
        McTestRanker ranker = McTestRanker.load("models/en-mctest-rank-lr-1.lin.zip");
        List<McTestQuestion> questions = new ArrayList<>();
        List<StoryIndex> stories = new ArrayList<>();
        for (McTestStory s : McTestReader.read(Fixtures.resource("org/tagrank/task/rank/tiny-mctest.tsv"), false)) {
            for (McTestQuestion q : s.questions()) {
                questions.add(q);
                stories.add(new StoryIndex(s.text()));
            }
        }
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            ids.add(i);
        }
        sameOnManyThreads("rank", ids, i -> ranker.ranker().rank(ranker.encode(stories.get(i), questions.get(i)),
                List.of("A", "B", "C", "D"), 4, 3).toString());
    }

    /** The bundled entity linker over text whose mentions an alias table of the link fixtures finds. */
    @Test
    void entityLinkerSharedByThreads() throws Exception {
        org.tagrank.task.rank.link.EntityLinker linker =
                org.tagrank.task.rank.link.EntityLinker.load("models/en-aida-link-lr-1.lin.zip");
        org.tagrank.task.rank.link.AliasTable aliases = org.tagrank.task.rank.link.AliasTable.fromMentions(
                org.tagrank.task.rank.link.MentionFileReader.read(
                        Fixtures.resource("org/tagrank/task/rank/link/tiny-train.mentions.tsv")));
        List<String> texts = List.of("Neil Armstrong walked on the Moon.",
                "Armstrong was from Pennsylvania, like Lance Armstrong, who rode the Tour de France.",
                "Apollo 11 left Kittanning in Armstrong County for the Moon.", "Nothing to link here.");
        List<org.tagrank.task.rank.link.LinkDocument> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            docs.add(org.tagrank.task.rank.link.DictionaryMentions.find("d" + i, texts.get(i), aliases, 6));
        }
        sameOnManyThreads("link", docs, d -> linker.rank(d).toString());
    }

    /** A caller may scribble on what it got: later calls must not see it. */
    @Test
    void changingReturnedArraysDoesNotChangeLaterAnswers() {
        TagRankPOSTagger t = new TagRankPOSTagger(pos);
        String[] words = {"The", "dog", "barks", "."};
        String[] tags = t.tag(words);
        String before = Arrays.toString(tags);
        Arrays.fill(tags, "XX");
        Sequence s = t.tagSequence(words);
        String sequence = show(s);
        Arrays.fill(s.getProbs(), 0.5);
        Sequence[] best = t.topKSequences(words);
        String sequences = show(best);
        Arrays.fill(best[0].getProbs(), 0.5);
        best[0] = null;
        assertEquals(before, Arrays.toString(t.tag(words)));
        assertEquals(sequence, show(t.tagSequence(words)));
        assertEquals(sequences, show(t.topKSequences(words)));

        TagRankDocumentCategorizer cat = new TagRankDocumentCategorizer(classifier);
        String[] doc = {"The", "shuttle", "launch", "was", "delayed", "."};
        double[] p = cat.categorize(doc);
        String probs = Arrays.toString(p);
        Arrays.fill(p, 1.0);
        cat.scoreMap(doc).clear();
        assertEquals(probs, Arrays.toString(cat.categorize(doc)));
        assertEquals(probs, Arrays.toString(classifier.probabilities(String.join(" ", doc))));
    }
}
