package io.shuzhi.shared.storage;

import io.shuzhi.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@link FileStorage} on a directory ({@code shuzhi.storage.dir}, by default {@code ./data/files}). */
@Component
class FilesystemStorage implements FileStorage {

    private final Path root;

    FilesystemStorage(@Value("${shuzhi.storage.dir}") String dir) throws IOException {
        this.root = Path.of(dir).toAbsolutePath();
        Files.createDirectories(root);
    }

    @Override
    public StoredFile store(InputStream content, long maxBytes) throws IOException {
        Path tmp = Files.createTempFile(root, "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
                size = copyAtMost(content, out, maxBytes);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(tmp); // same bytes already stored: content addressing makes this a no-op
            } else {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredFile(sha, sha, size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IOException("bad key");
        }
        return Files.newInputStream(pathOf(key));
    }

    private Path pathOf(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw new InvalidInputException("upload-too-large", "file", "文件超过大小限制 / The file is larger than allowed");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
