package io.shuzhi.commitment;

import io.shuzhi.rectification.EvidenceType;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.storage.FileStorage;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Evidence attached to a progress entry: the same accepted types as rectification evidence (checked by content),
 * stored content-addressed, so the key is the SHA-256 and a file is never replaced.
 */
@Component
class ProgressEvidence {

    private static final long MAX = DataSize.ofMegabytes(20).toBytes();

    private final FileStorage storage;

    ProgressEvidence(FileStorage storage) {
        this.storage = storage;
    }

    String store(String fileName, long size, InputStream content) {
        if (size > MAX) {
            throw new InvalidInputException("evidence.too-large", "file", "文件超过 20 MB / The file is larger than 20 MB");
        }
        try (BufferedInputStream in = new BufferedInputStream(content)) {
            in.mark(16);
            byte[] head = in.readNBytes(16);
            in.reset();
            EvidenceType.detect(fileName, head);
            return storage.store(in, MAX).key();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String key) throws IOException {
        return storage.open(key);
    }
}
