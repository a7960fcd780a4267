package nl.verteller.kiosk;

import java.util.ArrayList;
import java.util.List;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Pronunciation;
import nl.verteller.speech.ReadingControl;

/** Writes down what the controller asks of the narrator, as short words. */
final class RecordingReader implements ReadingControl {
    final List<String> calls = new ArrayList<>();

    @Override
    public void open(Leaflet leaflet, int chapter, Pronunciation pronunciation) {
        calls.add("open " + leaflet.language() + " " + leaflet.id() + " " + chapter);
    }

    @Override
    public void read() {
        calls.add("read");
    }

    @Override
    public void pause() {
        calls.add("pause");
    }

    @Override
    public void nextSentence() {
        calls.add("nextSentence");
    }

    @Override
    public void previousSentence() {
        calls.add("previousSentence");
    }

    @Override
    public void repeat() {
        calls.add("repeat");
    }

    @Override
    public void seek(int index) {
        calls.add("seek " + index);
    }

    @Override
    public void nextChapter() {
        calls.add("nextChapter");
    }

    @Override
    public void previousChapter() {
        calls.add("previousChapter");
    }

    @Override
    public void setSteps(int rateStep, int volumeStep) {
        calls.add("steps " + rateStep + " " + volumeStep);
    }
}
