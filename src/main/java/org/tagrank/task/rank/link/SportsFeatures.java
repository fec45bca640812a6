package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.List;
import java.util.Set;

/**
 * Document-type cues for sports metonymy (a country or city that stands for its team): the
 * candidate's coarse kind read from its title (national team, club, the place itself, other),
 * conjoined with how many of the document's other mentions likely link to a team and with the
 * number of score tokens ({@code 2-1}) in the document. One instance per document, made by
 * {@link LinkFeatures}; immutable.
 */
final class SportsFeatures {
    /** Title words that mark a sports club or team ("F.C." gives the words f and c). */
    private static final Set<String> TEAM = Set.of("team", "club", "fc", "afc", "cf", "rfc", "rufc", "sc", "ac",
            "as", "ogc", "nk", "fk", "kk", "sk", "bk", "if", "vfb", "vfl", "tsv", "sv", "cd", "ud", "sd", "rc",
            "rugby", "cricket", "united", "rovers", "athletic", "wanderers", "albion", "hotspur", "saints",
            "tigers", "warriors", "basket", "calcio", "f", "c", "a", "s", "b");

    static final String NATIONAL = "nat";
    static final String CLUB = "club";
    static final String SAME = "same";
    static final String PATTERN = "pat";
    static final String OTHER = "other";

    /** Bucketed number of score tokens in the document. */
    private final String scores;
    private final String[][] kinds;
    /** Per mention: bucketed share of the other mentions whose likely link is a team (national or club). */
    private final String[] teamShare;

    /**
     * @param words    the mentions' case-folded words
     * @param patterns per mention and candidate, the title pattern ({@link LinkPatterns#pattern}) or null
     * @param likely   per mention, the likely link (candidate index) or -1
     */
    SportsFeatures(LinkDocument doc, List<List<String>> words, String[][] patterns, int[] likely) {
        int s = 0;
        for (String t : doc.tokens()) {
            if (isScore(t)) {
                s++;
            }
        }
        scores = s == 0 ? "0" : s < 4 ? "1" : s < 12 ? "4" : "12";
        int n = doc.mentions().size();
        kinds = new String[n][];
        boolean[] likelyTeam = new boolean[n];
        int teams = 0;
        int linked = 0;
        for (int i = 0; i < n; i++) {
            LinkMention m = doc.mentions().get(i);
            kinds[i] = new String[m.candidates().size()];
            for (int k = 0; k < kinds[i].length; k++) {
                kinds[i][k] = kind(m.candidates().get(k).title(), words.get(i), patterns[i][k]);
            }
            if (likely[i] >= 0) {
                linked++;
                String lk = kinds[i][likely[i]];
                likelyTeam[i] = lk.equals(NATIONAL) || lk.equals(CLUB);
                teams += likelyTeam[i] ? 1 : 0;
            }
        }
        teamShare = new String[n];
        for (int i = 0; i < n; i++) {
            int t = teams - (likelyTeam[i] ? 1 : 0);
            int l = linked - (likely[i] >= 0 ? 1 : 0);
            double f = l == 0 ? 0 : t / (double) l;
            teamShare[i] = l == 0 ? "na" : t == 0 ? "0" : f < 0.2 ? "lo" : f < 0.5 ? "mid" : "hi";
        }
    }

    /** A score or result token: 1-2 digits, a dash, 1-2 digits ({@code 2-1}, {@code 15-10}). */
    static boolean isScore(String t) {
        int dash = t.indexOf('-');
        if (dash <= 0 || dash > 2 || dash == t.length() - 1 || t.length() - dash - 1 > 2) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (i != dash && !Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The coarse kind of a title for a mention: {@link #SAME} (the title's base is the mention),
     * {@link #NATIONAL} (a national or cup team: "Romania_national_football_team",
     * "Spain_Fed_Cup_team", also for an adjective mention such as "Austrian"), {@link #CLUB} (a
     * title pattern with a club word: "* f c", "fc *", "* rugby"), {@link #PATTERN} (another
     * title pattern), {@link #OTHER}.
     */
    static String kind(String title, List<String> mentionWords, String pattern) {
        if (pattern == null && TitleWords.parts(title).baseWords().equals(mentionWords)) {
            return SAME;
        }
        List<String> tw = TitleWords.words(title);
        boolean national = false;
        boolean team = false;
        for (String w : tw) {
            if (!mentionWords.contains(w)) {
                national |= w.equals("national") || w.equals("cup");
                team |= TEAM.contains(w);
            }
        }
        if (national && tw.contains("team")) {
            return NATIONAL;
        }
        return pattern == null ? OTHER : team ? CLUB : PATTERN;
    }

    /** Emits the features of candidate {@code c} of mention {@code j}. */
    void extract(int j, int c, FeatureSink sink) {
        String k = kinds[j][c];
        sink.add("sp.kind=" + k + "|ts=" + teamShare[j]);
        sink.add("sp.kind=" + k + "|ts=" + teamShare[j] + "|sc=" + scores);
    }
}
