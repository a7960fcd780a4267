package nl.verteller.kiosk;

import java.util.EnumMap;
import java.util.Map;
import nl.verteller.content.Language;

/**
 * Everything the screen shows, as one value: the controller makes a new one for every change and
 * the views draw from it. Nothing else holds screen state.
 *
 * @param screen       the screen shown
 * @param returnTo     the screen BACK returns to from HELP
 * @param language     the language of interface, leaflet and voice
 * @param leafletId    the open leaflet, or null on a home screen of several leaflets
 * @param chapter      the open chapter, from 1; 0 when none
 * @param sentence     the sentence being read or to be read next, from 0
 * @param reading      whether the narrator is reading
 * @param wordStart    the start of the word being spoken in the sentence, or -1
 * @param wordEnd      the end of that word, or -1
 * @param textSize     body text size in points
 * @param rateStep     speaking rate step, 1 to 5
 * @param volumeStep   volume step, 1 to 5
 * @param speaker      whether a speaker plays the reading; null until known
 * @param voiceProblem why the voice stopped reading, or null
 * @param voices       what is known of each language's voice
 * @param listening    what voice control is doing, or null when it is off
 * @param contentProblems how many content files could not be used (check names them)
 * @param settings     the settings screen's values: input methods, scan and dwell times, and the text
 *                     size and voice speed a new patient starts with
 * @param ownWords     the active profile of own words, the profiles, and how teaching goes
 * @param countdown    what the kiosk will do by itself unless the patient answers in time, or null
 * @param voiceAsleep  whether voice control sleeps ("stop listening"): only the wake phrase counts
 */
public record KioskState(Screen screen, Screen returnTo, Language language, String leafletId, int chapter,
        int sentence, boolean reading, int wordStart, int wordEnd, int textSize, int rateStep, int volumeStep,
        Boolean speaker, String voiceProblem, Map<Language, VoiceHealth> voices, VoiceStatus listening,
        int contentProblems, Settings settings, OwnWords ownWords, Countdown countdown, boolean voiceAsleep) {

    /** The first state: the home screen in {@code language}, at the settings' text size and voice speed. */
    public static KioskState start(Language language, Settings settings, int volumeStep) {
        return new KioskState(Screen.HOME, Screen.HOME, language, null, 0, 0, false, -1, -1,
                settings.get(Setting.TEXT_SIZE), settings.get(Setting.VOICE_SPEED), volumeStep, null, null, Map.of(),
                null, 0, settings, OwnWords.none(), null, false);
    }

    public KioskState withScreen(Screen next) {
        // Help, settings and own words are asides: BACK from any of them returns to where the patient was.
        Screen back = next.isAside() && !screen.isAside() ? screen : returnTo;
        return new KioskState(next, back, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, speaker, voiceProblem, voices, listening, contentProblems,
                settings, ownWords, countdown, voiceAsleep);
    }

    public KioskState withLeaflet(Language newLanguage, String id, int newChapter) {
        return new KioskState(screen, returnTo, newLanguage, id, newChapter, 0, false, -1, -1, textSize, rateStep,
                volumeStep, speaker, voiceProblem, voices, listening, contentProblems,
                settings, ownWords, countdown, voiceAsleep);
    }

    public KioskState withPosition(int newChapter, int newSentence, boolean nowReading) {
        boolean moved = newChapter != chapter || newSentence != sentence;
        return new KioskState(screen, returnTo, language, leafletId, newChapter, newSentence, nowReading,
                moved ? -1 : wordStart, moved ? -1 : wordEnd, textSize, rateStep, volumeStep, speaker,
                nowReading ? null : voiceProblem, voices, listening, contentProblems,
                settings, ownWords, countdown, voiceAsleep);
    }

    public KioskState withWord(int start, int end) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, start, end, textSize,
                rateStep, volumeStep, speaker, voiceProblem, voices, listening, contentProblems,
                settings, ownWords, countdown, voiceAsleep);
    }

    public KioskState withTextSize(int size) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                size, rateStep, volumeStep, speaker, voiceProblem, voices, listening, contentProblems,
                settings, ownWords, countdown, voiceAsleep);
    }

    public KioskState withSteps(int rate, int volume) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rate, volume, speaker, voiceProblem, voices, listening, contentProblems,
                settings, ownWords, countdown, voiceAsleep);
    }

    public KioskState withSpeaker(Boolean available) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, available, voiceProblem, voices, listening, contentProblems,
                settings, ownWords, countdown, voiceAsleep);
    }

    public KioskState withVoiceProblem(String problem) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, speaker, problem, voices, listening, contentProblems,
                settings, ownWords, countdown, voiceAsleep);
    }

    public KioskState withVoice(Language of, VoiceHealth health) {
        Map<Language, VoiceHealth> updated = new EnumMap<>(Language.class);
        updated.putAll(voices);
        updated.put(of, health);
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, speaker, voiceProblem, Map.copyOf(updated), listening,
                contentProblems, settings, ownWords, countdown, voiceAsleep);
    }

    public KioskState withListening(VoiceStatus status) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, speaker, voiceProblem, voices, status, contentProblems, settings,
                ownWords, countdown, voiceAsleep);
    }

    public KioskState withContentProblems(int count) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, speaker, voiceProblem, voices, listening, count, settings, ownWords,
                countdown, voiceAsleep);
    }

    public KioskState withSettings(Settings next) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, speaker, voiceProblem, voices, listening, contentProblems, next,
                ownWords, countdown, voiceAsleep);
    }

    public KioskState withOwnWords(OwnWords next) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, speaker, voiceProblem, voices, listening, contentProblems, settings,
                next, countdown, voiceAsleep);
    }

    public KioskState withCountdown(Countdown next) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, speaker, voiceProblem, voices, listening, contentProblems, settings,
                ownWords, next, voiceAsleep);
    }

    public KioskState withVoiceAsleep(boolean asleep) {
        return new KioskState(screen, returnTo, language, leafletId, chapter, sentence, reading, wordStart, wordEnd,
                textSize, rateStep, volumeStep, speaker, voiceProblem, voices, listening, contentProblems, settings,
                ownWords, countdown, asleep);
    }

    /** True when a word is being marked. */
    public boolean hasWord() {
        return wordStart >= 0;
    }

    /** The voice of the current language, as far as known. */
    public VoiceHealth voice() {
        return voices.get(language);
    }
}
