package nl.verteller.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The PIN that lets staff leave the kiosk, kept only as a salted SHA-256 hash in the configuration
 * ({@code kiosk.admin.pin.sha256}; make one with {@code java -jar verteller.jar hash-pin 1234}).
 */
public final class AdminPin {
    private static final String SALT = "verteller-admin:";

    private AdminPin() {
    }

    /** The hash to put in the configuration for {@code pin}. */
    public static String hash(String pin) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((SALT + pin).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** Whether {@code pin} is the one whose hash is {@code expectedHash}; compared in constant time. */
    public static boolean matches(String pin, String expectedHash) {
        return MessageDigest.isEqual(hash(pin).getBytes(StandardCharsets.US_ASCII),
                expectedHash.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
