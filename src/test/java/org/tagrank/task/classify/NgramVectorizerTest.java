package org.tagrank.task.classify;

import org.junit.jupiter.api.Test;
import org.tagrank.core.SparseVector;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NgramVectorizerTest {
    private static final List<String> DOCS = List.of("New York is big", "new york, new jersey", "big apple");

    private static NgramConfig config(Weighting w, boolean norm, int cutoff, Template... ts) {
        return new NgramConfig(List.of(ts), w, norm, cutoff);
    }

    @Test
    void featureNamesOrderedByTemplateThenFirstSeenTokens() {
        NgramVectorizer v = NgramVectorizer.fit(DOCS, config(Weighting.BINARY, false, 1, Template.UNIGRAM, Template.BIGRAM));
        assertEquals(List.of("w=new", "w=york", "w=is", "w=big", "w=jersey", "w=apple",
                "b=new_york", "b=new_jersey", "b=york_new", "b=york_is", "b=is_big", "b=big_apple"), v.index().names());
    }

    @Test
    void cutoffCountsDocumentsNotOccurrences() {
        NgramVectorizer v = NgramVectorizer.fit(DOCS, config(Weighting.BINARY, false, 2, Template.UNIGRAM, Template.BIGRAM));
        // "new" occurs 3 times but in 2 documents; "jersey" in one
        assertEquals(List.of("w=new", "w=york", "w=big", "b=new_york"), v.index().names());
        assertEquals(2, v.df(v.index().indexOf("w=new")));
    }

    @Test
    void logTfIdfValuesAndUnitLength() {
        NgramVectorizer v = NgramVectorizer.fit(DOCS, config(Weighting.LOG_TFIDF, true, 1, Template.UNIGRAM));
        SparseVector x = v.encode("new new apple unknownword");
        assertEquals(2, x.size());
        double wNew = (1 + Math.log(2)) * (Math.log(4.0 / 3.0) + 1); // tf 2, df 2 of N=3
        double wApple = Math.log(4.0 / 2.0) + 1;                     // tf 1, df 1
        double norm = Math.sqrt(wNew * wNew + wApple * wApple);
        assertEquals(wNew / norm, x.value(0), 1e-6);
        assertEquals(wApple / norm, x.value(1), 1e-6);
        double len = 0;
        for (int i = 0; i < x.size(); i++) {
            len += x.value(i) * x.value(i);
        }
        assertEquals(1.0, len, 1e-6);
    }

    @Test
    void rawCountsWithoutNormalisation() {
        NgramVectorizer v = NgramVectorizer.fit(DOCS, config(Weighting.LOG_COUNT, false, 1, Template.UNIGRAM));
        SparseVector x = v.encode("York york YORK");
        assertEquals(1, x.size());
        assertEquals(1 + Math.log(3), x.value(0), 1e-6);
    }

    @Test
    void unknownTokensBreakBigrams() {
        NgramVectorizer v = NgramVectorizer.fit(DOCS, config(Weighting.BINARY, false, 1, Template.BIGRAM));
        assertEquals(0, v.encode("new zzz york").size());
        assertEquals(1, v.encode("new york").size());
    }

    @Test
    void headerTemplatesReadTheirFieldOnly() {
        String doc = "From: ann@uni.edu (Ann) Subject: Re: rocket engines Organization: Space Club Lines: 2 rocket body";
        NgramVectorizer v = NgramVectorizer.fit(List.of(doc),
                config(Weighting.BINARY, false, 1, Template.SUBJECT, Template.FROM, Template.ORGANIZATION));
        assertEquals(List.of("s=re", "s=rocket", "s=engines", "f=ann", "f=uni", "f=edu", "o=space", "o=club"),
                v.index().names());
    }

    @Test
    void restoredVectorizerEncodesIdentically() {
        NgramConfig c = config(Weighting.LOG_TFIDF, true, 1, Template.UNIGRAM, Template.BIGRAM, Template.SUBJECT);
        NgramVectorizer v = NgramVectorizer.fit(DOCS, c);
        int[] df = new int[v.index().size()];
        for (int f = 0; f < df.length; f++) {
            df[f] = v.df(f);
        }
        NgramVectorizer w = NgramVectorizer.of(c, v.index(), v.numDocs(), df);
        for (String d : List.of("new york big apple", "Subject: big news", "nothing known")) {
            assertEquals(v.encode(d), w.encode(d));
        }
    }

    @Test
    void badConfigurationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> config(Weighting.BINARY, true, 1));
        assertThrows(IllegalArgumentException.class, () -> config(Weighting.BINARY, true, 1, Template.UNIGRAM, Template.UNIGRAM));
        assertThrows(IllegalArgumentException.class, () -> config(Weighting.BINARY, true, 0, Template.UNIGRAM));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Template.parse("trigram"));
        assertTrue(e.getMessage().contains("unigram"));
        assertThrows(IllegalArgumentException.class, () -> Weighting.parse("bm25"));
    }

    @Test
    void configSurvivesItsMap() {
        NgramConfig c = config(Weighting.TFIDF, false, 3, Template.BIGRAM, Template.FROM);
        assertEquals(c, NgramConfig.fromMap(c.toMap()));
    }
}
