package org.tagrank.task.pos;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a POS template spec may list, and how they are made: word templates {@code f[o]}, pairs
 * {@code f[a]+g[b]}, tag templates and tag-word conjunctions {@code t[-1]+f[o]}, n-grams, {@code bias}.
 */
final class PosTemplateNames {
    private PosTemplateNames() {
    }

    /** Every template name a spec may list (built on first use; loading a model only checks its own names). */
    static Set<String> known() {
        return Known.ALL;
    }

    private static final class Known {
        static final Set<String> ALL = knownNames();
    }

    /**
     * {@link #known()} for checking names: contains() decides from the name's structure, so a model's load
     * does not build the ~900 names (only listing them, in an error message, builds the set).
     */
    static final Set<String> CHECK = new java.util.AbstractSet<>() {
        @Override
        public boolean contains(Object o) {
            return o instanceof String n && isKnown(n);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return known().iterator();
        }

        @Override
        public int size() {
            return known().size();
        }
    };

    /** Whether a spec may list this template name: the same as {@code known().contains(n)}. */
    static boolean isKnown(String n) {
        if (n.equals("bias") || PosTemplates.TAG_TEMPLATES.contains(n) || PosTemplates.NGRAM_TEMPLATES.contains(n)) {
            return true;
        }
        if (n.startsWith("t[-1]+")) {
            PosTemplates.WordTemplate w = canonicalWordTemplate(n.substring("t[-1]+".length()));
            return w != null && PosTemplates.TAG_WORD_FUNCTIONS.contains(w.function()) && w.offset() >= -1;
        }
        int plus = n.indexOf("]+");
        if (plus >= 0) {
            PosTemplates.WordTemplate a = canonicalWordTemplate(n.substring(0, plus + 1));
            PosTemplates.WordTemplate b = canonicalWordTemplate(n.substring(plus + 2));
            return a != null && b != null && PosTemplates.PAIR_FUNCTIONS.contains(a.function())
                    && PosTemplates.PAIR_FUNCTIONS.contains(b.function())
                    && a.offset() < b.offset();
        }
        return canonicalWordTemplate(n) != null;
    }

    /** A word template at offset -2..2 written exactly as {@link PosTemplates#name} writes it, else null. */
    private static PosTemplates.WordTemplate canonicalWordTemplate(String n) {
        PosTemplates.WordTemplate w;
        try {
            w = PosTemplates.parseWordTemplate(n);
        } catch (NumberFormatException e) {
            return null;
        }
        return w != null && w.offset() >= -2 && w.offset() <= 2 && PosTemplates.name(w.function(), w.offset()).equals(n) ? w : null;
    }

    private static Set<String> knownNames() {
        Set<String> s = new LinkedHashSet<>();
        s.add("bias");
        for (WordFunction f : WordFunction.values()) {
            for (int o = -2; o <= 2; o++) {
                s.add(PosTemplates.name(f, o));
            }
        }
        s.addAll(PosTemplates.TAG_TEMPLATES);
        s.addAll(PosTemplates.NGRAM_TEMPLATES);
        for (WordFunction f : PosTemplates.PAIR_FUNCTIONS) {
            for (WordFunction g : PosTemplates.PAIR_FUNCTIONS) {
                for (int a = -2; a <= 2; a++) {
                    for (int b = a + 1; b <= 2; b++) {
                        s.add(PosTemplates.name(f, a) + "+" + PosTemplates.name(g, b));
                    }
                }
            }
        }
        for (WordFunction f : PosTemplates.TAG_WORD_FUNCTIONS) {
            for (int o = -1; o <= 2; o++) {
                s.add("t[-1]+" + PosTemplates.name(f, o));
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /** How the ~900 known names are made, for the error on an unknown one (listing them all is unreadable). */
    static String grammar() {
        return "known: bias; f[o] with o in -2..+2 and f one of " + ids(List.of(WordFunction.values()))
                + "; f[a]+g[b] with a < b and f, g among " + ids(PosTemplates.PAIR_FUNCTIONS) + "; " + String.join(" ", PosTemplates.TAG_TEMPLATES)
                + "; t[-1]+f[o] with o in -1..+2 and f among " + ids(PosTemplates.TAG_WORD_FUNCTIONS) + "; " + String.join(" ", PosTemplates.NGRAM_TEMPLATES);
    }

    private static String ids(List<WordFunction> functions) {
        StringBuilder sb = new StringBuilder();
        for (WordFunction f : functions) {
            sb.append(sb.length() == 0 ? "" : " ").append(f.id);
        }
        return sb.toString();
    }

}
