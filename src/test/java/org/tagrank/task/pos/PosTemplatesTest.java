package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PosTemplatesTest {
    @Test
    void theStructuralCheckAgreesWithTheListOfKnownNames() {
        Set<String> known = PosTemplates.known();
        List<String> probes = new ArrayList<>(known);
        for (String n : known) { // near misses of every known name
            probes.add(n.replace("+1]", "1]"));
            probes.add(n.replace("[0]", "[00]"));
            probes.add(n.replace("[-2]", "[-3]"));
            probes.add(n.replace("[+2]", "[+3]"));
            probes.add(n + " ");
            probes.add("t[-1]+" + n);
            probes.add(n + "+lw[+2]");
            probes.add(n.replace("lw", "w"));
            probes.add(n.replace("suf3", "suf9"));
        }
        probes.addAll(List.of("", "bias ", "t[-1]", "t[-3]", "lw[x]", "lw[", "[0]", "lw[+1]+lw[0]", "lw[0]+lw[0]",
                "t[-1]+lw[-2]", "t[-1]+w[0]", "t[-1]+pre1[0]", "cl2[+1]+lw[+2]"));
        int accepted = 0;
        for (String p : probes) {
            boolean k = PosTemplates.isKnown(p);
            assertEquals(known.contains(p), k, p);
            accepted += k ? 1 : 0;
        }
        assertTrue(accepted >= known.size() && accepted < probes.size(), accepted + " of " + probes.size());
    }

    @Test
    void specsAreCheckedAndAnUnknownNameListsTheKnownOnes() {
        assertEquals(List.of("bias", "lw[0]", "lw[-1]+lw[0]", "t[-1]+cl[+1]"),
                PosTemplates.parse("bias\nlw[0]  # the word\nlw[-1]+lw[0]\nt[-1]+cl[+1]\n", "spec").names());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PosTemplates.parse("bias\nlw[1]\n", "spec"));
        assertTrue(e.getMessage().startsWith("spec:2: unknown feature template 'lw[1]' (known: bias "), e.getMessage());
        // one readable line: every family once, offsets as [i] (it listed all ~700 names, 13,000 characters)
        assertTrue(e.getMessage().contains(" lw[i] ") && e.getMessage().contains(" lw[i]+suf3[i] ")
                && e.getMessage().endsWith("; i an offset in -2..+2)") && e.getMessage().length() < 1200, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PosTemplates.of(List.of("bias", "shape[+3]")));
    }
}
