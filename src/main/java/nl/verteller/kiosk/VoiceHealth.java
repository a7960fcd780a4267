package nl.verteller.kiosk;

/**
 * What the status strip says about a language's voice.
 *
 * @param name    the voice, as configured ({@code espeak}, {@code freetts})
 * @param ready   whether it has spoken here (false while starting or when it cannot)
 * @param problem why it cannot speak, or null
 */
public record VoiceHealth(String name, boolean ready, String problem) {
    public static VoiceHealth starting(String name) {
        return new VoiceHealth(name, false, null);
    }
}
