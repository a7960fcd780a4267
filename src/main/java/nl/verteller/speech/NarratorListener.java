package nl.verteller.speech;

/** Follows the narrator. Called on the narrator thread: hand Swing work to the EDT. */
@FunctionalInterface
public interface NarratorListener {
    void onEvent(NarrationEvent event);
}
