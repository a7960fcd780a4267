package nl.verteller.app;

import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.QuestionVoice;
import nl.verteller.speech.Prompter;
import nl.verteller.text.Texts;

/**
 * Says the question about a command heard just under the bar ("Chapter 3?") as the prompter says scan
 * words: softly, and through the kiosk's one way out, so voice control knows the words for the
 * kiosk's own while they may echo and never takes them for a command.
 */
final class AskAloud implements QuestionVoice {
    private final Prompter prompter;

    AskAloud(Prompter prompter) {
        this.prompter = prompter;
    }

    @Override
    public void ask(Command command, Language language) {
        prompter.say(Texts.of(language).asked(command), language);
    }
}
