package uk.gov.signpost.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master key that wraps data keys, and any earlier ones still needed to read keys wrapped before a rotation.
 * Each key is known by an id (the first 8 bytes of its SHA-256, in hex), stored beside every wrapped key, so
 * that the right one is used and a wrong configuration is reported instead of silently failing to decrypt.
 */
final class MasterKeys {

    static final String FILE_NAME = "master-key";
    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

    private final MasterKey current;
    private final Map<String, MasterKey> all = new LinkedHashMap<>();

    MasterKeys(MasterKey current, List<MasterKey> previous) {
        this.current = current;
        all.put(current.id(), current);
        previous.forEach(key -> all.putIfAbsent(key.id(), key));
    }

    /**
     * Reads the configured keys. With no master key configured, a local instance (embedded database) generates
     * one once and keeps it in its data folder; an instance on a shared database refuses to start, because every
     * instance must use the same key and it must not be kept beside the data it protects.
     */
    static MasterKeys load(String configured, List<String> previous, boolean embedded, Path dataDir) {
        String encoded = configured;
        if (encoded == null) {
            if (!embedded) {
                throw new IllegalStateException("SIGNPOST_MASTER_KEY must be set when DATABASE_URL is set: every"
                        + " instance needs the same master key. Generate one with: openssl rand -base64 32");
            }
            encoded = localKey(dataDir);
        }
        List<MasterKey> earlier = new ArrayList<>();
        for (String key : previous) {
            earlier.add(MasterKey.decode(key, "SIGNPOST_PREVIOUS_MASTER_KEYS"));
        }
        return new MasterKeys(MasterKey.decode(encoded, "SIGNPOST_MASTER_KEY"), earlier);
    }

    MasterKey current() {
        return current;
    }

    /** The ids of the earlier master keys, still read after a rotation. */
    List<String> previousIds() {
        return all.keySet().stream().filter(id -> !id.equals(current.id())).toList();
    }

        Optional<MasterKey> byId(String id) {
        return Optional.ofNullable(all.get(id));
    }

    private static String localKey(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String encoded = Base64.getEncoder().encodeToString(bytes);
            Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
            log.warn("event=master_key_generated file={} note=local_use_only", file);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the master key in " + dataDir, e);
        }
    }

    /** One AES-256 master key and its id. */
    record MasterKey(String id, SecretKey key) {

        static MasterKey decode(String base64, String source) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + " is not valid base64");
            }
            if (bytes.length != 32) {
                throw new IllegalStateException(source + " must be 32 bytes (base64 of 32 random bytes), not "
                        + bytes.length);
            }
            return new MasterKey(idOf(bytes), new SecretKeySpec(bytes, "AES"));
        }

        private static String idOf(byte[] key) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
                return HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }

        @Override
        public String toString() {
            return "MasterKey[id=" + id + "]";
        }
    }
}
