package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * PosTemplates.of refuses a template listed twice, as a spec file's parser does: it was taken, a model trained with
 * it, and that model's own templates.txt then failed to load ("template 'lw[-1]' listed twice").
 */
class TemplateListedTwiceTest {
    @Test
    void aTemplateListedTwiceIsRefusedWhereTheListIsGiven() {
        List<String> names = new ArrayList<>(PosTemplates.defaults().names());
        String twice = names.get(2);
        names.add(twice);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PosTemplates.of(names));
        assertEquals("template '" + twice + "' listed twice", e.getMessage());
    }

    @Test
    void whatOfTakesItsSpecReadsBack() {
        PosTemplates t = PosTemplates.defaults().withClusters();
        assertEquals(t.names(), PosTemplates.parse(t.spec(), "spec").names());
    }
}
