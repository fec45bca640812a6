package org.tagrank.task.rank.link;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Link counts learned from gold mentions: how often a (normalised) mention text was linked to an
 * entity, which gives the alias prior p(e|m), and how often each entity was linked at all.
 * Immutable. For training, {@link #lookup(LinkDocument, boolean)} can leave one document's own
 * counts out, so that the prior on training data looks like the prior on unseen data.
 */
public final class AliasPrior {
    private final Object2IntOpenHashMap<String> mentions;
    private final Object2IntOpenHashMap<String> pairs;
    private final Object2IntOpenHashMap<String> entities;

    private AliasPrior(Object2IntOpenHashMap<String> mentions, Object2IntOpenHashMap<String> pairs,
                       Object2IntOpenHashMap<String> entities) {
        this.mentions = mentions;
        this.pairs = pairs;
        this.entities = entities;
    }

    public static AliasPrior empty() {
        return new AliasPrior(map(), map(), map());
    }

    /** Counts the linked mentions of these documents. */
    public static AliasPrior fromDocuments(Collection<LinkDocument> docs) {
        Object2IntOpenHashMap<String> m = map();
        Object2IntOpenHashMap<String> p = map();
        Object2IntOpenHashMap<String> e = map();
        for (LinkDocument d : docs) {
            count(d, m, p, e);
        }
        return new AliasPrior(m, p, e);
    }

    private static void count(LinkDocument d, Object2IntOpenHashMap<String> m, Object2IntOpenHashMap<String> p,
                              Object2IntOpenHashMap<String> e) {
        String topic = topic(d);
        for (LinkMention x : d.mentions()) {
            if (x.linked()) {
                String key = key(x.text());
                m.addTo(key, 1);
                p.addTo(key + '\t' + x.gold(), 1);
                e.addTo(x.gold(), 1);
                if (topic != null) {
                    m.addTo(topic + TOPIC + key, 1);
                    p.addTo(topic + TOPIC + key + '\t' + x.gold(), 1);
                    e.addTo(topic + TOPIC + x.gold(), 1);
                }
            }
        }
    }

    private static Object2IntOpenHashMap<String> map() {
        Object2IntOpenHashMap<String> m = new Object2IntOpenHashMap<>();
        m.defaultReturnValue(0);
        return m;
    }

    /** Joins a topic to a mention or entity key (a control character no text contains). */
    public static final char TOPIC = '\u001f';

    /**
     * A document's topic for topic-conditioned counts: its first content word (news headlines
     * often start with the subject, e.g. a sport), or null without tokens.
     */
    public static String topic(LinkDocument d) {
        for (String t : d.tokens()) {
            for (String w : TitleWords.words(t)) {
                if (w.length() > 2 && !TitleWords.STOP.contains(w) && Character.isLetter(w.charAt(0))) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Any run of Unicode white space (no-break and ideographic spaces too, which {@code \\s} alone misses). */
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    /** Mention normalisation: case-folded, whitespace collapsed. */
    public static String key(String mention) {
        return WHITESPACE.matcher(mention).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Counts as seen from a document: its own counts removed when {@code leaveOut}. */
    public Lookup lookup(LinkDocument doc, boolean leaveOut) {
        if (!leaveOut) {
            return new Lookup(null, null, null);
        }
        Object2IntOpenHashMap<String> m = map();
        Object2IntOpenHashMap<String> p = map();
        Object2IntOpenHashMap<String> e = map();
        count(doc, m, p, e);
        return new Lookup(m, p, e);
    }

    /** Read access to the counts, minus an optional document's own. */
    public final class Lookup {
        private final Object2IntOpenHashMap<String> ownMentions;
        private final Object2IntOpenHashMap<String> ownPairs;
        private final Object2IntOpenHashMap<String> ownEntities;

        private Lookup(Object2IntOpenHashMap<String> m, Object2IntOpenHashMap<String> p,
                       Object2IntOpenHashMap<String> e) {
            ownMentions = m;
            ownPairs = p;
            ownEntities = e;
        }

        /** Times the normalised mention {@code key} was linked. */
        public int mentionCount(String key) {
            return mentions.getInt(key) - (ownMentions == null ? 0 : ownMentions.getInt(key));
        }

        public int pairCount(String key, String entity) {
            String k = key + '\t' + entity;
            return pairs.getInt(k) - (ownPairs == null ? 0 : ownPairs.getInt(k));
        }

        public int entityCount(String entity) {
            return entities.getInt(entity) - (ownEntities == null ? 0 : ownEntities.getInt(entity));
        }
    }

    /** Serialised as {@code m<TAB>mention<TAB>count}, {@code p<TAB>mention<TAB>entity<TAB>count}, {@code e<TAB>entity<TAB>count}, sorted. */
    public String format() {
        List<String> lines = new ArrayList<>();
        mentions.object2IntEntrySet().forEach(x -> lines.add("m\t" + x.getKey() + "\t" + x.getIntValue()));
        pairs.object2IntEntrySet().forEach(x -> lines.add("p\t" + x.getKey() + "\t" + x.getIntValue()));
        entities.object2IntEntrySet().forEach(x -> lines.add("e\t" + x.getKey() + "\t" + x.getIntValue()));
        return LinkNumbers.sortedLines(lines);
    }

    /** Parses {@link #format()}; IllegalArgumentException naming the line on bad input. */
    public static AliasPrior parse(String text) {
        Object2IntOpenHashMap<String> m = map();
        Object2IntOpenHashMap<String> p = map();
        Object2IntOpenHashMap<String> e = map();
        List<String[]> lines = LinkNumbers.tabFields(text);
        for (int no = 1; no <= lines.size(); no++) {
            String[] f = lines.get(no - 1);
            int want = f.length > 0 && f[0].equals("p") ? 4 : 3;
            if (f.length != want || !(f[0].equals("m") || f[0].equals("p") || f[0].equals("e"))) {
                throw new IllegalArgumentException("prior line " + no + ": malformed");
            }
            int c;
            try {
                c = Integer.parseInt(f[want - 1]);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("prior line " + no + ": count is not an integer");
            }
            switch (f[0]) {
                case "m" -> m.put(f[1], c);
                case "p" -> p.put(f[1] + '\t' + f[2], c);
                default -> e.put(f[1], c);
            }
        }
        return new AliasPrior(m, p, e);
    }
}
