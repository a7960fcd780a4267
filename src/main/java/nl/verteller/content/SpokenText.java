package nl.verteller.content;

/**
 * Text as handed to a voice, with the way back to the text on screen: a voice reports where a word
 * starts in what it was given, the screen marks that word in what it shows.
 */
public final class SpokenText {
    private final String written;
    private final String spoken;
    private final int[] writtenOffsets;

    SpokenText(String written, String spoken, int[] writtenOffsets) {
        this.written = written;
        this.spoken = spoken;
        this.writtenOffsets = writtenOffsets;
    }

    /** Text that is spoken as written. */
    public static SpokenText verbatim(String text) {
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        return new SpokenText(text, text, offsets);
    }

    public String written() {
        return written;
    }

    public String spoken() {
        return spoken;
    }

    /** The offset in the written text of the character at {@code spokenOffset} in the spoken text. */
    public int writtenOffset(int spokenOffset) {
        return writtenOffsets[Math.max(0, Math.min(spokenOffset, writtenOffsets.length - 1))];
    }
}
