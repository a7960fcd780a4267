package nl.verteller.speech;

import nl.verteller.content.Leaflet;
import nl.verteller.content.Pronunciation;

/**
 * What the kiosk asks of whoever reads aloud. Each call only asks: the answer comes back as
 * {@link NarrationEvent}s. Implemented by {@link Narrator}; tests of the controller record calls.
 */
public interface ReadingControl {
    void open(Leaflet leaflet, int chapter, Pronunciation pronunciation);

    void read();

    void pause();

    void nextSentence();

    void previousSentence();

    void repeat();

    /** Moves to sentence {@code index} of the open chapter, reading on if reading. */
    void seek(int index);

    void nextChapter();

    void previousChapter();

    /** Rate and volume from the next sentence and chunk on; steps outside 1 to {@link Narrator#STEPS} are clamped. */
    void setSteps(int rateStep, int volumeStep);
}
