package nl.verteller.dsp;

import dev.onvoid.webrtc.media.audio.AudioProcessing;
import dev.onvoid.webrtc.media.audio.AudioProcessingConfig;
import dev.onvoid.webrtc.media.audio.AudioProcessingStreamConfig;

/**
 * WebRTC's audio processing (webrtc-java) as the front end: noise suppression, adaptive digital gain
 * and a high-pass filter, in 10 ms frames, one frame late. For measuring against {@link NoiseSuppressor}.
 */
public final class WebRtcFrontEnd implements FrontEnd, AutoCloseable {
    private static final int RATE = 16_000;
    private static final int FRAME = RATE / 100;
    private static final AudioProcessingStreamConfig MONO = new AudioProcessingStreamConfig(RATE, 1);

    private final AudioProcessing processing = new AudioProcessing();
    private final byte[] in = new byte[2 * FRAME];
    private final byte[] out = new byte[2 * FRAME];
    private int filled;
    private short[] pending = new short[4 * FRAME];
    private int pendingCount = FRAME;

    public WebRtcFrontEnd(AudioProcessingConfig.NoiseSuppression.Level level, boolean gain) {
        AudioProcessingConfig config = new AudioProcessingConfig();
        config.noiseSuppression.enabled = level != null;
        if (level != null) {
            config.noiseSuppression.level = level;
        }
        config.highPassFilter.enabled = true;
        config.gainControl.enabled = gain;
        config.gainControl.adaptiveDigital.enabled = gain;
        processing.applyConfig(config);
    }

    @Override
    public short[] process(short[] pcm, int count) {
        for (int i = 0; i < count; i++) {
            in[2 * filled] = (byte) pcm[i];
            in[2 * filled + 1] = (byte) (pcm[i] >> 8);
            if (++filled == FRAME) {
                processing.processStream(in, MONO, MONO, out);
                for (int j = 0; j < FRAME; j++) {
                    hand((short) ((out[2 * j] & 0xff) | (out[2 * j + 1] << 8)));
                }
                filled = 0;
            }
        }
        short[] cleaned = new short[count];
        System.arraycopy(pending, 0, cleaned, 0, count);
        System.arraycopy(pending, count, pending, 0, pendingCount - count);
        pendingCount -= count;
        return cleaned;
    }

    @Override
    public int latencySamples() {
        return FRAME;
    }

    private void hand(short sample) {
        if (pendingCount == pending.length) {
            pending = java.util.Arrays.copyOf(pending, pending.length * 2);
        }
        pending[pendingCount++] = sample;
    }

    @Override
    public void close() {
        processing.dispose();
    }
}
