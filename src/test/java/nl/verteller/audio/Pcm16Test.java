package nl.verteller.audio;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class Pcm16Test {
    @Test
    void samplesSurviveBytesBothWays() {
        short[] samples = {0, 1, -1, 255, 256, Short.MAX_VALUE, Short.MIN_VALUE, -12345};
        byte[] little = Pcm16.toBytes(samples, 0, samples.length);
        short[] back = new short[samples.length];
        Pcm16.toSamples(little, 0, samples.length, false, back);
        assertThat(back).containsExactly(samples);
        assertThat(little[0 + 2 * 3]).as("low byte first").isEqualTo((byte) 0xff);
    }

    @Test
    void bigEndianFromAnOffset() {
        byte[] big = {9, 0x12, 0x34, (byte) 0xff, (byte) 0xfe};
        short[] out = new short[2];
        Pcm16.toSamples(big, 1, 2, true, out);
        assertThat(out).containsExactly((short) 0x1234, (short) -2);
    }
}
