package nl.verteller.ownwords;

import java.util.List;
import nl.verteller.kiosk.Command;

/**
 * Takes the patient said while teaching that enrolment heard but did not keep: a word refused as too
 * near another of their words, or a take unlike the others and asked again. They stay in the profile
 * as templates that are no command, because the patient may still say that word: an utterance nearer
 * to them than to any own word gives nothing, where without them it would give the nearest neighbour
 * (one speaker's refused "hoofdstuk vier" opening chapter 3). A command must win against everything the
 * patient was heard to say, not only against the other commands.
 *
 * @param triedFor  the command they were said for
 * @param templates one per take (with its noisy and reverberant copies), as an own word's
 */
public record UnkeptTakes(Command triedFor, List<Template> templates) {
    public UnkeptTakes {
        templates = List.copyOf(templates);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("unkept takes need at least one template");
        }
    }

    /** As a word to align to; its limit is never used (nothing near it is accepted). */
    OwnWord asWord() {
        return new OwnWord(templates, 0);
    }

    /** Whether any of these takes is within {@code word}'s limit: then it is that word, said again. */
    boolean within(OwnWord word) {
        return templates.stream().anyMatch(template -> word.distance(template.frames()) <= word.limit());
    }
}
