package org.tagrank.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a made-up WordNet database in the 3.0 file format (a handful of synsets, byte offsets
 * computed as WordNet's are), so the reader and the WordNet features can be tested without the
 * real database.
 */
public final class MiniWordNet {
    private MiniWordNet() {
    }

    /** A synset: key, part of speech, lexicographer file, words, pointers as "symbol key s/t". */
    private record S(String key, char pos, int lex, List<String> words, List<String[]> ptrs) {
    }

    public static Path write(Path dir) throws IOException {
        List<S> all = List.of(
                new S("food", 'n', 13, List.of("food", "nutrient"), List.of()),
                new S("dish", 'n', 13, List.of("dish"), List.<String[]>of(new String[]{"@", "food", "0000"})),
                new S("pizza", 'n', 13, List.of("pizza", "pizza_pie"), List.<String[]>of(new String[]{"@", "dish", "0000"})),
                new S("baker", 'n', 18, List.of("baker"), List.<String[]>of(new String[]{"+", "bake", "0101"})),
                new S("park", 'n', 15, List.of("park", "parkland"), List.of()),
                new S("bake", 'v', 36, List.of("bake"), List.<String[]>of(new String[]{"+", "baker", "0101"})),
                new S("red", 'a', 0, List.of("red", "reddish"), List.of()),
                new S("quickly", 'r', 2, List.of("quickly", "speedily"), List.of()));
        Map<String, Integer> offset = new LinkedHashMap<>();
        Map<Character, Integer> size = new LinkedHashMap<>();
        // the header line of each data file, then the synsets; offsets are fixed-width so one pass sizes them
        String header = "  1 made-up WordNet for tests\n";
        for (S s : all) {
            int at = size.getOrDefault(s.pos(), header.length());
            offset.put(s.key(), at);
            size.put(s.pos(), at + line(s, Map.of(), all).getBytes(StandardCharsets.UTF_8).length);
        }
        Map<Character, StringBuilder> data = new LinkedHashMap<>();
        Map<Character, StringBuilder> index = new LinkedHashMap<>();
        for (char p : new char[]{'n', 'v', 'a', 'r'}) {
            data.put(p, new StringBuilder(header));
            index.put(p, new StringBuilder(header));
        }
        for (S s : all) {
            data.get(s.pos()).append(line(s, offset, all));
            for (String w : s.words()) {
                index.get(s.pos()).append(String.format(Locale.ROOT, "%s %c 1 0 1 0 %08d  %n", w, s.pos(), offset.get(s.key())));
            }
        }
        Map<Character, String> file = Map.of('n', "noun", 'v', "verb", 'a', "adj", 'r', "adv");
        for (char p : file.keySet()) {
            Files.writeString(dir.resolve("data." + file.get(p)), data.get(p));
            Files.writeString(dir.resolve("index." + file.get(p)), index.get(p));
        }
        Files.writeString(dir.resolve("verb.exc"), "bakt bake\n");
        return dir;
    }

    private static String line(S s, Map<String, Integer> offset, List<S> all) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%08d %02d %c %02x", offset.getOrDefault(s.key(), 0),
                s.lex(), s.pos(), s.words().size()));
        for (String w : s.words()) {
            b.append(' ').append(w).append(" 0");
        }
        b.append(String.format(Locale.ROOT, " %03d", s.ptrs().size()));
        List<String> ptrs = new ArrayList<>();
        for (String[] p : s.ptrs()) {
            char pos = all.stream().filter(x -> x.key().equals(p[1])).findFirst().orElseThrow().pos();
            ptrs.add(String.format(Locale.ROOT, " %s %08d %c %s", p[0], offset.getOrDefault(p[1], 0), pos, p[2]));
        }
        ptrs.forEach(b::append);
        return b.append(" | a made-up gloss  \n").toString();
    }
}
