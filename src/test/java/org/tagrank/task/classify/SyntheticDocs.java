package org.tagrank.task.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Made-up labelled documents: each label has its own words, mixed with shared filler words. */
public final class SyntheticDocs {
    private static final String[][] WORDS = {
            {"goal", "match", "team", "coach", "league", "score"},
            {"doctor", "patients", "drug", "trial", "clinic", "dose"},
            {"orbit", "rocket", "launch", "planet", "probe", "telescope"},
    };
    public static final List<String> LABELS = List.of("rec.sport", "sci.med", "sci.space");
    private static final String[] FILLER = {"the", "a", "of", "and", "today", "people", "think", "very", "new", "good"};

    private SyntheticDocs() {
    }

    public static List<Document> make(int perLabel, long seed) {
        Random r = new Random(seed);
        List<Document> out = new ArrayList<>();
        for (int i = 0; i < perLabel; i++) {
            for (int y = 0; y < LABELS.size(); y++) {
                StringBuilder sb = new StringBuilder("From: user" + r.nextInt(50) + "@example.org Subject: "
                        + WORDS[y][r.nextInt(6)] + " question Lines: 3");
                for (int w = 0; w < 12; w++) {
                    sb.append(' ').append(r.nextInt(3) == 0 ? WORDS[y][r.nextInt(6)] : FILLER[r.nextInt(FILLER.length)]);
                }
                out.add(new Document(LABELS.get(y), sb.toString()));
            }
        }
        return out;
    }

    public static void write(List<Document> docs, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Document d : docs) {
            sb.append(d.label()).append('\t').append(d.text()).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }
}
