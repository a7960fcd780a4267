package nl.verteller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import nl.verteller.audio.AudioFiles;
import nl.verteller.audio.WavWriter;
import nl.verteller.dsp.RoomSound;
import nl.verteller.setup.EnglishModelHeld;
import nl.verteller.tags.Fast;
import nl.verteller.tags.Model;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line in this JVM; its commands that hear speech share one loaded English model. */
@ExtendWith(EnglishModelHeld.class)
class CommandLineTest {
    private static final Pattern SENTENCE = Pattern.compile(
            "\\{\"sentence\":(\\d+),\"start_ms\":(\\d+),\"end_ms\":(\\d+),\"text\":\"(.*)\"}");

    private static final int RATE = 16_000;

    @TempDir
    Path dir;

    @Fast
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void listShowsTheSixChapters(String language) {
        CommandLine result = CommandLine.run("list", "--lang", language);
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).hasSize(6).allMatch(line -> line.matches("als\t[1-6]\t.+"));
        assertThat(result.lines().get(0)).isEqualTo(language.equals("nl") ? "als\t1\tWat is het?" : "als\t1\tWhat is it?");
    }

    @Fast
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void speakWritesAudibleSpeechOfPlausibleLength(String language) throws Exception {
        Path wav = dir.resolve("out.wav");
        CommandLine result = CommandLine.run("speak", "--lang", language, "--out", wav.toString(),
                "ALS", "is", "een", "zeldzame", "ziekte.");
        assertThat(result.exitCode()).as(result.err()).isZero();
        Wav audio = Wav.read(wav);
        assertThat(audio.seconds()).isBetween(1.2, 5.0);
        assertThat(audio.rms()).isGreaterThan(0.02);
    }

    @Fast
    @Test
    void oneDeeplyNestedLeafletIsSkippedAndEveryCommandStillWorks() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/en"));
        Files.writeString(content.resolve("deep.md"), "## Deep\n\n" + ">".repeat(20_000) + " text\n");
        Files.writeString(content.resolve("good.md"), "# Good\n\n## One\n\nText.\n");
        Path config = Files.writeString(dir.resolve("verteller.properties"), "content.dir = " + content.getParent() + "\n");
        CommandLine list = CommandLine.run("--config", config.toString(), "list", "--lang", "en");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.lines()).containsExactly("good\t1\tOne");
        CommandLine check = CommandLine.run("--config", config.toString(), "check");
        assertThat(check.out()).contains("deep.md", "nested too deeply");
        assertThat(CommandLine.run("--config", config.toString(), "help").exitCode()).isZero();
        assertThat(CommandLine.run("--config", config.toString(), "hash-pin", "2468").exitCode()).isZero();
    }

    @Fast
    @Test
    void anOutputThatCannotBeWrittenIsSaidBeforeAnythingIsSynthesised() throws Exception {
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        for (String command : List.of("speak", "read")) {
            List<String> args = new ArrayList<>(List.of(command, "--lang", "nl", "--out",
                    blocker.resolve("out.wav").toString()));
            args.addAll(command.equals("speak") ? List.of("Hallo.") : List.of("--leaflet", "als", "--chapter", "2"));
            long start = System.nanoTime();
            CommandLine result = CommandLine.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("cannot write", "a-file is a file, not a folder")
                    .doesNotContain("Exception", "\tat ");
            assertThat((System.nanoTime() - start) / 1e9).as("refused before synthesis").isLessThan(2);
        }
    }

    @Model
    @ParameterizedTest
    @ValueSource(ints = {0, 1, -8000})
    void aWavWithAnImpossibleSampleRateIsNamedNotACrash(int rate) throws Exception {
        Path good = dir.resolve("good.wav");
        WavWriter.write(good, 16_000, new short[1600], 1600);
        byte[] bytes = Files.readAllBytes(good);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(24, rate).putInt(28, rate * 2);
        Path bad = Files.write(dir.resolve("rate.wav"), bytes);
        CommandLine result = CommandLine.run("recognize", "--lang", "en", bad.toString());
        assertThat(result.err() + result.out()).contains("rate.wav").contains("sample rate")
                .doesNotContain("/ by zero", "ArrayIndexOutOfBounds");
    }

    @Fast
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void readGivesIncreasingSentenceTimesThatCoverTheWav(String language) throws Exception {
        Path wav = dir.resolve("chapter.wav");
        CommandLine result = CommandLine.run("read", "--lang", language, "--leaflet", "als", "--chapter", "3",
                "--out", wav.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<long[]> spans = new ArrayList<>();
        for (String line : result.lines()) {
            Matcher m = SENTENCE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(spans.size());
            spans.add(new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
        }
        assertThat(spans).hasSizeGreaterThanOrEqualTo(4);
        assertThat(spans.get(0)[0]).isZero();
        for (int i = 0; i < spans.size(); i++) {
            assertThat(spans.get(i)[1]).isGreaterThan(spans.get(i)[0] + 500);
            if (i > 0) {
                assertThat(spans.get(i)[0]).isGreaterThanOrEqualTo(spans.get(i - 1)[1]);
            }
        }
        Wav audio = Wav.read(wav);
        assertThat(spans.get(spans.size() - 1)[1]).isCloseTo(Math.round(audio.seconds() * 1000), Offset.offset(2L));
        assertThat(audio.rms()).isGreaterThan(0.02);
    }

    @Fast
    @Test
    void wrongArgumentsGiveUsageAndExitCode2() {
        for (String[] args : new String[][] {
                {"speak", "--lang", "nl"},
                {"speak", "--lang", "fr", "--out", "x.wav", "hallo"},
                {"read", "--lang", "nl", "--leaflet", "als", "--chapter", "zero", "--out", "x.wav"},
                {"list", "--colour"},
                {"dance"}}) {
            CommandLine result = CommandLine.run(args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).contains("usage:");
        }
    }

    @Fast
    @Test
    void readOfAMissingLeafletOrChapterSaysSo() {
        CommandLine noLeaflet = CommandLine.run("read", "--lang", "nl", "--leaflet", "nope", "--chapter", "1",
                "--out", dir.resolve("x.wav").toString());
        assertThat(noLeaflet.exitCode()).isEqualTo(1);
        assertThat(noLeaflet.err()).contains("No leaflet \"nope\"");
        CommandLine noChapter = CommandLine.run("read", "--lang", "nl", "--leaflet", "als", "--chapter", "9",
                "--out", dir.resolve("x.wav").toString());
        assertThat(noChapter.exitCode()).isEqualTo(1);
        assertThat(noChapter.err()).contains("chapters 1 to 6");
    }

    @Fast
    @Test
    void checkPassesWithTheShippedContent() {
        CommandLine result = CommandLine.run("check");
        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).contains("voice    nl: espeak works", "voice    en: freetts works", "OK:");
    }

    @Fast
    @Test
    void checkFailsWithoutContentAndNamesMissingPartsWithAFix() throws Exception {
        Path config = dir.resolve("verteller.properties");
        Files.writeString(config, "content.dir=" + dir.resolve("empty") + "\nespeak.command=/nonexistent/espeak-ng\n"
                + "reading.gap.ms=lots\n");
        CommandLine result = CommandLine.run("--config", config.toString(), "check");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("CANNOT RUN", "content folder not found", "apt-get install espeak-ng",
                "reading.gap.ms = \"lots\" is not allowed (a whole number from 0 to 2000); using the default 350");
    }

    @Model
    @Test
    void profilesFromTheCommandLine() throws Exception {
        Path config = dir.resolve("verteller.properties");
        Files.writeString(config, "profiles.file=" + dir.resolve("profiles.json") + "\n");
        List<String> takes = new ArrayList<>();
        for (int speed : new int[] {135, 150, 165}) {
            Path take = dir.resolve("volgende-" + speed + ".wav");
            Process espeak = new ProcessBuilder("espeak-ng", "-v", "nl", "-s", Integer.toString(speed), "-w",
                    take.toString(), "volgende").start();
            assertThat(espeak.waitFor()).isZero();
            takes.add(take.toString());
        }
        List<String> enrol = new ArrayList<>(List.of("--config", config.toString(), "profile", "enrol", "--profile", "anna",
                "--command", "NEXT_CHAPTER"));
        enrol.addAll(takes);
        CommandLine enrolled = CommandLine.run(enrol.toArray(String[]::new));
        assertThat(enrolled.exitCode()).as(enrolled.err()).isZero();
        assertThat(CommandLine.run("--config", config.toString(), "profile", "list").out()).startsWith("anna\t[NEXT_CHAPTER]");

        Path silence = dir.resolve("silence.wav");
        WavWriter.write(silence, 16_000, new short[16_000], 16_000);
        CommandLine bad = CommandLine.run("--config", config.toString(), "profile", "enrol", "--profile", "anna",
                "--command", "PAUSE", silence.toString(), silence.toString(), silence.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("too quiet");
        assertThat(CommandLine.run("--config", config.toString(), "profile", "enrol", "--profile", "anna",
                "--command", "PAUSE", silence.toString()).exitCode()).isEqualTo(2);

        CommandLine heard = CommandLine.run("--config", config.toString(), "recognize", "--lang", "nl", "--profile", "anna",
                takes.get(1));
        assertThat(heard.out()).contains("\"command\":\"NEXT_CHAPTER\"");
        assertThat(CommandLine.run("--config", config.toString(), "profile", "delete", "anna").exitCode()).isZero();
        assertThat(CommandLine.run("--config", config.toString(), "profile", "delete", "anna").exitCode()).isEqualTo(1);
    }

    /**
     * Recordings made amid talk, from its middle, as a microphone hears them: the command line puts the
     * room heard in each around it, as a microphone that was already listening would have heard it.
     * A TV saying "Go back." right at the start of its recording gives nothing; "louder", said 12 dB
     * over three people talking, a second into theirs, is heard. Before, each got digital silence
     * around it, against which the talk at the start stood out as a near voice: the TV's words were
     * a command, and the people's talk ran into "louder".
     */
    @Model
    @Test
    void aRecordingMadeAmidTalkHasThatTalkAsItsRoom() throws Exception {
        float[] tv = RoomSound.likeTv(spoken("en-gb-scotland", 175, "Go back. In the next part of the programme we "
                + "go home with a baker who reads the paper at four. Stop by the market, he says, and wait for the "
                + "bread."), 200, 5000);
        float[] people = mixed(spoken("en-us+m3", 170, "Go back to the car, we will read the paper at home and then "
                + "wait for the bus to the market."), spoken("en-gb+f2", 160, "She said that the next train is late "
                + "again, so we will stop for coffee and a biscuit before we go."), spoken("en-us+f4", 150, "The "
                + "doctor asked about my arms and my legs, and whether I can still walk up the stairs at night."));
        float[] louder = spoken("en-gb", 175, "louder");
        float[] command = new float[6 * RATE];
        System.arraycopy(louder, 0, command, RATE, Math.min(louder.length, command.length - RATE));
        float[] overTalk = scaledToPeak(Arrays.copyOf(people, command.length), 0.1f);
        float[] voice = scaledToPeak(command, 0.4f);
        for (int i = 0; i < overTalk.length; i++) {
            overTalk[i] += voice[i];
        }
        Path tvWav = dir.resolve("tv.wav");
        Path peopleWav = dir.resolve("people.wav");
        short[] tvPcm = RoomSound.toPcm(scaledToPeak(tv, 0.3f));
        WavWriter.write(tvWav, RATE, tvPcm, tvPcm.length);
        short[] peoplePcm = RoomSound.toPcm(overTalk);
        WavWriter.write(peopleWav, RATE, peoplePcm, peoplePcm.length);

        CommandLine heard = CommandLine.run("recognize", "--lang", "en", tvWav.toString(), peopleWav.toString());
        assertThat(heard.exitCode()).as(heard.err()).isZero();
        assertThat(heard.lines()).hasSize(2);
        assertThat(heard.lines().get(0)).contains("\"command\":null");
        assertThat(heard.lines().get(1)).contains("\"command\":\"LOUDER\"");
    }

    private static float[] spoken(String voice, int wordsPerMinute, String text) throws Exception {
        Path wav = Files.createTempFile("spoken", ".wav");
        try {
            Process espeak = new ProcessBuilder("espeak-ng", "-v", voice, "-s", Integer.toString(wordsPerMinute), "-w",
                    wav.toString(), text).start();
            assertThat(espeak.waitFor()).isZero();
            return RoomSound.toFloats(AudioFiles.read16kMono(wav));
        } finally {
            Files.delete(wav);
        }
    }

    private static float[] mixed(float[]... voices) {
        float[] mix = new float[Arrays.stream(voices).mapToInt(v -> v.length).max().orElse(0)];
        for (float[] voice : voices) {
            for (int i = 0; i < voice.length; i++) {
                mix[i] += voice[i];
            }
        }
        return mix;
    }

    /** {@code sound} scaled so that its loudest sample is {@code peak} of full scale. */
    private static float[] scaledToPeak(float[] sound, float peak) {
        float loudest = 1e-9f;
        for (float s : sound) {
            loudest = Math.max(loudest, Math.abs(s));
        }
        float[] scaled = new float[sound.length];
        for (int i = 0; i < sound.length; i++) {
            scaled[i] = sound[i] / loudest * peak * Short.MAX_VALUE;
        }
        return scaled;
    }

    /** A WAV file's samples. */
    record Wav(float sampleRate, short[] pcm) {
        static Wav read(Path file) throws Exception {
            try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
                byte[] bytes = new DataInputStream(in).readAllBytes();
                short[] pcm = new short[bytes.length / 2];
                for (int i = 0; i < pcm.length; i++) {
                    pcm[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
                }
                return new Wav(in.getFormat().getSampleRate(), pcm);
            }
        }

        double seconds() {
            return pcm.length / sampleRate;
        }

        double rms() {
            double sum = 0;
            for (short s : pcm) {
                sum += (double) s * s;
            }
            return Math.sqrt(sum / Math.max(1, pcm.length)) / Short.MAX_VALUE;
        }
    }
}
