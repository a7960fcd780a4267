package nl.verteller.kiosk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Library;

/**
 * Everything the screen shows, as one value: the controller makes a new one for every change and
 * the views draw from it. Nothing else holds screen state. Grouped by what changes together; the
 * flat accessors ({@link #screen()}, {@link #sentence()}, …) read through the groups.
 *
 * @param place     where the patient is
 * @param narration how far reading has come, and at what rate and volume
 * @param devices   what works: speaker, speech per language, voice control (and whether it sleeps), content files
 * @param textSize  body text size in points
 * @param settings  the settings screen's values: input methods, scan and dwell times, and the text
 *                  size and voice speed a new patient starts with
 * @param ownWords  the active profile of own words, the profiles, and how teaching goes
 * @param countdown what the kiosk will do by itself unless the patient answers in time, or null
 * @param library   the leaflets shown (the controller replaces it when content changes)
 */
public record KioskState(Place place, Narration narration, Devices devices, int textSize, Settings settings,
        OwnWords ownWords, Countdown countdown, Library library) {

    /**
     * @param screen    the screen shown
     * @param returnTo  the screen BACK returns to from an aside (help, settings, own words)
     * @param language  the language of interface, leaflet and voice
     * @param leafletId the open leaflet, or null on a home screen of several leaflets
     * @param chapter   the open chapter, from 1; 0 when none
     */
    public record Place(Screen screen, Screen returnTo, Language language, String leafletId, int chapter) {
    }

    /**
     * @param sentence   the sentence being read or to be read next, from 0
     * @param reading    whether the narrator is reading
     * @param wordStart  the start of the word being spoken in the sentence, or -1
     * @param wordEnd    the end of that word, or -1
     * @param rateStep   speaking rate step, 1 to {@link nl.verteller.speech.Narrator#STEPS}
     * @param volumeStep volume step, 1 to {@link nl.verteller.speech.Narrator#STEPS}
     * @param problem    why the voice stopped reading, or null
     */
    public record Narration(int sentence, boolean reading, int wordStart, int wordEnd, int rateStep, int volumeStep,
            String problem) {
        Narration at(int nextSentence, boolean nowReading, boolean moved) {
            return new Narration(nextSentence, nowReading, moved ? -1 : wordStart, moved ? -1 : wordEnd, rateStep,
                    volumeStep, nowReading ? null : problem);
        }
    }

    /**
     * @param speaker         whether a speaker plays the reading; null until known
     * @param speechHealth    what is known of each language's speech (its synthesizer)
     * @param listening       what voice control is doing, or null when it is off
     * @param contentProblems how many content files could not be used (check names them)
     * @param voiceAsleep     whether voice control sleeps ("stop listening"): only the wake phrase counts
     * @param asking          the command voice control heard just under the bar, asked about ("Chapter
     *                        3?") until YES, another command or the time runs out; null when none
     */
    public record Devices(Boolean speaker, Map<Language, SpeechHealth> speechHealth, VoiceStatus listening,
            int contentProblems, boolean voiceAsleep, Command asking) {
    }

    /** The first state: the home screen in {@code language}, at the settings' text size and voice speed. */
    public static KioskState start(Language language, Settings settings, int volumeStep) {
        return new KioskState(new Place(Screen.HOME, Screen.HOME, language, null, 0),
                new Narration(0, false, -1, -1, settings.get(Setting.VOICE_SPEED), volumeStep, null),
                new Devices(null, Map.of(), null, 0, false, null), settings.get(Setting.TEXT_SIZE), settings,
                OwnWords.none(), null,
                new Library(List.of(), Map.of(), List.of()));
    }

    public KioskState withScreen(Screen next) {
        // Help, settings and own words are asides: BACK from any of them returns to where the patient was.
        Screen back = next.isAside() && !screen().isAside() ? screen() : returnTo();
        return with(new Place(next, back, language(), leafletId(), chapter()));
    }

    public KioskState withLeaflet(Language newLanguage, String id, int newChapter) {
        return with(new Place(screen(), returnTo(), newLanguage, id, newChapter))
                .with(new Narration(0, false, -1, -1, rateStep(), volumeStep(), speechProblem()));
    }

    public KioskState withPosition(int newChapter, int newSentence, boolean nowReading) {
        boolean moved = newChapter != chapter() || newSentence != sentence();
        return with(new Place(screen(), returnTo(), language(), leafletId(), newChapter))
                .with(narration.at(newSentence, nowReading, moved));
    }

    public KioskState withWord(int start, int end) {
        return with(new Narration(sentence(), reading(), start, end, rateStep(), volumeStep(), speechProblem()));
    }

    public KioskState withTextSize(int size) {
        return new KioskState(place, narration, devices, size, settings, ownWords, countdown, library);
    }

    public KioskState withSteps(int rate, int volume) {
        return with(new Narration(sentence(), reading(), wordStart(), wordEnd(), rate, volume, speechProblem()));
    }

    public KioskState withSpeaker(Boolean available) {
        return with(new Devices(available, speechHealth(), listening(), contentProblems(), voiceAsleep(), asking()));
    }

    public KioskState withSpeechProblem(String problem) {
        return with(new Narration(sentence(), reading(), wordStart(), wordEnd(), rateStep(), volumeStep(), problem));
    }

    public KioskState withSpeechHealth(Language of, SpeechHealth health) {
        Map<Language, SpeechHealth> updated = new EnumMap<>(Language.class);
        updated.putAll(speechHealth());
        updated.put(of, health);
        return with(new Devices(speaker(), Map.copyOf(updated), listening(), contentProblems(), voiceAsleep(),
                asking()));
    }

    public KioskState withListening(VoiceStatus status) {
        return with(new Devices(speaker(), speechHealth(), status, contentProblems(), voiceAsleep(), asking()));
    }

    public KioskState withContentProblems(int count) {
        return with(new Devices(speaker(), speechHealth(), listening(), count, voiceAsleep(), asking()));
    }

    public KioskState withVoiceAsleep(boolean asleep) {
        return with(new Devices(speaker(), speechHealth(), listening(), contentProblems(), asleep, asking()));
    }

    public KioskState withAsking(Command command) {
        return with(new Devices(speaker(), speechHealth(), listening(), contentProblems(), voiceAsleep(), command));
    }

    public KioskState withSettings(Settings next) {
        return new KioskState(place, narration, devices, textSize, next, ownWords, countdown, library);
    }

    public KioskState withOwnWords(OwnWords next) {
        return new KioskState(place, narration, devices, textSize, settings, next, countdown, library);
    }

    public KioskState withCountdown(Countdown next) {
        return new KioskState(place, narration, devices, textSize, settings, ownWords, next, library);
    }

    public KioskState withLibrary(Library next) {
        return new KioskState(place, narration, devices, textSize, settings, ownWords, countdown, next);
    }

    private KioskState with(Place next) {
        return new KioskState(next, narration, devices, textSize, settings, ownWords, countdown, library);
    }

    private KioskState with(Narration next) {
        return new KioskState(place, next, devices, textSize, settings, ownWords, countdown, library);
    }

    private KioskState with(Devices next) {
        return new KioskState(place, narration, next, textSize, settings, ownWords, countdown, library);
    }

    /** True when a word is being marked. */
    public boolean hasWord() {
        return wordStart() >= 0;
    }

    /** The speech (synthesizer) of the current language, as far as known. */
    public SpeechHealth speech() {
        return speechHealth().get(language());
    }

    /** The open leaflet, if any. */
    public Optional<Leaflet> leaflet() {
        return leafletId() == null ? Optional.empty() : library.find(leafletId(), language());
    }

    /** The leaflets of the current language, in tile order. */
    public List<Leaflet> leaflets() {
        return library.leaflets(language());
    }

    public Screen screen() {
        return place.screen();
    }

    public Screen returnTo() {
        return place.returnTo();
    }

    public Language language() {
        return place.language();
    }

    public String leafletId() {
        return place.leafletId();
    }

    public int chapter() {
        return place.chapter();
    }

    public int sentence() {
        return narration.sentence();
    }

    public boolean reading() {
        return narration.reading();
    }

    public int wordStart() {
        return narration.wordStart();
    }

    public int wordEnd() {
        return narration.wordEnd();
    }

    public int rateStep() {
        return narration.rateStep();
    }

    public int volumeStep() {
        return narration.volumeStep();
    }

    public String speechProblem() {
        return narration.problem();
    }

    public Boolean speaker() {
        return devices.speaker();
    }

    public Map<Language, SpeechHealth> speechHealth() {
        return devices.speechHealth();
    }

    public VoiceStatus listening() {
        return devices.listening();
    }

    public int contentProblems() {
        return devices.contentProblems();
    }

    public boolean voiceAsleep() {
        return devices.voiceAsleep();
    }

    public Command asking() {
        return devices.asking();
    }
}
