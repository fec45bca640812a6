package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link FeatureTable.Row} of a word without building feature names: each word
 * function is applied once and its value looked up once (the templates of one function at
 * different offsets share a table row), and every pair slot finds its value id. Unknown words get their row built at each occurrence,
 * so this is on the tagging hot path (it was half of tagging time as string concatenation and
 * lookups of {@code name=value}). Filled while the table reads its features, then read-only.
 */
final class WordRows {
    private final WordValueIds values;
    private final WordSources sources;
    /** The distinct functions of the word templates and of the value slots. */
    private final List<WordFunction> functions = new ArrayList<>();
    /** Per word template, the index of its function in {@link #functions}. */
    private final int[] templateFunction;
    /** Per value slot, the index of its function in {@link #functions}. */
    private final int[] slotFunction;
    /** Per function: the word templates using it, its value → row, and per row the templates' feature ids. */
    private final int[][] templatesOf;
    private final Object2IntOpenHashMap<String>[] valueRow;
    /** Per function, its values in row order (what {@link #freeze} indexes). */
    private final List<List<String>> valuesInOrder = new ArrayList<>();
    /** Per function, value → row: the only lookup once filling is over ({@link #freeze}); the maps above only fill and are dropped then. */
    private WordIds[] frozenRows;
    private final IntArrayList[] idTable;
    /** Per word template, its place among its function's templates. */
    private final int[] placeInFunction;
    /** Word template names by template index. */
    private final String[] templateNames;

    /** Rows over these templates; the value slots must all be known. */
    @SuppressWarnings("unchecked")
    WordRows(List<PosTemplates.WordTemplate> templates, WordValueIds values, WordSources sources) {
        this.values = values;
        this.sources = sources;
        templateFunction = new int[templates.size()];
        templateNames = new String[templates.size()];
        for (int t = 0; t < templateFunction.length; t++) {
            templateFunction[t] = functionIndex(templates.get(t).function());
            templateNames[t] = templates.get(t).name();
        }
        slotFunction = new int[values.slots()];
        for (int k = 0; k < slotFunction.length; k++) {
            slotFunction[k] = functionIndex(values.function(k));
        }
        templatesOf = new int[functions.size()][];
        valueRow = new Object2IntOpenHashMap[functions.size()];
        idTable = new IntArrayList[functions.size()];
        placeInFunction = new int[templateFunction.length];
        for (int f = 0; f < templatesOf.length; f++) {
            IntArrayList ts = new IntArrayList();
            for (int t = 0; t < templateFunction.length; t++) {
                if (templateFunction[t] == f) {
                    placeInFunction[t] = ts.size();
                    ts.add(t);
                }
            }
            templatesOf[f] = ts.toIntArray();
            valueRow[f] = new Object2IntOpenHashMap<>();
            valueRow[f].defaultReturnValue(-1);
            valuesInOrder.add(new ArrayList<>());
            idTable[f] = new IntArrayList();
        }
    }

    private int functionIndex(WordFunction f) {
        int k = functions.indexOf(f);
        if (k < 0) {
            functions.add(f);
            k = functions.size() - 1;
        }
        return k;
    }

    /**
     * Records a feature {@code name=value} of a word template; false when the name is no word
     * template's. A repeated feature is an error.
     */
    boolean add(String feature, int id) {
        int eq = feature.indexOf('=');
        int t = eq < 0 ? -1 : template(feature, eq);
        if (t < 0) {
            return false;
        }
        if (frozenRows != null) {
            throw new IllegalStateException("word rows are frozen");
        }
        int f = templateFunction[t];
        int n = templatesOf[f].length;
        String value = feature.substring(eq + 1);
        int row = valueRow[f].getInt(value);
        if (row < 0) {
            row = valueRow[f].size();
            valueRow[f].put(value, row);
            valuesInOrder.get(f).add(value);
            for (int k = 0; k < n; k++) {
                idTable[f].add(-1);
            }
        }
        int at = row * n + placeInFunction[t];
        if (idTable[f].getInt(at) >= 0) {
            throw new IllegalArgumentException("duplicate feature '" + feature + "'");
        }
        idTable[f].set(at, id);
        return true;
    }

    /** The word template named by the feature's first {@code eq} characters, or -1 (no name cut out: load time). */
    private int template(String feature, int eq) {
        for (int t = 0; t < templateNames.length; t++) {
            if (templateNames[t].length() == eq && feature.startsWith(templateNames[t])) {
                return t;
            }
        }
        return -1;
    }

    /**
     * Ends filling (and freezes the value ids): rows look values up in a {@link WordIds} per function
     * from now on, without touching key Strings (about 15 lookups per unknown word); the filling maps
     * are dropped. Idempotent.
     */
    void freeze() {
        values.freeze();
        if (frozenRows == null) {
            WordIds[] f = new WordIds[valuesInOrder.size()];
            for (int k = 0; k < f.length; k++) {
                f[k] = new WordIds(valuesInOrder.get(k));
                valueRow[k] = null;
                idTable[k].trim();
            }
            frozenRows = f;
            valuesInOrder.clear();
        }
    }

    /** The row of a word (vocabulary id v, -1 = unknown). */
    FeatureTable.Row row(String word, int v) {
        String lower = WordFunction.lower(word);
        String[] fv = new String[functions.size()];
        for (int k = 0; k < fv.length; k++) {
            fv[k] = functions.get(k).apply(word, lower, sources);
        }
        return new FeatureTable.Row(v, ids(fv), valueIds(fv));
    }

    /** The row standing for positions outside the sentence. */
    FeatureTable.Row boundary(String marker) {
        String[] fv = new String[functions.size()];
        java.util.Arrays.fill(fv, marker);
        return new FeatureTable.Row(-1, ids(fv), valueIds(fv));
    }

    private int[] ids(String[] fv) {
        if (frozenRows == null) {
            throw new IllegalStateException("rows are built only after freeze()");
        }
        int[] ids = new int[templateFunction.length];
        for (int f = 0; f < templatesOf.length; f++) {
            int[] ts = templatesOf[f];
            if (ts.length == 0) {
                continue;
            }
            int row = frozenRows[f].id(fv[f]);
            for (int k = 0; k < ts.length; k++) {
                ids[ts[k]] = row < 0 ? -1 : idTable[f].getInt(row * ts.length + k);
            }
        }
        return ids;
    }

    private int[] valueIds(String[] fv) {
        int[] v = new int[slotFunction.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = values.id(k, fv[slotFunction[k]]);
        }
        return v;
    }
}
