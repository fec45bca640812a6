package org.tagrank.cli;

import java.util.Locale;
import java.util.Map;

/** Typed reading of {@code --param key=value} values, with one readable usage error for a bad value. */
final class Params {
    private Params() {
    }

    /** A true/false value (any case); strict, unlike Boolean.parseBoolean: "ture" must not silently mean false. */
    static boolean bool(Map<String, String> params, String key, boolean def) {
        String v = params.get(key);
        if (v == null) {
            return def;
        }
        String l = v.toLowerCase(Locale.ROOT);
        if (!l.equals("true") && !l.equals("false")) {
            throw CliException.usage("--param " + key + " must be true or false, got '" + v + "'");
        }
        return l.equals("true");
    }

    /** An integer value; anything else is a usage error naming the key (it was Java's 'For input string: "x"'). */
    static int integer(Map<String, String> params, String key, int def) {
        String v = params.get(key);
        if (v == null) {
            return def;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw CliException.usage("--param " + key + " must be an integer, got '" + v + "'");
        }
    }

    /**
     * An integer in {@code min..max}; out of range is a usage error naming the key, before any work (the
     * settings' own checks came after reading the data, with the bad-data exit code and no key named).
     */
    static int integer(Map<String, String> params, String key, int def, int min, int max) {
        int n = integer(params, key, def);
        if (n < min || n > max) {
            throw CliException.usage("--param " + key + " must be " + (max == Integer.MAX_VALUE ? ">= " + min
                    : "in " + min + ".." + max) + ", got " + n);
        }
        return n;
    }

    /** A number; anything else is a usage error naming the key. */
    static double real(Map<String, String> params, String key, double def) {
        String v = params.get(key);
        if (v == null) {
            return def;
        }
        if (DecimalArg.isNumber(v)) { // as the data files read one: Java's parser also took 1d and 0x10
            double d = Double.parseDouble(v.strip());
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw CliException.usage("--param " + key + " must be a number, got '" + v + "'");
    }

    /**
     * Refuses each {@code --param} whose name starts with {@code prefix} (or equals it without the dot) when
     * {@code switchKey} is not {@code on}: such a key would do nothing and say nothing.
     */
    static void needs(Map<String, String> params, String prefix, String switchKey, String on) {
        String v = params.get(switchKey);
        if (v == null || !v.strip().equalsIgnoreCase(on)) {
            refuseGoverned(params, prefix, switchKey, on);
        }
    }

    /** As {@link #needs} for a switch that takes any value, shown as {@code placeholder} ({@code unlabeled=FILE}). */
    static void needsAny(Map<String, String> params, String prefix, String switchKey, String placeholder) {
        if (!params.containsKey(switchKey)) {
            refuseGoverned(params, prefix, switchKey, placeholder);
        }
    }

    private static void refuseGoverned(Map<String, String> params, String prefix, String switchKey, String shown) {
        for (String key : new java.util.TreeSet<>(params.keySet())) {
            boolean governed = key.startsWith(prefix) || key.equals(prefix.substring(0, prefix.length() - 1));
            if (governed && !key.equals(switchKey)) {
                throw CliException.usage("--param " + key + " does nothing without --param " + switchKey + "=" + shown);
            }
        }
    }

    /** A word resource (--param key) that none of the --templates file's templates reads is refused, not read and dropped. */
    static void refuseUnread(Map<String, String> params, java.nio.file.Path templates, String key, boolean read, String what,
                             String example) {
        if (params.containsKey(key) && !read) {
            throw CliException.usage("--param " + key + " does nothing with --templates " + templates + ": none of its"
                    + " templates reads " + what + "; add one (e.g. " + example + ") or leave out the param");
        }
    }
}
