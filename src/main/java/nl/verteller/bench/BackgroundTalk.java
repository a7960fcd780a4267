package nl.verteller.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.verteller.config.Config;
import nl.verteller.content.Language;
import nl.verteller.dsp.RoomSound;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.voice.SyntheticTakes;

/**
 * Talk behind the patient for {@code bench voice}: people talking (babble: several voices, each its
 * own sentences) and a TV (one voice talking on, through a TV's loudspeaker). Each talker's text is
 * spoken once into a long stream; a clip takes a stretch from a random place in it.
 *
 * <p>Two sets that share no voice and no sentence, neither with the commands' voices: {@link #TEST}
 * gives the figures, {@link #TUNE} is for trying out changes ({@code bench voice --tune}), so what is
 * tuned is not what is measured.
 */
final class BackgroundTalk {
    /** Synthesizers and text of one set of talkers. */
    record Talkers(List<String> babbleVoices, String tvVoice, List<String> sentences) {
        /** The same talkers, saying {@code more} sentences besides their own, spread among them. */
        Talkers saying(List<String> more) {
            List<String> all = new ArrayList<>();
            for (int i = 0; i < Math.max(sentences.size(), more.size()); i++) {
                if (i < sentences.size()) {
                    all.add(sentences.get(i));
                }
                if (i < more.size()) {
                    all.add(more.get(i));
                }
            }
            return new Talkers(babbleVoices, tvVoice, all);
        }
    }

    static final Talkers TEST = new Talkers(List.of("en-gb-scotland", "en-029+f2", "en-gb-x-gbclan", "en-us+f4"),
            "en-us-nyc+m3", List.of(
                    "The car park was full again this morning, so we had to drive around for ages.",
                    "And then in the evening news they said the weather would turn cold by the weekend.",
                    "She told me her grandson has started at the university in the autumn.",
                    "Did you see the match last night? They scored twice in the last ten minutes.",
                    "We are going to paint the kitchen a light green colour next month.",
                    "The bus was late, and when it came it was so crowded nobody could sit down.",
                    "Coming up after the break, a look at the best gardens to visit this summer.",
                    "I always take the stairs, the lift in this building is so slow.",
                    "Prices at the supermarket have gone up again, it is really quite something.",
                    "My neighbour has a little dog that barks at every single bicycle.",
                    "Tonight on the programme we meet a baker who gets up at four every day.",
                    "They are building new houses on the old football ground near the station.",
                    "He used to work on the railways for nearly forty years before he retired.",
                    "The traffic on the motorway was terrible because of the road works.",
                    "Our daughter phones every Sunday to tell us how the children are doing.",
                    "And now over to our reporter, who is standing outside the town hall."));

    static final Talkers TUNE = new Talkers(List.of("en-gb-x-gbcwmd", "en-us+m2", "en+f5", "en-gb-x-rp+m4"),
            "en-gb-x-rp+f3", List.of(
                    "We went to the seaside last week and the wind nearly blew us away.",
                    "The nurse said the results should come in some time on Thursday.",
                    "In other news, the council has agreed to repair the old bridge over the river.",
                    "I have not seen my brother since the wedding, that must be three years.",
                    "There is a lovely little cafe just around the corner from the hospital.",
                    "The recipe says to bake it for forty minutes at a low temperature.",
                    "They have changed the timetable again so the train leaves earlier.",
                    "Our cat sleeps on the windowsill all afternoon in the sun.",
                    "Scientists say the new telescope will show us galaxies never seen before.",
                    "My husband wants to buy a caravan, but I am not so sure about it.",
                    "The garden centre has a sale on roses and fruit trees this weekend.",
                    "After the adverts we will be talking to the winner of the cooking contest.",
                    "We used to live in a flat above the shop on the high street.",
                    "It rained all day on Saturday so we stayed in and played cards.",
                    "The library in town is open late on Wednesdays now.",
                    "Her new glasses make such a difference, she can read the paper again."));

    private static final int RATE = 16_000;
    /** The TV's loudspeaker: a small one, no deep bass, no top. */
    private static final double TV_LOW_HZ = 200;
    private static final double TV_HIGH_HZ = 5000;
    private static final int BABBLE_TALKERS = 4;

    private final List<float[]> babble = new ArrayList<>();
    private final float[] tv;

    private BackgroundTalk(List<float[]> babble, float[] tv) {
        this.babble.addAll(babble);
        this.tv = tv;
    }

    /** Speaks every talker's stream once (a few seconds of espeak-ng). */
    static BackgroundTalk spoken(Talkers talkers, Config config) throws InterruptedException {
        List<float[]> babble = new ArrayList<>();
        List<String> sentences = talkers.sentences();
        for (int t = 0; t < talkers.babbleVoices().size(); t++) {
            // Each talker its own sentences, in its own order: no two say the same thing at once.
            List<String> own = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                own.add(sentences.get((i * (t + 2) + t) % sentences.size()));
            }
            babble.add(stream(talkers.babbleVoices().get(t), String.join(" ", own), config));
        }
        float[] tv = RoomSound.likeTv(stream(talkers.tvVoice(), String.join(" ", sentences), config), TV_LOW_HZ,
                TV_HIGH_HZ);
        return new BackgroundTalk(babble, tv);
    }

    private static float[] stream(String voice, String text, Config config) throws InterruptedException {
        try (Synthesizer talker = new EspeakSynthesizer(config.get(Config.ESPEAK_COMMAND), Map.of(Language.EN, voice),
                config.get(Config.ESPEAK_WPM), 60_000)) {
            return RoomSound.toFloats(SyntheticTakes.spoken(talker, text, Language.EN, 1.0));
        }
    }

    /** {@code samples} of several people talking at once, each at the same level. */
    float[] babble(int samples, Random random) {
        float[] mix = new float[samples];
        for (int t = 0; t < BABBLE_TALKERS; t++) {
            float[] talker = babble.get(t % babble.size());
            RoomSound.addAt(mix, stretch(talker, samples, random), 1000);
        }
        return mix;
    }

    /** {@code samples} of one person talking: the first of the people, alone, with the pauses between sentences. */
    float[] onePerson(int samples, Random random) {
        return stretch(babble.get(0), samples, random);
    }

    /** {@code samples} of the TV talking. */
    float[] tv(int samples, Random random) {
        return stretch(tv, samples, random);
    }

    /** A stretch from a random place in {@code stream}, wrapping round at its end. */
    private static float[] stretch(float[] stream, int samples, Random random) {
        float[] out = new float[samples];
        int at = random.nextInt(stream.length);
        for (int i = 0; i < samples; i++) {
            out[i] = stream[(at + i) % stream.length];
        }
        return out;
    }

    static int samples(double seconds) {
        return (int) (seconds * RATE);
    }
}
