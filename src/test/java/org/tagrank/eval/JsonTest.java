package org.tagrank.eval;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    @Test
    void aRateBelowOneIsNotPrintedAsOne() {
        // one error in 2,000,000 tokens: six significant digits rounded it to a perfect score
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", 2_000_000L);
        m.put("accuracy", 1_999_999 / 2_000_000.0);
        assertEquals("{\"n\":2000000,\"accuracy\":0.9999995}", Json.write(m));
        assertEquals("0.99999999", Json.write(0.99999999));
    }

    @Test
    void otherNumbersKeepSixSignificantDigits() {
        assertEquals("0.714286", Json.write(5 / 7.0));
        assertEquals("1", Json.write(1.0));
        assertEquals("0", Json.write(0.0));
        assertEquals("0.25", Json.write(0.25));
        assertEquals("1e-05", Json.write(1e-5));
        assertEquals("123457", Json.write(123456.7));
        assertEquals("-0.5", Json.write(-0.5));
        assertEquals("null", Json.write(Double.NaN));
    }

    @Test
    void largeNumbersAreWholeDigitsWithoutExponent() {
        // bench --json printed "tokens_per_second_1":887939.9537740606 beside "tokens_per_second_2":2.34056e+06
        assertEquals("887940", Json.write(887939.9537740606));
        assertEquals("2340563", Json.write(2340562.6));
        assertEquals("1234567", Json.write(1234567.0));
        assertEquals("-1234567", Json.write(-1234567.0));
        assertEquals("1e+15", Json.write(1e15));
    }
}
