package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;
import org.tagrank.testutil.Fixtures;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words with characters above U+FFFF (emoji, mathematical bold 𝐀𝐁𝐂, CJK Extension B 𠀀): a surrogate pair is one
 * character to the word features. Cut in two, its halves were written to the model as '?', and a trained model
 * would not load ("duplicate feature 'pre1[0]=?'").
 */
class SupplementaryCharsTest {
    private static final String BOLD_ABC = "\uD835\uDC00\uD835\uDC01\uD835\uDC02"; // 𝐀𝐁𝐂
    private static final String BOLD_XYZ = "\uD835\uDC31\uD835\uDC32\uD835\uDC33"; // 𝐱𝐲𝐳
    private static final String GRIN = "\uD83D\uDE00"; // 😀
    private static final String CJK_B = "\uD840\uDC00\uD840\uDC01"; // 𠀀𠀁

    private static String row(int id, String form, String upos, String xpos) {
        return id + "\t" + form + "\t_\t" + upos + "\t" + xpos + "\t_\t_\t_\t_\t_\n";
    }

    private static List<ConlluSentence> read(String text) throws IOException {
        List<ConlluSentence> out = new ArrayList<>();
        try (ConlluReader r = new ConlluReader(new BufferedReader(new StringReader(text)), "mem")) {
            for (ConlluSentence s; (s = r.next()) != null; ) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void aModelTrainedOnSupplementaryWordsIsWrittenReadBackAndTagsAsBefore() throws IOException {
        List<ConlluSentence> train = new ArrayList<>(ConlluReader.readAll(Fixtures.resource("org/tagrank/task/pos/tiny-train.conllu")));
        String extra = row(1, BOLD_ABC, "PROPN", "NNP") + row(2, "sleeps", "VERB", "VBZ") + row(3, GRIN, "SYM", "NFP") + "\n"
                + row(1, "The", "DET", "DT") + row(2, BOLD_XYZ, "NOUN", "NN") + row(3, "runs", "VERB", "VBZ")
                + row(4, "x" + GRIN + "y" + GRIN + "z", "SYM", "NFP") + "\n"
                + row(1, CJK_B, "PROPN", "NNP") + row(2, "runs", "VERB", "VBZ") + row(3, "\uD83D\uDC4D", "SYM", "NFP") + "\n";
        train.addAll(read(extra));
        List<String> names = new ArrayList<>(PosTemplates.defaults().names());
        names.addAll(List.of("len[0]", "pre4[0]", "ng2[0]")); // every function that cuts or counts characters
        PosTrainerSettings s = PosTrainerSettings.builder(PosTemplates.of(names),
                        TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(5).seed(1).build())
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).build();
        ModelBundle bundle = PosTrainer.train(train, List.of(), s, TrainingListener.SILENT, Map.of(), "mem");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelIO.write(bundle, out);
        ModelBundle back = ModelIO.read(new ByteArrayInputStream(out.toByteArray()), "pos", "mem");
        assertTrue(bundle.model().features().names().equals(back.model().features().names()),
                "feature names come back as they were written");
        PosTagger before = PosTagger.fromBundle(bundle);
        PosTagger after = PosTagger.fromBundle(back);
        for (List<String> words : List.of(List.of(BOLD_ABC, "sleeps", GRIN), List.of("The", BOLD_XYZ, "runs", "."),
                List.of(CJK_B, "\uD835\uDC03\uD835\uDC04", "\uD83D\uDE03", "a" + GRIN + "b" + GRIN + "c" + GRIN))) {
            assertEquals(before.tag(words), after.tag(words), words.toString());
        }
    }

    @Test
    void prefixesSuffixesLengthAndNgramsCountCodePoints() {
        assertEquals("\uD835\uDC02", WordFunction.suffix(BOLD_ABC, 1), "𝐀𝐁𝐂 lowercases to itself: its last letter, 𝐂");
        assertEquals("\uD835\uDC01\uD835\uDC02", WordFunction.suffix(BOLD_ABC, 2));
        assertEquals(BOLD_ABC, WordFunction.suffix(BOLD_ABC, 3));
        assertEquals(BOLD_ABC, WordFunction.suffix(BOLD_ABC, 5), "three characters, not six");
        assertEquals("\uD835\uDC00", WordFunction.prefix(BOLD_ABC, 1));
        assertEquals("\uD835\uDC00\uD835\uDC01", WordFunction.prefix(BOLD_ABC, 2));
        assertEquals("a" + GRIN, WordFunction.prefix("a" + GRIN + "b", 2));
        assertEquals(GRIN + "b", WordFunction.suffix("a" + GRIN + "b", 2));
        assertEquals("3", WordFunction.LEN.apply(BOLD_ABC));
        assertEquals("1", WordFunction.LEN.apply(GRIN));
        assertEquals("10", WordFunction.LEN.apply(GRIN.repeat(12)));
        // BMP words as before
        assertEquals("ing", WordFunction.suffix("Running", 3));
        assertEquals("ru", WordFunction.prefix("Running", 2));
        assertEquals("7", WordFunction.LEN.apply("Running"));
        PosTemplates ng = PosTemplates.of(List.of("ng2[0]"));
        assertEquals(List.of("ng2[0]=" + GRIN + "b", "ng2[0]=b" + GRIN), ng.ngramFeatures("a" + GRIN + "b" + GRIN + "c", WordSources.NONE));
        assertEquals(List.of(), ng.ngramFeatures("a" + GRIN + "b", WordSources.NONE), "three characters: no inner 2-gram");
        assertEquals(List.of("ng2[0]=un", "ng2[0]=nn"), ng.ngramFeatures("Runny", WordSources.NONE));
    }
    /** Shape and flags see a surrogate pair as the letter, digit or symbol it encodes, as they see a BMP one. */
    @Test
    void shapeAndFlagsClassifyCodePoints() {
        String[][] same = {
                {BOLD_ABC, "ABC"}, {BOLD_XYZ, "xyz"}, {"\uD835\uDC00\uD835\uDC1B\uD835\uDC1C", "Abc"}, // 𝐀𝐛𝐜
                {"\uD835\uDFCF\uD835\uDFD0", "12"}, // 𝟏𝟐, mathematical bold digits
                {CJK_B, "\u4E2D\u6587"}, // 𠀀𠀁 and 中文: letters without case
                {"\uD835\uDC00-" + "\uD835\uDFCF", "A-1"}, {"Mc" + BOLD_ABC, "McABC"}};
        for (String[] p : same) {
            assertEquals(WordFunction.shape(p[1]), WordFunction.shape(p[0]), p[0]);
            assertEquals(WordFunction.flags(p[1]), WordFunction.flags(p[0]), p[0]);
        }
        assertEquals("X", WordFunction.shape(BOLD_ABC));
        assertEquals("CA--L", WordFunction.flags(BOLD_ABC));
        assertEquals(GRIN, WordFunction.shape(GRIN + GRIN), "a symbol is kept whole, its run collapsed");
        assertEquals("-----", WordFunction.flags(GRIN));
    }

    @Test
    void capitalisationStatisticsCountASupplementaryInitialLetter() {
        AutoLexicon.Builder b = AutoLexicon.builder();
        for (int i = 0; i < 3; i++) {
            b.add(List.of("x", BOLD_ABC, "ABC"), null);
        }
        AutoLexicon lex = b.build(2);
        assertEquals("c4", lex.capitalisation("ABC"));
        assertEquals("c4", lex.capitalisation(BOLD_ABC), "𝐀 is an upper-case letter");
        assertEquals(lex.frequency("ABC"), lex.frequency(BOLD_ABC));
    }
}
