package org.tagrank.cli;

import org.tagrank.task.rank.RankingReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every {@code double} option ({@link Main} registers it): a decimal number as the data files take one, where Java's
 * parser also took {@code 1d}, {@code 2f} and {@code 0x1p3} ({@code --l2 1d} trained with 1.0). NaN and Infinity
 * pass, so that the option's own check names them ("--l2 must be finite").
 */
final class DecimalArg implements ITypeConverter<Double> {
    @Override
    public Double convert(String s) {
        Double d = parse(s);
        if (d == null) {
            throw new TypeConversionException("'" + s + "' is not a decimal number");
        }
        return d;
    }

    /**
     * The value of a decimal number (blanks around it ignored), NaN and Infinity included for the caller's own check to
     * name; null for anything else (1d, 0x10, words).
     */
    static Double parse(String s) {
        String v = s.strip();
        return RankingReader.isDecimal(v) || v.matches("[+-]?(NaN|Infinity)") ? Double.valueOf(v) : null;
    }

    /** {@code --param} values read as numbers: a finite decimal number's syntax. */
    static boolean isNumber(String s) {
        return RankingReader.isDecimal(s.strip());
    }
}
