package io.shuzhi.ballot;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.shared.DomainException.FieldProblem;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opening, running and closing ballot sessions. The ballot write path ({@link #cast}) is kept lean for meeting-room
 * bursts: one short transaction, three statements, no audit row (ballots are anonymous; the session's open, close
 * and release are audited instead).
 */
@Service
@Transactional(readOnly = true)
public class BallotService {

    private static final int MAX_SEATS = 5000;

    private final BallotRepository repository;
    private final CampaignService campaigns;
    private final AuditLog audit;
    private final Clock clock;
    /** campaign id → its report ids; reporters are fixed when a campaign is created, so this never goes stale. */
    private final Map<Long, Set<Long>> reportIds = new ConcurrentHashMap<>();

    BallotService(BallotRepository repository, CampaignService campaigns, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OpenedSession open(Caller caller, long campaignId, BallotMode mode, List<SeatGroup> groups) {
        Campaign campaign = campaigns.manageable(caller, campaignId);
        validate(groups);
        List<IssuedToken> tokens = new ArrayList<>();
        for (SeatGroup g : groups) {
            for (int i = 0; i < g.seats(); i++) {
                tokens.add(new IssuedToken(g.name(), Tokens.random(Tokens.LENGTH)));
            }
        }
        String fingerprint = Tokens.fingerprint(campaignId, mode, groups, tokens);
        int seats = tokens.size();
        long id = repository.insertSession(campaignId, mode, fingerprint, Tokens.random(24), seats, clock.instant());
        repository.insertGroups(id, groups);
        repository.insertTokens(id, tokens);
        audit.record("ballot.opened", "BallotSession", id, campaign.hostOrganizationId(), null,
                Map.of("campaignId", campaignId, "mode", mode, "groups", groups, "fingerprint", fingerprint));
        return new OpenedSession(id, fingerprint, tokens);
    }

    /** Counts a ballot, replacing an earlier one of the same token. The token is the credential. */
    @Transactional
    public void cast(String token, List<Rating> ratings, String comment) {
        BallotRepository.Locked locked = repository.lockToken(Tokens.normalize(token))
                .orElseThrow(() -> new NotFoundException("BallotToken", "(unknown)"));
        BallotSession session = locked.session();
        Ballot ballot = session.castBallot(locked.token(), ratings == null ? List.of() : ratings, reportIdsOf(session.campaignId()), comment);
        repository.saveBallot(ballot);
    }

    /** The session and campaign a token belongs to, for the ballot page; empty for an unknown token. */
    public Optional<BallotSession> sessionOfToken(String token) {
        return repository.sessionOfToken(Tokens.normalize(token));
    }

    @Transactional
    public BallotSession close(Caller caller, long sessionId) {
        return transition(caller, sessionId, "ballot.closed", BallotSession::close);
    }

    @Transactional
    public BallotSession release(Caller caller, long sessionId) {
        return transition(caller, sessionId, "ballot.released", BallotSession::release);
    }

    /** Deletes a TEST session with its tokens and ballots. A FORMAL session is never deleted. */
    @Transactional
    public void purge(Caller caller, long sessionId) {
        BallotSession session = manageable(caller, sessionId);
        session.requirePurgeable();
        repository.delete(sessionId);
        audit.record("ballot.purged", "BallotSession", sessionId, campaigns.find(session.campaignId()).hostOrganizationId(), session, null);
    }

    public BallotSession manageable(Caller caller, long sessionId) {
        BallotSession session = repository.find(sessionId).orElseThrow(() -> new NotFoundException("BallotSession", sessionId));
        campaigns.manageable(caller, session.campaignId());
        return session;
    }

    /** For the big screen: the session if the key in its URL matches. */
    public Optional<BallotSession> byScreenKey(long sessionId, String screenKey) {
        return repository.find(sessionId).filter(s -> java.security.MessageDigest.isEqual(
                s.screenKey().getBytes(java.nio.charset.StandardCharsets.UTF_8), String.valueOf(screenKey).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public List<BallotSession> sessions(long campaignId) {
        return repository.ofCampaign(campaignId);
    }

    /** The most recently opened session whose results were released, if any. */
    public Optional<BallotSession> releasedSession(long campaignId) {
        return repository.ofCampaign(campaignId).stream().filter(s -> s.status() == BallotSessionStatus.RELEASED).findFirst();
    }

    public SessionCount count(long sessionId) {
        return new SessionCount(repository.groups(sessionId), repository.turnout(sessionId), repository.gradeCounts(sessionId),
                repository.allGoodBallots(sessionId), repository.comments(sessionId));
    }

    public List<IssuedToken> tokens(long sessionId) {
        return repository.tokens(sessionId);
    }

    private BallotSession transition(Caller caller, long sessionId, String action, java.util.function.UnaryOperator<BallotSession> change) {
        manageable(caller, sessionId);
        BallotSession before = repository.lockSession(sessionId).orElseThrow();
        BallotSession after = change.apply(before);
        Instant now = clock.instant();
        repository.updateStatus(after, now);
        audit.record(action, "BallotSession", sessionId, campaigns.find(before.campaignId()).hostOrganizationId(),
                Map.of("status", before.status()), Map.of("status", after.status(), "turnout", repository.turnout(sessionId)));
        return after;
    }

    private Set<Long> reportIdsOf(long campaignId) {
        return reportIds.computeIfAbsent(campaignId, id -> Set.copyOf(campaigns.reports(id).stream().map(DutyReport::id).toList()));
    }

    private static void validate(List<SeatGroup> groups) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int total = 0;
        for (int i = 0; i < (groups == null ? 0 : groups.size()); i++) {
            SeatGroup g = groups.get(i);
            if (g.name() == null || g.name().isBlank() || g.name().length() > 100 || !names.add(g.name())) {
                problems.add(new FieldProblem("seats[" + i + "].group", "测评组名称不能为空或重复 / Group names must be present and distinct"));
            }
            if (g.weight() == null || g.weight().signum() <= 0) {
                problems.add(new FieldProblem("seats[" + i + "].weight", "权重须大于0 / Weight must be positive"));
            }
            if (g.seats() < 1) {
                problems.add(new FieldProblem("seats[" + i + "].count", "席位数至少为1 / At least one seat"));
            }
            total += Math.max(0, g.seats());
        }
        if (groups == null || groups.isEmpty() || total > MAX_SEATS) {
            problems.add(new FieldProblem("seats", "需要1至" + MAX_SEATS + "个席位 / Between 1 and " + MAX_SEATS + " seats"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("ballot.invalid-seats", "测评席位设置有误 / Invalid seats", problems);
        }
    }

    public record OpenedSession(long id, String fingerprint, List<IssuedToken> tokens) {
    }

    /** Everything counted in a session, for results and the big screen. */
    public record SessionCount(List<SeatGroup> groups, Map<String, Integer> turnoutByGroup, List<GradeCount> gradeCounts,
                               Map<String, Integer> allGoodByGroup, List<String> comments) {
        public int turnout() {
            return turnoutByGroup.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
