package org.tagrank.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimal JSON writer for results (maps, lists, strings, numbers, booleans). Locale-independent. Doubles get six
 * significant digits, or all of them when six would round a fraction below 1 to a whole number (a rate just below
 * 1); from a million on (up to 1e15) their whole digits, without an exponent.
 */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(s, sb);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                // a million or more: its whole digits (tokens/s read 2.34056e+06 beside 887940)
                String six = Math.abs(d) >= 1e6 && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.0f", d)
                        : String.format(Locale.ROOT, "%.6g", d).replaceFirst("(\\.\\d*?)0+($|e)", "$1$2")
                        .replaceFirst("\\.($|e)", "$1");
                // six digits rounded a fraction to a whole number (1 error in 2M tokens read "accuracy":1): all digits
                boolean roundedToWhole = Math.abs(d) < 1 && six.indexOf('.') < 0 && six.indexOf('e') < 0
                        && Double.parseDouble(six) != d;
                sb.append(roundedToWhole ? Double.toString(d) : six);
            } else {
                sb.append("null");
            }
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(l.get(i), sb);
            }
            sb.append(']');
        } else {
            string(v.toString(), sb);
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
