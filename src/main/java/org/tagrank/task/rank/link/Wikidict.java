package org.tagrank.task.rank.link;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.Readers;
import org.tagrank.io.ResourceLocator;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * CoreNLP's Wikipedia dictionary ({@code wikidict.tab.gz} in the {@code stanford-corenlp:models-english-kbp}
 * jar): lines {@code alias<TAB>entity<TAB>score}, the 1-best entity of each alias with its score.
 * Read the way CoreNLP's {@code WikidictAnnotator} reads it (lines starting with a TAB skipped,
 * the last line of an alias wins, aliases case-sensitive), but only the aliases a filter keeps,
 * so that memory stays small. Immutable.
 */
public final class Wikidict {
    /** Where the dictionary sits in the kbp models jar (and on the classpath when that jar is on it). */
    public static final String JAR_ENTRY = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    /** An alias's entity, as a title in the candidate format (underscores, URL-decoded), and its score. */
    public record Entry(String entity, double score) {
    }

    private final Map<String, Entry> entries;
    private final String source;
    /** The dictionary read the other way round, or null (not read, or not used by the model). */
    private final WikidictAliases aliases;
    /** Which {@code wda.*} groups the features emit ({@link WikidictAliasFeatures#GROUPS}). */
    private final Set<String> aliasGroups;

    private Wikidict(Map<String, Entry> entries, String source, WikidictAliases aliases, Set<String> aliasGroups) {
        this.entries = entries;
        this.source = source;
        this.aliases = aliases;
        this.aliasGroups = aliases == null ? Set.of() : Set.copyOf(aliasGroups);
    }

    /** A dictionary from given entries (tests). */
    public static Wikidict of(Map<String, Entry> entries) {
        return new Wikidict(Map.copyOf(entries), "memory", null, Set.of());
    }

    /** A dictionary from given entries and reverse entries (tests), with every {@code wda.*} group. */
    static Wikidict of(Map<String, Entry> entries, WikidictAliases aliases) {
        return new Wikidict(Map.copyOf(entries), "memory", aliases, WikidictAliases.GROUPS);
    }

    /** The dictionary read the other way round (for the {@code wda.*} features), or null. */
    public WikidictAliases aliases() {
        return aliases;
    }

    /** The {@code wda.*} groups to emit (empty without {@link #aliases()}). */
    public Set<String> aliasGroups() {
        return aliasGroups;
    }

    /**
     * The same dictionary emitting the {@code wda.*} groups given (none: the plain {@code wd.*} features).
     * @throws IllegalStateException when groups are asked for and the reverse entries were not read
     */
    public Wikidict withAliasGroups(Set<String> groups) {
        if (groups.isEmpty()) {
            return aliases == null ? this : new Wikidict(entries, source, null, Set.of());
        }
        if (aliases == null) {
            throw new IllegalStateException("this link model was trained with the wikidict alias features "
                    + "(link.wikidict.aliases): the dictionary must be read with its aliases by entity");
        }
        return new Wikidict(entries, source, aliases, groups);
    }

    /**
     * Reads the dictionary from a {@code .tab.gz} or plain {@code .tab} file, or from the kbp models
     * jar (its {@link #JAR_ENTRY}); a file path, URL or classpath resource. Keeps only the aliases
     * {@code keep} accepts.
     */
    public static Wikidict read(String location, Predicate<String> keep) throws IOException {
        return read(location, keep, null);
    }

    /**
     * {@link #read(String, Predicate)}, also collecting, in the same pass, the reverse entries that
     * {@code reverse} wants (null: none); the result then emits every {@code wda.*} group.
     */
    public static Wikidict read(String location, Predicate<String> keep, WikidictAliases.Builder reverse)
            throws IOException {
        // open addressing (no node object per alias) and one String per entity: kept whole, the dictionary has 21M
        // aliases of 6.3M entities (java.util.HashMap and a String per alias: 4.1 GB of heap; this: 2.65 GB)
        Map<String, Entry> map = new Object2ObjectOpenHashMap<>();
        Map<String, String> titles = new Object2ObjectOpenHashMap<>();
        // titles and scores are made only for the lines kept: most of the 21M lines are not
        String description = scan(location, (line, t1, t2, no) -> {
            String alias = line.substring(0, t1);
            boolean forward = keep.test(alias);
            String entity = null;
            if (reverse != null) {
                entity = title(line.substring(t1 + 1, t2));
                if (!reverse.wants(entity)) {
                    entity = null;
                }
            }
            double score = forward || entity != null ? score(line, t2, location, no) : 0;
            if (forward) {
                String title = entity != null ? entity : title(line.substring(t1 + 1, t2));
                map.put(alias, new Entry(titles.computeIfAbsent(title, x -> x), score));
            }
            if (reverse != null) {
                reverse.line(alias, entity, score);
            }
        });
        return new Wikidict(map, description, reverse == null ? null : reverse.build(), WikidictAliases.GROUPS);
    }

    /** Receives every entry of the dictionary, in file order. */
    @FunctionalInterface
    public interface EntrySink {
        /** @param entity the alias's entity as a candidate title ({@link #title}) */
        void accept(String alias, String entity, double score);
    }

    /**
     * Streams every entry of the dictionary at {@code location} (as {@link #read}) to {@code sink}, without keeping
     * any: a later line of an alias comes after, and overrides, an earlier one. Returns the location's description.
     */
    public static String forEach(String location, EntrySink sink) throws IOException {
        return scan(location, (line, t1, t2, no) ->
                sink.accept(line.substring(0, t1), title(line.substring(t1 + 1, t2)), score(line, t2, location, no)));
    }

    /** One {@code alias<TAB>entity<TAB>score} line, with its two TAB offsets and its line number. */
    @FunctionalInterface
    private interface LineVisitor {
        void visit(String line, int tab1, int tab2, long lineNumber) throws CorpusFormatException;
    }

    /**
     * Reads the lines of the dictionary (lines starting with a TAB skipped, as CoreNLP does); returns its description.
     * Malformed UTF-8 is a {@link CorpusFormatException} naming the location and the line, never replaced.
     */
    private static String scan(String location, LineVisitor visitor) throws IOException {
        ResourceLocator.Located l = ResourceLocator.open(location, "wikidict");
        try (InputStream raw = l.stream()) {
            InputStream in = unwrap(new BufferedInputStream(raw, 1 << 16), location);
            // strict: CoreNLP's dictionary (4.5.10) is valid UTF-8 throughout, so a bad byte is a damaged file
            BufferedReader r = Readers.utf8(in, location);
            String line;
            long no = 0;
            while ((line = readLine(r, location, no + 1)) != null) {
                no++;
                if (line.isEmpty() || line.charAt(0) == '\t') {
                    continue;
                }
                int t1 = line.indexOf('\t');
                int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
                if (t2 < 0) {
                    throw new CorpusFormatException(location, no, "expected alias<TAB>entity<TAB>score");
                }
                visitor.visit(line, t1, t2, no);
            }
            return l.description();
        }
    }

    /** The next line; a gzip or jar stream that breaks off (a truncated download) is bad data at that line. */
    private static String readLine(BufferedReader r, String location, long no) throws IOException {
        try {
            return r.readLine();
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new CorpusFormatException(location, no, "corrupt or truncated compressed file (" + e.getMessage() + ")");
        }
    }

    private static double score(String line, int tab2, String location, long no) throws CorpusFormatException {
        double score;
        try {
            score = Double.parseDouble(line.substring(tab2 + 1).strip());
        } catch (NumberFormatException e) {
            throw new CorpusFormatException(location, no, "score '" + line.substring(tab2 + 1) + "' is not a number");
        }
        if (!Double.isFinite(score)) { // the wd.top.score feature's value: refused later without file or line
            throw new CorpusFormatException(location, no, "score '" + line.substring(tab2 + 1) + "' is not a finite number");
        }
        if (!org.tagrank.core.SparseVector.fitsAFeature(score)) { // likewise
            throw new CorpusFormatException(location, no, "score '" + line.substring(tab2 + 1) + "' is out of range ("
                    + org.tagrank.core.SparseVector.floatRange("score") + ")");
        }
        return score;
    }

    private static InputStream unwrap(BufferedInputStream in, String location) throws IOException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        if (b0 == 'P' && b1 == 'K') {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(JAR_ENTRY)) {
                    return unwrap(new BufferedInputStream(zip, 1 << 16), location + "!" + JAR_ENTRY);
                }
            }
            throw new FileNotFoundException(location + " has no entry " + JAR_ENTRY);
        }
        return in;
    }

    /** A dictionary entity in the candidate title format: spaces as underscores, %XX escapes decoded. */
    public static String title(String entity) {
        String t = entity.strip().replace(' ', '_');
        if (t.indexOf('%') >= 0 && t.matches(".*%[0-9A-Fa-f]{2}.*")) {
            try {
                t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // keep the title as written
            }
        }
        return t;
    }

    /** CoreNLP's lookup: the exact (case-sensitive) mention text, or null. */
    public Entry get(String alias) {
        return entries.get(alias);
    }

    public int size() {
        return entries.size();
    }

    public String source() {
        return source;
    }

    /**
     * The spellings of a mention the features look up: as written, lower case, and for an
     * all-capitals mention (sports tables, headlines) each word capitalised.
     */
    public static Set<String> variants(String mention) {
        Set<String> out = new LinkedHashSet<>();
        out.add(mention);
        out.add(mention.toLowerCase(Locale.ROOT));
        out.add(capitalised(mention));
        return out;
    }

    /** "NEW YORK" → "New York"; other mentions unchanged. */
    static String capitalised(String mention) {
        boolean lower = false;
        for (int i = 0; i < mention.length(); i++) {
            if (Character.isLowerCase(mention.charAt(i))) {
                lower = true;
                break;
            }
        }
        if (lower) {
            return mention;
        }
        StringBuilder sb = new StringBuilder(mention.length());
        boolean start = true;
        for (int i = 0; i < mention.length(); i++) {
            char ch = mention.charAt(i);
            sb.append(start ? ch : Character.toLowerCase(ch));
            start = !Character.isLetterOrDigit(ch) && ch != '\'';
        }
        return sb.toString();
    }

    /** Every spelling {@link #variants} gives for the mentions of these documents: the aliases to keep. */
    public static Set<String> aliasesOf(Iterable<LinkDocument> docs) {
        Set<String> out = new java.util.HashSet<>();
        for (LinkDocument d : docs) {
            for (LinkMention m : d.mentions()) {
                out.addAll(variants(m.text()));
            }
        }
        return out;
    }
}
