package nl.verteller.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.verteller.content.Language;

/**
 * Everything needed to understand one language: its loaded speech model, the model's vocabulary and
 * the language's phrase book. Loading takes about a second: do it off the EDT.
 */
public final class VoiceLanguage implements AutoCloseable {
    private final Language language;
    private final VoskDecoder.SpeechModel model;
    private final ModelVocabulary vocabulary;
    private final PhraseBook book;
    private final boolean borrowed;

    private VoiceLanguage(Language language, VoskDecoder.SpeechModel model, ModelVocabulary vocabulary, PhraseBook book,
            boolean borrowed) {
        this.language = language;
        this.borrowed = borrowed;
        this.model = model;
        this.vocabulary = vocabulary;
        this.book = book;
    }

    /**
     * Loads the model in {@code modelDir} and the phrases in {@code commandsFile}.
     *
     * @throws IOException with a message that names what is missing
     */
    public static VoiceLanguage load(Language language, Path modelDir, Path commandsFile) throws IOException {
        return load(language, modelDir, commandsFile, false);
    }

    /**
     * @param borrowed the model is another language's, lent for a patient's own words: its phrases of
     *                 this language are mostly unknown to it, and that is no problem to report
     */
    public static VoiceLanguage load(Language language, Path modelDir, Path commandsFile, boolean borrowed)
            throws IOException {
        PhraseBook book = PhraseBook.load(language, commandsFile);
        VoskDecoder.SpeechModel model = VoskDecoder.SpeechModel.load(modelDir);
        try {
            return new VoiceLanguage(language, model, ModelVocabulary.load(modelDir), book, borrowed);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw new IOException("cannot read the word list of the model in " + modelDir + ": " + e, e);
        }
    }

    public Language language() {
        return language;
    }

    /** Whether the model is another language's, lent for own words. */
    public boolean borrowed() {
        return borrowed;
    }

    /** The phrases for a screen with these chapter titles, limited to words the model knows. */
    public PhraseSet phrases(List<String> chapterTitles) {
        return book.phrases(chapterTitles).knownTo(vocabulary);
    }

    /** The phrases for the settings screen, limited to words the model knows. */
    public PhraseSet settingsPhrases() {
        return book.settingsPhrases().knownTo(vocabulary);
    }

    /** Phrases the model cannot hear because of a word it does not know, naming the word; none for a borrowed model. */
    public List<String> unknownWords(List<String> chapterTitles) {
        return borrowed ? List.of() : book.unknownWords(vocabulary, chapterTitles);
    }

    /** Whether {@code word} is one of the language's everyday decoy words. */
    public boolean isDecoy(String word) {
        return book.decoys().contains(word);
    }

    /**
     * A new recognizer listening for {@code phrases}; with a second hearing (see {@link CommandRecognizer})
     * when the model is this language's own. A borrowed model hears another language's words: a third
     * faster is not its usual pace, and the own words it lends itself to are matched by their sound.
     */
    public CommandRecognizer recognizer(PhraseSet phrases, RecognitionRules rules) throws IOException {
        String grammar = phrases.grammarJson();
        return new CommandRecognizer(new VoskDecoder(model, grammar), borrowed ? null : new VoskDecoder(model, grammar),
                phrases, rules, false);
    }

    /**
     * What the model hears in {@code speech} over its whole vocabulary: the best reading and its
     * runners-up, as text. For enrolling a patient's own word.
     */
    public Set<String> hear(short[] speech) throws IOException {
        try (VoskDecoder decoder = new VoskDecoder(model, null)) {
            decoder.accept(speech, speech.length);
            Hypothesis heard = decoder.finish();
            Set<String> texts = new LinkedHashSet<>();
            texts.add(heard.text());
            heard.others().forEach(other -> texts.add(other.text()));
            return texts;
        }
    }

    /**
     * The recognizer as voice control has it while the kiosk reads {@code spoken} aloud: only what may barge
     * in, no silence before, the kiosk's own words ignored, and the near voice asked for (see
     * {@link CommandRecognizer}).
     */
    public CommandRecognizer whileReading(String spoken, RecognitionRules rules) throws IOException {
        EchoGuard echo = new EchoGuard();
        echo.speaking(spoken);
        return whileReading(echo, rules);
    }

    /** The same, ignoring what {@code echo} is told is being spoken as the reading goes on. */
    public CommandRecognizer whileReading(EchoGuard echo, RecognitionRules rules) throws IOException {
        CommandRecognizer recognizer = recognizer(phrases(List.of()).only(EchoGuard.WHILE_READING),
                rules.whileReading(EchoGuard.STOPPERS));
        recognizer.setEchoFilter(echo);
        return recognizer;
    }

    /**
     * The plain full-vocabulary recognizer, for comparison: it hears anything the model knows and acts
     * when what it heard is exactly a phrase, at the model's own end of speech.
     */
    public CommandRecognizer plainRecognizer(PhraseSet phrases) throws IOException {
        RecognitionRules plain = new RecognitionRules(0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE, true, 0, 1);
        return new CommandRecognizer(new VoskDecoder(model, null), null, phrases, plain, true);
    }

    @Override
    public void close() {
        model.close();
    }
}
