package org.tagrank.io;

import org.tagrank.core.FiniteWeights;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code weights.bin}: the dense length (int32 LE), the number of non-zero weights (int32 LE),
 * then per non-zero weight the gap from the previous non-zero index (unsigned LEB128 varint)
 * and the value (float32 LE). Linear models of sparse features are mostly zeros, so this keeps
 * files small and loading fast.
 */
final class WeightCodec {
    private WeightCodec() {
    }

    static byte[] encode(float[] w) {
        int nnz = 0;
        for (float v : w) {
            if (v != 0f) {
                nnz++;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + nnz * 6);
        ByteBuffer four = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        out.write(four.putInt(0, w.length).array(), 0, 4);
        out.write(four.putInt(0, nnz).array(), 0, 4);
        int last = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i] == 0f) {
                continue;
            }
            int gap = i - last;
            last = i;
            while ((gap & ~0x7f) != 0) {
                out.write((gap & 0x7f) | 0x80);
                gap >>>= 7;
            }
            out.write(gap);
            out.write(four.putFloat(0, w[i]).array(), 0, 4);
        }
        return out.toByteArray();
    }

    /** Decodes weights, which must number {@code expected} (features × columns, from the manifest). */
    static FiniteWeights decode(byte[] b, long expected, String source) throws ModelFormatException {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        try {
            int length = buf.getInt();
            int nnz = buf.getInt();
            if (length != expected) {
                throw new ModelFormatException(source + ": weights.bin holds " + length + " weights but the manifest's "
                        + "features x columns is " + expected + " (corrupt file, or written by an older TagRank)");
            }
            if (nnz < 0 || nnz > length) {
                throw new ModelFormatException(source + ": corrupt weights.bin (length " + length + ", non-zeros " + nnz + ")");
            }
            // each stored weight checked as it is written (the others are zeros): the model need not read them all
            FiniteWeights.Builder w = FiniteWeights.zeros(length);
            int index = -1;
            for (int k = 0; k < nnz; k++) {
                int gap = 0;
                int shift = 0;
                int x;
                do {
                    x = buf.get() & 0xff;
                    gap |= (x & 0x7f) << shift;
                    shift += 7;
                } while ((x & 0x80) != 0 && shift < 35);
                index += gap;
                if (gap <= 0 || index >= length) {
                    throw new ModelFormatException(source + ": corrupt weights.bin (index " + index + " of " + length + ")");
                }
                try {
                    w.set(index, buf.getFloat());
                } catch (IllegalArgumentException e) {
                    throw new ModelFormatException(source + ": corrupt weights.bin (" + e.getMessage() + ")", e);
                }
            }
            if (buf.hasRemaining()) {
                throw new ModelFormatException(source + ": corrupt weights.bin (" + buf.remaining() + " trailing bytes)");
            }
            return w.build();
        } catch (java.nio.BufferUnderflowException e) {
            throw new ModelFormatException(source + ": corrupt or truncated weights.bin", e);
        }
    }
}
