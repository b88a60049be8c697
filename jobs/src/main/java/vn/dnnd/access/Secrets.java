package vn.dnnd.access;

import java.security.SecureRandom;
import java.util.Base64;

/** Random one-time passwords and API tokens; nothing here is ever a default. */
final class Secrets {

    /** No 0/O, 1/l/I: a password read off a screen and typed again. */
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String oneTimePassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** 256 random bits; the prefix tells a leaked token apart from other secrets. */
    static String apiToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "dnnd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
