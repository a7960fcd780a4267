package nl.verteller.ownwords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verteller.kiosk.Command;

/**
 * Whether a newly taught word can be told apart from the patient's other own words: each take of the
 * new word, heard by the matcher with that take left out, must be nearest to the new word, and each
 * take of every other word, heard likewise, must stay nearest to that word. Otherwise the two words are too near, and the
 * patient is asked for another word rather than risk a wrong command later.
 */
public final class ConflictCheck {
    private ConflictCheck() {
    }

    /** The other command whose word is too near to {@code word}; empty when none is. */
    public static Optional<Command> conflict(Map<Command, OwnWord> others, Command command, OwnWord word) {
        Map<Command, OwnWord> all = new LinkedHashMap<>(others);
        all.remove(command);
        all.put(command, word);
        for (Map.Entry<Command, OwnWord> taught : all.entrySet()) {
            List<Template> templates = taught.getValue().templates();
            for (int i = 0; i < templates.size() && templates.size() > 1; i++) {
                List<Template> rest = new ArrayList<>(templates);
                rest.remove(i);
                Map<Command, OwnWord> leftOut = new LinkedHashMap<>(all);
                leftOut.put(taught.getKey(), taught.getValue().withTemplates(rest));
                AcousticMatch heard = new AcousticMatcher(leftOut).match(templates.get(i).frames());
                Optional<Command> confused = confusedWith(heard, taught.getKey(), command);
                if (confused.isPresent()) {
                    return confused;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The other word the new one is confused with in {@code heard}, a take of {@code said}: a take nearer
     * (where the words differ) to another word than to its own other takes is a conflict when one of the
     * two is the new word. A take merely as near to both is no conflict: it would be refused, not
     * mistaken.
     */
    private static Optional<Command> confusedWith(AcousticMatch heard, Command said, Command fresh) {
        Command other = heard.nearest();
        if (other == null || other.equals(said) || !(said.equals(fresh) || other.equals(fresh))) {
            return Optional.empty();
        }
        return Optional.of(said.equals(fresh) ? other : said);
    }
}
