package nl.verteller.ownwords;

import java.util.Optional;
import nl.verteller.kiosk.Command;

/**
 * Listens for a patient's own words in a stream of microphone audio (after the echo canceller): finds
 * each utterance by voice activity ({@link UtteranceFinder}) and matches it when the speaker stops
 * ({@link AcousticMatcher}). An utterance longer than any command is refused unmatched; after a
 * command is accepted the utterance is forgotten, so the rest of it is not taken for a second one. A
 * word that may be the start of a longer own word, or a doubtful match ({@link AcousticMatch#waitForEnd()}),
 * is held until the speaker has clearly stopped ({@link UtteranceFinder#JOIN_MILLIS}).
 * One thread.
 */
public final class OwnWordsListener {
    /**
     * One utterance and what it was taken for.
     *
     * @param match             the matcher's decision (refused for talk)
     * @param endOfSpeechMillis stream position where the speech ended
     * @param decidedAtMillis   stream position at which it was decided
     */
    public record Heard(AcousticMatch match, long endOfSpeechMillis, long decidedAtMillis) {
    }

    private final UtteranceFinder finder = new UtteranceFinder();
    private final FrameFeatures features = new FrameFeatures();
    private volatile AcousticMatcher matcher;
    /** An accepted word that may be the start of a longer one, waiting to see whether speech goes on. */
    private Heard held;

    public OwnWordsListener(AcousticMatcher matcher) {
        this.matcher = matcher;
    }

    /** Matches against {@code next}'s words from the next utterance on. Any thread. */
    public void setMatcher(AcousticMatcher next) {
        matcher = next;
    }

    /** Takes the next samples; the decision on an utterance that ended in them, if any. */
    public Optional<Heard> accept(short[] pcm, int count) {
        Heard last = null;
        for (UtteranceFinder.Utterance utterance : finder.accept(pcm, count)) {
            Heard heard = decide(utterance);
            if (heard.match().accepted() && heard.match().waitForEnd()) {
                held = heard;
                continue;
            }
            if (last == null || !last.match().accepted()) {
                last = heard;
            }
            if (heard.match().accepted()) {
                finder.reset();
            }
        }
        if (held != null && finder.inSpeech()) {
            // Speech went on: the held word was the start of a longer one; the whole is decided when it ends.
            held = null;
        }
        if (held != null && finder.audioMillis() - held.endOfSpeechMillis() >= UtteranceFinder.JOIN_MILLIS) {
            last = new Heard(held.match(), held.endOfSpeechMillis(), finder.audioMillis());
            held = null;
            finder.reset();
        }
        return Optional.ofNullable(last);
    }

    /** The first command in a recording, streamed in microphone-sized chunks (20 ms) as the kiosk hears it. */
    public Optional<Command> firstCommand(short[] pcm) {
        return firstAccepted(pcm).map(heard -> heard.match().command());
    }

    /** As {@link #firstCommand}, with where it was decided. */
    public Optional<Heard> firstAccepted(short[] pcm) {
        int chunk = FrameFeatures.RATE / 25;
        for (int at = 0; at < pcm.length; at += chunk) {
            int count = Math.min(chunk, pcm.length - at);
            Optional<Heard> heard = accept(java.util.Arrays.copyOfRange(pcm, at, at + count), count);
            if (heard.isPresent() && heard.get().match().accepted()) {
                return heard;
            }
        }
        return Optional.empty();
    }

    /** Forgets the utterance under way: what follows the kiosk's own voice starts afresh. */
    public void reset() {
        finder.reset();
        held = null;
    }

    /** Position in the stream, in ms. */
    public long audioMillis() {
        return finder.audioMillis();
    }

    private Heard decide(UtteranceFinder.Utterance utterance) {
        long now = finder.audioMillis();
        if (utterance.tooLong()) {
            return new Heard(AcousticMatch.refused("longer than a command"),
                    utterance.endOfSpeechMillis(), now);
        }
        short[] pcm = utterance.pcm();
        AcousticMatch match = SpeechSpan.of(pcm, utterance.roomDb())
                .map(span -> {
                    HeardSpeech heard = HeardSpeech.of(features, pcm, span);
                    return heard.length() <= 2 ? AcousticMatch.refused("no speech")
                            : matcher.in(heard.room()).match(heard.features(), utterance.aboveRoomDb(),
                                    FrameFeatures.aboveRoom(pcm, span.from(), heard.length(), utterance.roomDb()));
                })
                .orElse(AcousticMatch.refused("no speech"));
        return new Heard(match, utterance.endOfSpeechMillis(), now);
    }
}
