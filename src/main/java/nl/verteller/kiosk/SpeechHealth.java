package nl.verteller.kiosk;

/**
 * What the status strip says about a language's speech (its synthesizer, "Voice ready" on screen).
 *
 * @param name    the synthesizer, as configured ({@code espeak}, {@code freetts})
 * @param ready   whether it has spoken here (false while starting or when it cannot)
 * @param problem why it cannot speak, or null
 */
public record SpeechHealth(String name, boolean ready, String problem) {
    public static SpeechHealth starting(String name) {
        return new SpeechHealth(name, false, null);
    }
}
