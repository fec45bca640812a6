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
        String v = s.strip();
        if (RankingReader.isDecimal(v) || v.matches("[+-]?(NaN|Infinity)")) {
            return Double.valueOf(v);
        }
        throw new TypeConversionException("'" + s + "' is not a decimal number");
    }

    /** {@code --param} values read as numbers: the same rule. */
    static boolean isNumber(String s) {
        return RankingReader.isDecimal(s.strip());
    }
}
