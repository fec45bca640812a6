package org.tagrank.io;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small reader of the WordNet 3.0 database files ({@code index.*}, {@code data.*}, {@code *.exc}
 * as installed by Debian's {@code wordnet-base} under {@code /usr/share/wordnet}). The index files
 * are read whole; synsets are parsed from the data files (kept as bytes) on first use, by their
 * byte offset. Base forms follow WordNet's "morphy": the exception lists, then the detachment
 * rules. Thread-safe after loading (the synset cache is synchronised).
 *
 * <p>The data files are not part of TagRank; {@link #locate()} finds them through
 * {@code -Dtagrank.wordnet}, {@code $TAGRANK_WORDNET} or the Debian path.
 */
public final class WordNet {
    /** Parts of speech, as in the file names and the data files' ss_type. */
    public enum Pos {
        NOUN("noun", 'n'), VERB("verb", 'v'), ADJ("adj", 'a'), ADV("adv", 'r');

        final String file;
        final char code;

        Pos(String file, char code) {
            this.file = file;
            this.code = code;
        }

        static Pos ofCode(char c) {
            return switch (c) {
                case 'n' -> NOUN;
                case 'v' -> VERB;
                case 'a', 's' -> ADJ;
                case 'r' -> ADV;
                default -> throw new IllegalArgumentException("bad WordNet part of speech '" + c + "'");
            };
        }
    }

    /**
     * One pointer of a synset: its symbol (e.g. {@code @} hypernym, {@code +} derivation), target,
     * and for lexical pointers the source and target word numbers (1-based; 0 for semantic pointers).
     */
    public record Pointer(String symbol, Pos pos, int offset, int sourceWord, int targetWord) {
    }

    /** A synset: its lexicographer file number, its words (lower-cased, '_' for spaces) and pointers. */
    public record Synset(Pos pos, int offset, int lexFile, List<String> words, List<Pointer> pointers) {
        public Synset {
            words = List.copyOf(words);
            pointers = List.copyOf(pointers);
        }

        /** The lexicographer file name, e.g. {@code noun.person}. */
        public String lexName() {
            return lexFile >= 0 && lexFile < LEXNAMES.length ? LEXNAMES[lexFile] : "lex" + lexFile;
        }
    }

    /** WordNet 3.0 lexicographer files, by number. */
    private static final String[] LEXNAMES = {"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act",
            "noun.animal", "noun.artifact", "noun.attribute", "noun.body", "noun.cognition", "noun.communication",
            "noun.event", "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
            "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity",
            "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
            "verb.cognition", "verb.communication", "verb.competition", "verb.consumption", "verb.contact",
            "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social",
            "verb.stative", "verb.weather", "adj.ppl"};

    private static final String[][] NOUN_RULES = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
            {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
    private static final String[][] VERB_RULES = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"},
            {"ed", ""}, {"ing", "e"}, {"ing", ""}};
    private static final String[][] ADJ_RULES = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

    /** Field separator of the database files (compiled once: String.split(" +") compiles it at every line). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

    private static volatile Optional<WordNet> shared;

    private final Map<Pos, Map<String, int[]>> index = new HashMap<>();
    private final Map<Pos, Map<String, List<String>>> exceptions = new HashMap<>();
    private final Map<Pos, byte[]> data = new HashMap<>();
    private final Map<Pos, Int2ObjectOpenHashMap<Synset>> cache = new HashMap<>();
    private final Path dir;

    private WordNet(Path dir) throws IOException {
        this.dir = dir;
        for (Pos p : Pos.values()) {
            index.put(p, readIndex(dir.resolve("index." + p.file)));
            data.put(p, Files.readAllBytes(dir.resolve("data." + p.file)));
            Path exc = dir.resolve(p.file + ".exc");
            exceptions.put(p, Files.isRegularFile(exc) ? readExceptions(exc) : Map.of());
            cache.put(p, new Int2ObjectOpenHashMap<>());
        }
    }

    /** Loads the database in {@code dir}; a clear error when a file is missing or malformed. */
    public static WordNet load(Path dir) throws IOException {
        for (Pos p : Pos.values()) {
            for (String f : List.of("index." + p.file, "data." + p.file)) {
                if (!Files.isRegularFile(dir.resolve(f))) {
                    throw new IOException("WordNet file not found: " + dir.resolve(f));
                }
            }
        }
        return new WordNet(dir);
    }

    /** The directory searched: {@code -Dtagrank.wordnet}, {@code $TAGRANK_WORDNET}, else /usr/share/wordnet. */
    public static Path defaultDir() {
        String p = System.getProperty("tagrank.wordnet");
        if (p == null || p.isBlank()) {
            p = System.getenv("TAGRANK_WORDNET");
        }
        return Path.of(p == null || p.isBlank() ? "/usr/share/wordnet" : p);
    }

    /** The database of {@link #defaultDir()}, loaded once; empty when it is not installed. */
    public static Optional<WordNet> locate() {
        Optional<WordNet> w = shared;
        if (w == null) {
            synchronized (WordNet.class) {
                w = shared;
                if (w == null) {
                    Path d = defaultDir();
                    try {
                        w = Files.isRegularFile(d.resolve("index.noun")) ? Optional.of(load(d)) : Optional.empty();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read WordNet in " + d + ": " + e.getMessage(), e);
                    }
                    shared = w;
                }
            }
        }
        return w;
    }

    public Path dir() {
        return dir;
    }

    /** The lemmas of one part of speech (lower-cased, '_' for spaces), as listed in its index file. */
    public Set<String> lemmas(Pos pos) {
        return java.util.Collections.unmodifiableSet(index.get(pos).keySet());
    }

    /** The exception list of one part of speech: inflected form → its base forms (e.g. "ran" → ["run"]). */
    public Map<String, List<String>> exceptions(Pos pos) {
        return java.util.Collections.unmodifiableMap(exceptions.get(pos));
    }

    /**
     * Morphy's detachment rules of one part of speech, in the order they are tried: pairs {suffix, ending}
     * ("ies" → "y"); none for adverbs.
     */
    public static String[][] detachmentRules(Pos pos) {
        String[][] rules = switch (pos) {
            case NOUN -> NOUN_RULES;
            case VERB -> VERB_RULES;
            case ADJ -> ADJ_RULES;
            case ADV -> new String[0][];
        };
        String[][] copy = new String[rules.length][];
        for (int k = 0; k < rules.length; k++) {
            copy[k] = rules[k].clone();
        }
        return copy;
    }

    /** The one-letter code of a part of speech in the data files: n, v, a, r. */
    public static char code(Pos pos) {
        return pos.code;
    }

    /** WordNet base forms of a word for one part of speech (morphy), those that are in the index. */
    public List<String> baseForms(String word, Pos pos) {
        String w = word.toLowerCase(Locale.ROOT).replace(' ', '_');
        Map<String, int[]> idx = index.get(pos);
        Set<String> out = new LinkedHashSet<>();
        if (idx.containsKey(w)) {
            out.add(w);
        }
        for (String e : exceptions.get(pos).getOrDefault(w, List.of())) {
            if (idx.containsKey(e)) {
                out.add(e);
            }
        }
        String[][] rules = switch (pos) {
            case NOUN -> NOUN_RULES;
            case VERB -> VERB_RULES;
            case ADJ -> ADJ_RULES;
            case ADV -> new String[0][];
        };
        for (String[] r : rules) {
            if (w.endsWith(r[0]) && w.length() > r[0].length()) {
                String b = w.substring(0, w.length() - r[0].length()) + r[1];
                if (idx.containsKey(b)) {
                    out.add(b);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Synsets of a word's base forms for one part of speech, most frequent sense first. */
    public List<Synset> synsets(String word, Pos pos) {
        List<Synset> out = new ArrayList<>();
        for (String b : baseForms(word, pos)) {
            for (int off : index.get(pos).get(b)) {
                out.add(synset(pos, off));
            }
        }
        return out;
    }

    /** The synset at a byte offset of a data file. */
    public Synset synset(Pos pos, int offset) {
        Int2ObjectOpenHashMap<Synset> c = cache.get(pos);
        synchronized (c) {
            Synset s = c.get(offset);
            if (s == null) {
                s = parse(pos, offset);
                c.put(offset, s);
            }
            return s;
        }
    }

    private Synset parse(Pos pos, int offset) {
        byte[] d = data.get(pos);
        if (offset < 0 || offset >= d.length) {
            throw new IllegalArgumentException("data." + pos.file + ": offset " + offset + " out of range");
        }
        int end = offset;
        while (end < d.length && d[end] != '\n') {
            end++;
        }
        String line = new String(d, offset, end - offset, StandardCharsets.UTF_8);
        int bar = line.indexOf(" | ");
        String[] f = SPACES.split((bar >= 0 ? line.substring(0, bar) : line).trim());
        try {
            if (Integer.parseInt(f[0]) != offset) {
                throw new IllegalArgumentException("no synset at this offset");
            }
            int lexFile = Integer.parseInt(f[1]);
            int wc = Integer.parseInt(f[3], 16);
            List<String> words = new ArrayList<>(wc);
            int i = 4;
            for (int k = 0; k < wc; k++, i += 2) {
                String w = f[i].toLowerCase(Locale.ROOT);
                int paren = w.indexOf('(');   // adjective markers such as "(a)"
                words.add(paren > 0 ? w.substring(0, paren) : w);
            }
            int pc = Integer.parseInt(f[i++]);
            List<Pointer> ptrs = new ArrayList<>(pc);
            for (int k = 0; k < pc; k++, i += 4) {
                int st = Integer.parseInt(f[i + 3], 16);
                ptrs.add(new Pointer(f[i], Pos.ofCode(f[i + 2].charAt(0)), Integer.parseInt(f[i + 1]), st >> 8, st & 0xff));
            }
            return new Synset(pos, offset, lexFile, words, ptrs);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(dir.resolve("data." + pos.file) + " at byte " + offset
                    + ": malformed synset (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, int[]> readIndex(Path file) throws IOException {
        Map<String, int[]> m = new HashMap<>(1 << 17);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.startsWith(" ") || line.isEmpty()) {
                    continue;   // licence header
                }
                String[] f = SPACES.split(line.trim());
                try {
                    int synsets = Integer.parseInt(f[2]);
                    int ptrs = Integer.parseInt(f[3]);
                    int first = 4 + ptrs + 2;
                    int[] offs = new int[synsets];
                    for (int k = 0; k < synsets; k++) {
                        offs[k] = Integer.parseInt(f[first + k]);
                    }
                    m.put(f[0], offs);
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + no + ": malformed index line", e);
                }
            }
        }
        return m;
    }

    private static Map<String, List<String>> readExceptions(Path file) throws IOException {
        Map<String, List<String>> m = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = SPACES.split(line.trim());
            if (f.length >= 2) {
                m.computeIfAbsent(f[0], k -> new ArrayList<>()).addAll(List.of(f).subList(1, f.length));
            }
        }
        return m;
    }
}
