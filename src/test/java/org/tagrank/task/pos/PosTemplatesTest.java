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
    void specsAreCheckedAndAnUnknownNameSaysHowKnownNamesAreMade() {
        assertEquals(List.of("bias", "lw[0]", "lw[-1]+lw[0]", "t[-1]+cl[+1]"),
                PosTemplates.parse("bias\nlw[0]  # the word\nlw[-1]+lw[0]\nt[-1]+cl[+1]\n", "spec").names());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PosTemplates.parse("bias\nlw[1]\n", "spec"));
        assertTrue(e.getMessage().startsWith("spec:2: unknown feature template 'lw[1]' (known: bias; f[o] with o in -2..+2 and f one of w lw "),
                e.getMessage());
        assertTrue(e.getMessage().length() < 600, "a readable line, not the ~900 names: " + e.getMessage().length());
        // every function the grammar names is one the spec accepts in that role
        assertTrue(e.getMessage().contains("f, g among lw suf3 shape cl cl2;"), e.getMessage());
        assertTrue(PosTemplates.isKnown("cl2[-2]+shape[+1]") && !PosTemplates.isKnown("cl2[0]+flags[+1]"));
        assertThrows(IllegalArgumentException.class, () -> PosTemplates.of(List.of("bias", "shape[+3]")));
    }
}
