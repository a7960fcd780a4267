package nl.verteller.app;

import nl.verteller.content.Language;
import nl.verteller.kiosk.HelpVoice;
import nl.verteller.speech.Prompter;
import nl.verteller.text.Texts;

/**
 * Reads the help screen's text aloud through the prompter, paragraph by paragraph, so it goes out the
 * kiosk's one way out: the commands it names are known for the kiosk's own words while it plays.
 */
final class HelpAloud implements HelpVoice {
    private final Prompter prompter;

    HelpAloud(Prompter prompter) {
        this.prompter = prompter;
    }

    @Override
    public void read(Language language) {
        prompter.readAloud(Texts.of(language).paragraphs("help.body"), language);
    }

    @Override
    public void stop() {
        prompter.stopReading();
    }
}
