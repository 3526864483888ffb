package io.shuzhi.rectification;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import io.shuzhi.shared.storage.FileStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Evidence for rectification: type checked by content, size limited, stored content-addressed with its SHA-256.
 * Uploading again adds a revision; nothing is ever overwritten or deleted, so what the reviewer saw stays on record.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    private static final int HEAD = 16;

    private final ProblemService problems;
    private final EvidenceRepository evidence;
    private final FileStorage storage;
    private final RectificationProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    EvidenceService(ProblemService problems, EvidenceRepository evidence, FileStorage storage,
                    RectificationProperties properties, AuditLog audit, Clock clock) {
        this.problems = problems;
        this.evidence = evidence;
        this.storage = storage;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Evidence upload(Caller caller, long problemId, String fileName, long size, InputStream content) {
        Problem problem = problems.lockWritable(caller, problemId);
        if (problem.status().isClosed()) {
            throw new io.shuzhi.shared.ConflictException("problem.closed", "已销号的问题不能再上传材料 / A closed problem takes no more evidence");
        }
        long max = properties.evidenceMaxSize().toBytes();
        if (size > max) {
            throw tooLarge(max);
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.replaceAll("[\\\\/]", "_").trim();
        try (BufferedInputStream in = new BufferedInputStream(content)) {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            EvidenceType type = EvidenceType.detect(name, head);
            FileStorage.StoredFile stored = storage.store(in, max);
            Evidence saved = evidence.insert(new Evidence(0, problemId, 0, name, type.contentType, stored.key(), stored.sha256(),
                    stored.size(), clock.instant(), caller.getUsername()));
            audit.record("problem.evidence-added", "Problem", problemId, problem.organizationId(), null, saved);
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Evidence> list(Caller caller, long problemId) {
        problems.get(caller, problemId);
        return evidence.ofProblem(problemId);
    }

    public Evidence get(Caller caller, long problemId, long evidenceId) {
        problems.get(caller, problemId);
        return evidence.find(evidenceId).filter(e -> e.problemId() == problemId)
                .orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
    }

    public InputStream open(Evidence e) throws IOException {
        return storage.open(e.storageKey());
    }

    private static InvalidInputException tooLarge(long max) {
        return new InvalidInputException("evidence.too-large", "file",
                "文件超过 " + (max / 1024 / 1024) + " MB / The file is larger than " + (max / 1024 / 1024) + " MB");
    }
}
