package org.tagrank.task.pos;

import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseRows;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Makes a {@link PosTagger} of a read model bundle: checks its manifest and attachments and parses them. */
final class PosModelReader {
    private PosModelReader() {
    }

    /** A tagger over a read model bundle; checks the template version and the POS attachments. */
    static PosTagger tagger(ModelBundle bundle) throws ModelFormatException {
        if (!bundle.task().equals(PosTagger.TASK)) {
            throw new ModelFormatException("this is a '" + bundle.task() + "' model, not a '" + PosTagger.TASK + "' model");
        }
        LinearModel model = bundle.model();
        if (model.kind() != LinearModel.Kind.LABELS || model.decoding() != LinearModel.Decoding.ARGMAX) {
            throw new ModelFormatException("a POS model must be a label model decoded by argmax");
        }
        String version = model.provenance().get("pos.templates.version");
        if (version == null) { // as the MCTest and link models say it ("version null is not ...")
            throw new ModelFormatException("the manifest lacks pos.templates.version (the feature template version the "
                    + "model was trained with)");
        }
        if (!Integer.toString(PosTemplates.VERSION).equals(version)) {
            throw new ModelFormatException("POS template version " + version + " is not the one this TagRank uses ("
                    + PosTemplates.VERSION + ")");
        }
        try {
            // the sparse weights are built and the largest attachments parsed on other cores meanwhile (load time)
            CompletableFuture<SparseRows> sparseRows = CompletableFuture.supplyAsync(
                    () -> SparseRows.of(model));
            String autoText = bundle.attachments().get(PosTagger.AUTOLEX);
            CompletableFuture<AutoLexicon> autoLexicon = autoText != null
                    ? CompletableFuture.supplyAsync(() -> AutoLexicon.parse(autoText))
                    : CompletableFuture.completedFuture(null);
            String clusterText = bundle.attachments().get(WordClusters.ATTACHMENT);
            CompletableFuture<WordClusters> wordClusters = clusterText != null
                    ? CompletableFuture.supplyAsync(() -> WordClusters.parse(clusterText))
                    : CompletableFuture.completedFuture(null);
            String clusterText2 = bundle.attachments().get(WordClusters.ATTACHMENT2);
            CompletableFuture<WordClusters> wordClusters2 = clusterText2 != null
                    ? CompletableFuture.supplyAsync(() -> WordClusters.parse(clusterText2, WordClusters.ATTACHMENT2))
                    : CompletableFuture.completedFuture(null);
            String wordNetText = bundle.attachments().get(WordNetLexicon.ATTACHMENT);
            String wordNetExceptions = bundle.attachments().get(WordNetLexicon.EXCEPTIONS);
            CompletableFuture<WordNetLexicon> wordNetLexicon = wordNetText != null && wordNetExceptions != null
                    ? CompletableFuture.supplyAsync(() -> WordNetLexicon.parse(wordNetText, wordNetExceptions))
                    : CompletableFuture.completedFuture(null);
            PosTemplates templates = PosTemplates.parse(bundle.attachment("templates.txt"), "templates.txt");
            TagDictionary dict = TagDictionary.parse(bundle.attachment("tagdict.tsv"), model.labels());
            UposMap upos = bundle.attachments().containsKey("upos.tsv")
                    ? UposMap.parse(bundle.attachment("upos.tsv"), bundle.attachments().get(UposMap.CONTEXT_ATTACHMENT)) : null;
            WordClusters clusters = digits(join(wordClusters), model.provenance().get(PosTrainer.DIGITS_KEY));
            WordClusters clusters2 = digits(join(wordClusters2), model.provenance().get(PosTrainer.DIGITS_KEY2));
            AutoLexicon auto = join(autoLexicon);
            if (auto == null && templates.needsAutoLexicon()) {
                throw new ModelFormatException("the POS model's templates need its '" + PosTagger.AUTOLEX + "' entry");
            }
            if (clusters == null && templates.needsClusters()) {
                throw new ModelFormatException("the POS model's templates need its '" + WordClusters.ATTACHMENT + "' entry");
            }
            if (clusters2 == null && templates.needsClusters2()) {
                throw new ModelFormatException("the POS model's templates need its '" + WordClusters.ATTACHMENT2 + "' entry");
            }
            WordNetLexicon wordnet = join(wordNetLexicon);
            if (wordnet == null && templates.needsWordNet()) {
                throw new ModelFormatException("the POS model's templates need its '" + WordNetLexicon.ATTACHMENT + "' and '"
                        + WordNetLexicon.EXCEPTIONS + "' entries");
            }
            SparseRows sparse = join(sparseRows);
            FeatureTable table = new FeatureTable(templates, new WordSources(dict, model.labels(), auto, clusters, clusters2, wordnet), model.features(),
                    model.labels(), dict.words(), sparse);
            int beam = beamWidth(model.provenance().entries().getOrDefault("pos.beam", "1"));
            return new PosTagger(bundle, templates, table, dict, upos, null, beam, null, sparse);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("inconsistent POS model: " + e.getMessage(), e);
        }
    }

    /**
     * The manifest's beam width, 1..{@link PosTagger#MAX_BEAM} as {@link PosTagger#withBeam} takes: 0 loaded and failed at the first sentence with
     * 'Index 0 out of bounds for length 0', a word with Java's 'For input string'.
     */
    private static int beamWidth(String value) throws ModelFormatException {
        try {
            int beam = Integer.parseInt(value);
            if (beam >= 1 && beam <= PosTagger.MAX_BEAM) {
                return beam;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ModelFormatException("manifest pos.beam must be a beam width in 1.." + PosTagger.MAX_BEAM + ", got '" + value + "'");
    }

    /** The clusters with digit mapping when the manifest says "9" (models made before it have no such key). */
    private static WordClusters digits(WordClusters c, String key) throws ModelFormatException {
        if (c == null || key == null) {
            return c;
        }
        if (!key.equals("9")) {
            throw new ModelFormatException("unknown cluster digit mapping '" + key + "'");
        }
        return c.withDigitsMapped();
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

}
