package nl.verteller.kiosk;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff PIN that guards the way out of the kiosk ({@code kiosk.admin.pin}). One of three:
 * <ul>
 *   <li>none: no PIN is configured, the chord alone leaves;</li>
 *   <li>set: kept only as PBKDF2-HMAC-SHA256 of the PIN with a random salt per kiosk, in the form
 *       {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} that {@code hash-pin} prints;</li>
 *   <li>locked: a PIN line that cannot be used, or a settings file that cannot be read. Nothing opens
 *       a locked PIN: a broken guard guards more, never less (fail closed).</li>
 * </ul>
 * Immutable and safe to share.
 */
public final class StaffPin {
    /** About 0.2 s per try on a small kiosk: slow to guess from a stolen settings file, quick to type. */
    static final int ITERATIONS = 210_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final StaffPin NONE = new StaffPin(null, 0, null, null);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt;
    private final int iterations;
    private final byte[] hash;
    private final String lockedBecause;

    private StaffPin(byte[] salt, int iterations, byte[] hash, String lockedBecause) {
        this.salt = salt;
        this.iterations = iterations;
        this.hash = hash;
        this.lockedBecause = lockedBecause;
    }

    /** No PIN: the chord alone leaves. */
    public static StaffPin none() {
        return NONE;
    }

    /** A PIN that nothing opens; {@code reason} names the file or key and what is wrong, for staff. */
    public static StaffPin locked(String reason) {
        return new StaffPin(null, 0, null, reason);
    }

    /**
     * The configured value: empty for none, else a line made by {@link #hash(String)}.
     *
     * @throws IllegalArgumentException when it is neither (the caller then locks the PIN)
     */
    public static StaffPin parse(String value) {
        if (value.isEmpty()) {
            return NONE;
        }
        String[] parts = value.split(":", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a PIN line made by hash-pin");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < 10_000 || salt.length < SALT_BYTES || hash.length != HASH_BITS / 8) {
                throw new IllegalArgumentException("too weak or cut short");
            }
            return new StaffPin(salt, iterations, hash, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PIN line made by hash-pin (" + e.getMessage() + ")", e);
        }
    }

    /** The value to configure for {@code pin}, with a new random salt. */
    public static String hash(String pin) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return String.join(":", SCHEME, Integer.toString(ITERATIONS), base64.encodeToString(salt),
                base64.encodeToString(derive(pin.toCharArray(), salt, ITERATIONS)));
    }

    /** Whether the chord alone leaves. */
    public boolean isNone() {
        return this == NONE;
    }

    /** Why nothing opens this PIN, for staff; empty when it can be opened. */
    public Optional<String> lockedBecause() {
        return Optional.ofNullable(lockedBecause);
    }

    /** Whether {@code pin} opens the way out: always with none, never when locked. Constant time. */
    public boolean opens(char[] pin) {
        if (isNone()) {
            return true;
        }
        if (lockedBecause != null) {
            return false;
        }
        return MessageDigest.isEqual(derive(pin, salt, iterations), hash);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return isNone() ? "no PIN" : lockedBecause != null ? "locked (" + lockedBecause + ")" : "PIN set";
    }
}
