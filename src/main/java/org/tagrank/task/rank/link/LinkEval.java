package org.tagrank.task.rank.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * In-KB accuracy over linked (non-NIL) mentions: overall and on the mentions whose gold is not
 * the most popular candidate. A linked mention without candidates, or whose gold is not among
 * them, counts as wrong.
 */
public final class LinkEval {
    private long n;
    private long correct;
    private long nHard;
    private long correctHard;

    /** Records every linked mention of the document given the predicted candidate index per mention (-1: none). */
    public void add(LinkDocument doc, int[] predicted) {
        for (int j = 0; j < doc.mentions().size(); j++) {
            LinkMention m = doc.mentions().get(j);
            if (!m.linked()) {
                continue;
            }
            boolean ok = m.goldIndex() >= 0 && predicted[j] == m.goldIndex();
            n++;
            if (ok) {
                correct++;
            }
            if (m.goldIndex() < 0 || m.mostPopular() != m.goldIndex()) {
                nHard++;
                if (ok) {
                    correctHard++;
                }
            }
        }
    }

    /** Evaluates a predictor (document → candidate index per mention) over the documents. */
    public static LinkEval of(List<LinkDocument> docs, Function<LinkDocument, int[]> predictor) {
        LinkEval e = new LinkEval();
        for (LinkDocument d : docs) {
            e.add(d, predictor.apply(d));
        }
        return e;
    }

    /** The most-popular-candidate baseline's predictions. */
    public static int[] mostPopular(LinkDocument d) {
        return d.mentions().stream().mapToInt(LinkMention::mostPopular).toArray();
    }

    /** The most-in-links baseline's predictions. */
    public static int[] mostInLinks(LinkDocument d) {
        return d.mentions().stream().mapToInt(LinkMention::mostInLinks).toArray();
    }

    /**
     * CoreNLP's {@code entitylink} (WikidictAnnotator): the dictionary's entity for the exact
     * mention text; right when that entity is the gold (-1 when it is no candidate).
     */
    public static Function<LinkDocument, int[]> dictionary(Wikidict wd) {
        return d -> {
            int[] out = new int[d.mentions().size()];
            for (int j = 0; j < out.length; j++) {
                LinkMention m = d.mentions().get(j);
                Wikidict.Entry e = wd.get(m.text());
                out[j] = -1;
                for (int c = 0; e != null && c < m.candidates().size(); c++) {
                    if (m.candidates().get(c).title().equals(e.entity())) {
                        out[j] = c;
                        break;
                    }
                }
            }
            return out;
        };
    }

    public long total() {
        return n;
    }

    public double accuracy() {
        return n == 0 ? Double.NaN : correct / (double) n;
    }

    public double accuracyNotMostPopular() {
        return nHard == 0 ? Double.NaN : correctHard / (double) nHard;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("accuracy", accuracy());
        m.put("n_not_most_popular", nHard);
        m.put("accuracy_not_most_popular", accuracyNotMostPopular());
        return m;
    }
}
