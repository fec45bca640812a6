package org.tagrank.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File and location arguments that may not be empty: {@code --data "$TRAIN"} with the variable unset named the working
 * directory ("tagrank: : is a directory, not a file", exit 2, after other work) and {@code --model ''} said "model
 * location missing (null or blank)" (exit 3), neither naming the option. Picocli then reports the option.
 */
final class NonEmpty {
    static final String MESSAGE = "an empty value names no file (an unset shell variable?)";

    private NonEmpty() {
    }

    static String check(String s) {
        if (s.isBlank()) {
            throw new TypeConversionException(MESSAGE);
        }
        return s;
    }

    /** Every {@link Path} argument without a converter of its own ({@link Main} registers it). */
    static final class PathArg implements ITypeConverter<Path> {
        @Override
        public Path convert(String s) {
            try {
                return Path.of(check(s));
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + s + "' is not a valid path: " + e.getReason());
            }
        }
    }

    /** A model or lexicon: a file, classpath resource or URL. */
    static final class Location implements ITypeConverter<String> {
        @Override
        public String convert(String s) {
            return check(s);
        }
    }
}
