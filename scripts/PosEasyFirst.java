import java.nio.file.*;
import java.util.*;

/**
 * An experiment behind docs/bench-posacc.md ("Easy-first tagging"): a left-to-right greedy averaged perceptron (gold tag
 * history in training, as TagRank's tagger) against an easy-first one (Shen, Satta and Joshi 2007; Goldberg and Elhadad
 * 2010: the most confident untagged token is tagged first, with the tags already given on both sides as features;
 * trained by guided learning: when the best action is wrong, update towards the best correct one, retry up to
 * -Dretry=N times, then apply the correct action). Both use the same small set of word features, built here (not
 * TagRank's templates), so only the difference between the two counts. Prints EWT dev XPOS accuracy per epoch.
 *
 * java -Xmx8g [-Dretry=N] scripts/PosEasyFirst.java $TAGRANK_CORPORA/ud-english-ewt l2r|ef EPOCHS
 */
public class PosEasyFirst {
    static List<String[][]> read(String f) throws Exception {
        List<String[][]> out = new ArrayList<>();
        List<String> w = new ArrayList<>(), t = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(f))) {
            if (line.isEmpty()) { if (!w.isEmpty()) { out.add(new String[][]{w.toArray(new String[0]), t.toArray(new String[0])}); w.clear(); t.clear(); } continue; }
            if (line.startsWith("#")) continue;
            String[] c = line.split("\t");
            if (c[0].contains("-") || c[0].contains(".")) continue;
            w.add(c[1]); t.add(c[4]);
        }
        if (!w.isEmpty()) out.add(new String[][]{w.toArray(new String[0]), t.toArray(new String[0])});
        return out;
    }
    static Map<String,Integer> tagId = new HashMap<>(); static List<String> tags = new ArrayList<>();
    static Map<String,Integer> feat = new HashMap<>();
    static boolean grow = true; static final int RETRY = Integer.getInteger("retry", 1);
    static int T;
    static float[] w, u; static int cap = 0; static long c = 1;
    static int fid(String s) { Integer i = feat.get(s); if (i != null) return i; if (!grow) return -1; int n = feat.size(); feat.put(s, n); return n; }
    static String shape(String x) { StringBuilder b = new StringBuilder(); char last = 0; for (char ch : x.toCharArray()) { char k = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch; if (k != last) b.append(k); last = k; } return b.toString(); }
    static String lw(String[] ws, int i) { return i < 0 ? "<s>" : i >= ws.length ? "</s>" : ws[i].toLowerCase(); }
    static String suf(String s, int k) { return s.length() >= k ? s.substring(s.length() - k) : "_" + s; }
    static int[] wordFeats(String[] ws, int i) {
        String x = ws[i], l = x.toLowerCase();
        List<String> f = new ArrayList<>();
        f.add("b"); f.add("w=" + x); f.add("lw-1=" + lw(ws, i - 1)); f.add("lw+1=" + lw(ws, i + 1)); f.add("lw-2=" + lw(ws, i - 2)); f.add("lw+2=" + lw(ws, i + 2));
        for (int k = 1; k <= 5; k++) f.add("s" + k + "=" + suf(l, k));
        for (int k = 1; k <= 3; k++) f.add("p" + k + "=" + (l.length() >= k ? l.substring(0, k) : l));
        f.add("sh=" + shape(x)); f.add("sh-1=" + (i > 0 ? shape(ws[i - 1]) : "<s>")); f.add("sh+1=" + (i + 1 < ws.length ? shape(ws[i + 1]) : "</s>"));
        f.add("fl=" + (x.chars().anyMatch(Character::isDigit) ? "d" : "") + (x.indexOf('-') >= 0 ? "h" : "") + (Character.isUpperCase(x.charAt(0)) ? "u" : "") + (i == 0 ? "f" : ""));
        f.add("s3-1=" + (i > 0 ? suf(ws[i - 1].toLowerCase(), 3) : "<s>")); f.add("s3+1=" + (i + 1 < ws.length ? suf(ws[i + 1].toLowerCase(), 3) : "</s>"));
        f.add("l0l+1=" + l + "|" + lw(ws, i + 1)); f.add("l-1l0=" + lw(ws, i - 1) + "|" + l);
        int[] r = new int[f.size()]; int n = 0;
        for (String s : f) { int id = fid(s); if (id >= 0) r[n++] = id; }
        return Arrays.copyOf(r, n);
    }
    static String tg(int[] t, int j, int n) { return j < 0 ? "<s>" : j >= n ? "</s>" : t[j] < 0 ? "?" : tags.get(t[j]); }
    static int[] tagFeats(String[] ws, int[] t, int i, boolean bidi) {
        int n = ws.length; String l0 = ws[i].toLowerCase();
        String a = tg(t, i - 1, n), b = tg(t, i - 2, n);
        List<String> f = new ArrayList<>(List.of("t-1=" + a, "t-2=" + b, "t-2-1=" + b + "|" + a, "t-1w=" + a + "|" + l0, "t-1l+1=" + a + "|" + lw(ws, i + 1)));
        if (bidi) {
            String p = tg(t, i + 1, n), q = tg(t, i + 2, n);
            f.addAll(List.of("t+1=" + p, "t+2=" + q, "t+1+2=" + p + "|" + q, "t-1+1=" + a + "|" + p, "t+1w=" + p + "|" + l0, "t+1l-1=" + p + "|" + lw(ws, i - 1)));
        }
        int[] r = new int[f.size()]; int k = 0;
        for (String s : f) { int id = fid(s); if (id >= 0) r[k++] = id; }
        return Arrays.copyOf(r, k);
    }
    static void ensure() { int need = feat.size() * T; if (need > cap) { int nc = Math.max(need, cap * 2); w = w == null ? new float[nc] : Arrays.copyOf(w, nc); u = u == null ? new float[nc] : Arrays.copyOf(u, nc); cap = nc; } }
    static void score(int[] a, int[] b, float[] s, float[] W) { Arrays.fill(s, 0); for (int f : a) { int o = f * T; for (int y = 0; y < T; y++) s[y] += W[o + y]; } for (int f : b) { int o = f * T; for (int y = 0; y < T; y++) s[y] += W[o + y]; } }
    static void upd(int[] a, int[] b, int y, float d) { for (int f : a) { w[f * T + y] += d; u[f * T + y] += c * d; } for (int f : b) { w[f * T + y] += d; u[f * T + y] += c * d; } }
    static int argmax(float[] s) { int b = 0; for (int y = 1; y < s.length; y++) if (s[y] > s[b]) b = y; return b; }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !(args[1].equals("l2r") || args[1].equals("ef"))) {
            System.err.println("usage: PosEasyFirst EWT_DIR l2r|ef EPOCHS");
            System.exit(2);
        }
        String dir = args[0]; boolean bidi = args[1].equals("ef"); int epochs = Integer.parseInt(args[2]);
        List<String[][]> train = read(dir + "/en_ewt-ud-train.conllu"), dev = read(dir + "/en_ewt-ud-dev.conllu");
        for (String[][] s : train) for (String x : s[1]) tagId.computeIfAbsent(x, k -> { tags.add(k); return tags.size() - 1; });
        T = tags.size();
        List<int[][]> wf = new ArrayList<>(); for (String[][] s : train) { int[][] r = new int[s[0].length][]; for (int i = 0; i < r.length; i++) r[i] = wordFeats(s[0], i); wf.add(r); }
        ensure();
        Random rnd = new Random(1);
        List<Integer> order = new ArrayList<>(); for (int i = 0; i < train.size(); i++) order.add(i);
        for (int ep = 1; ep <= epochs; ep++) {
            Collections.shuffle(order, rnd);
            long t0 = System.nanoTime(); int updates = 0;
            for (int si : order) {
                String[] ws = train.get(si)[0]; int n = ws.length; int[] gold = new int[n];
                for (int i = 0; i < n; i++) gold[i] = tagId.get(train.get(si)[1][i]);
                int[][] F = wf.get(si);
                float[] s = new float[T];
                if (!bidi) {
                    int[] hist = gold.clone(); // gold history (local training, as the shipped tagger)
                    for (int i = 0; i < n; i++) {
                        int[] tf = tagFeats(ws, hist, i, false); ensure(); score(F[i], tf, s, w); int p = argmax(s);
                        if (p != gold[i]) { upd(F[i], tf, gold[i], 1); upd(F[i], tf, p, -1); updates++; }
                        c++;
                    }
                } else {
                    int[] t = new int[n]; Arrays.fill(t, -1);
                    float[][] sc = new float[n][]; int[][] tfc = new int[n][];
                    int left = n; int retries = 0;
                    while (left > 0) {
                        int bi = -1, by = -1; float bs = -Float.MAX_VALUE; int gi = -1; float gs = -Float.MAX_VALUE;
                        for (int i = 0; i < n; i++) {
                            if (t[i] >= 0) continue;
                            if (sc[i] == null) { tfc[i] = tagFeats(ws, t, i, true); ensure(); sc[i] = new float[T]; score(F[i], tfc[i], sc[i], w); }
                            int y = argmax(sc[i]); if (sc[i][y] > bs) { bs = sc[i][y]; bi = i; by = y; }
                            if (sc[i][gold[i]] > gs) { gs = sc[i][gold[i]]; gi = i; }
                        }
                        if (by == gold[bi]) { t[bi] = by; left--; retries = 0; for (int k = bi - 2; k <= bi + 2; k++) if (k >= 0 && k < n) sc[k] = null; }
                        else { upd(F[gi], tfc[gi], gold[gi], 1); upd(F[bi], tfc[bi], by, -1); updates++; sc[gi] = null; sc[bi] = null;
                               // guided learning: retry after the update; after it, apply the best correct action so the sentence ends
                               if (++retries >= RETRY) { t[gi] = gold[gi]; left--; retries = 0; for (int k = gi - 2; k <= gi + 2; k++) if (k >= 0 && k < n) sc[k] = null; } }
                        c++;
                    }
                }
            }
            // averaged weights
            float[] avg = new float[w.length]; for (int i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
            boolean g = grow; grow = false;
            int ok = 0, tot = 0; float[] s = new float[T];
            for (String[][] d : dev) {
                String[] ws = d[0]; int n = ws.length; int[][] F = new int[n][]; for (int i = 0; i < n; i++) F[i] = wordFeats(ws, i);
                int[] t = new int[n]; Arrays.fill(t, -1);
                if (!bidi) { for (int i = 0; i < n; i++) { score(F[i], tagFeats(ws, t, i, false), s, avg); t[i] = argmax(s); } }
                else {
                    float[][] sc = new float[n][]; int left = n;
                    while (left > 0) { int bi = -1, by = -1; float bs = -Float.MAX_VALUE;
                        for (int i = 0; i < n; i++) { if (t[i] >= 0) continue; if (sc[i] == null) { sc[i] = new float[T]; score(F[i], tagFeats(ws, t, i, true), sc[i], avg); } int y = argmax(sc[i]); if (sc[i][y] > bs) { bs = sc[i][y]; bi = i; by = y; } }
                        t[bi] = by; left--; for (int k = bi - 2; k <= bi + 2; k++) if (k >= 0 && k < n) sc[k] = null; }
                }
                for (int i = 0; i < n; i++) { tot++; if (tags.get(t[i]).equals(d[1][i])) ok++; }
            }
            grow = g;
            System.out.printf(Locale.ROOT, "%s epoch %d updates %d dev %.2f%% (%d/%d) %.1fs feats %d%n", bidi ? "easy-first" : "l2r", ep, updates, 100.0 * ok / tot, ok, tot, (System.nanoTime() - t0) / 1e9, feat.size());
        }
    }
}
