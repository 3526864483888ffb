package io.shuzhi.shared.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live, so that app nodes keep no files of their own. Content-addressed: a file is stored
 * under its SHA-256 and never overwritten; a new revision is a new file. The filesystem implementation serves a
 * single node or a shared volume; an object-store implementation can replace it for a cluster.
 */
public interface FileStorage {

    /** Stores the stream's bytes (at most {@code maxBytes}) and returns its key and digest. */
    StoredFile store(InputStream content, long maxBytes) throws IOException;

    /** Opens a stored file. */
    InputStream open(String key) throws IOException;

    /** @param key stable key to open it again; @param sha256 hex digest; @param size bytes */
    record StoredFile(String key, String sha256, long size) {
    }
}
