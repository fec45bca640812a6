package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;
import org.tagrank.io.ModelIO;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A damaged attachment of the bundled model is a bad model naming that attachment and line. */
class PosModelAttachmentsTest {

    private static String damaged(String text) {
        int first = text.indexOf('\n');
        int tab = text.indexOf('\t', first + 1);
        return text.substring(0, tab) + ' ' + text.substring(tab + 1); // line 2 loses its TAB
    }

    @Test
    void eachClusterAttachmentIsNamedInItsOwnErrors() throws IOException {
        ModelBundle b = ModelIO.read(PosTagger.DEFAULT_MODEL, PosTagger.TASK);
        for (String name : new String[]{WordClusters.ATTACHMENT, WordClusters.ATTACHMENT2}) {
            Map<String, String> attachments = new LinkedHashMap<>(b.attachments());
            attachments.put(name, damaged(attachments.get(name)));
            ModelBundle bad = new ModelBundle(b.task(), b.model(), attachments);
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> PosTagger.fromBundle(bad), name);
            // clusters2.tsv's error said "clusters.tsv line 2"
            assertEquals("inconsistent POS model: " + name + " line 2: expected word<TAB>value", e.getMessage());
        }
    }

    @Test
    void aManifestBeamWidthOutOfRangeIsABadModel() throws IOException {
        ModelBundle b = ModelIO.read(PosTagger.DEFAULT_MODEL, PosTagger.TASK);
        for (String beam : new String[]{"0", "-1", "65", "x"}) { // 0 loaded, then every sentence failed (index 0 of 0)
            ModelBundle bad = new ModelBundle(b.task(), b.model().withProvenance(b.model().provenance().with(
                    Map.of("pos.beam", beam))), b.attachments());
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> PosTagger.fromBundle(bad), beam);
            assertEquals("manifest pos.beam must be a beam width in 1..64, got '" + beam + "'", e.getMessage());
        }
        ModelBundle four = new ModelBundle(b.task(), b.model().withProvenance(b.model().provenance().with(
                Map.of("pos.beam", "4"))), b.attachments());
        assertEquals(4, PosTagger.fromBundle(four).beamWidth());
    }

    /** Without the key it said "POS template version null is not the one this TagRank uses (1)". */
    @Test
    void aManifestWithoutTheTemplateVersionSaysItLacksIt() {
        org.tagrank.core.LinearModel m = org.tagrank.core.LinearModel.forLabels(org.tagrank.core.LabelSet.of("NN", "VB"),
                org.tagrank.core.FeatureIndex.of(java.util.List.of("bias")), org.tagrank.core.LinearModel.Decoding.ARGMAX,
                new float[2], new org.tagrank.core.Provenance(Map.of("pos.beam", "1")));
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> PosTagger.fromBundle(new ModelBundle(PosTagger.TASK, m)));
        assertEquals("the manifest lacks pos.templates.version (the feature template version the model was trained "
                + "with)", e.getMessage());
    }
}
