package io.shuzhi.commitment;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/commitments")
@Tag(name = "Commitments", description = "Commitments, progress, ratings and the fulfilment rate (承诺、践诺、评诺、兑现率)")
class CommitmentApiController {

    private final CommitmentService service;
    private final CommitmentQueries queries;
    private final ProgressEvidence evidence;

    CommitmentApiController(CommitmentService service, CommitmentQueries queries, ProgressEvidence evidence) {
        this.service = service;
        this.queries = queries;
        this.evidence = evidence;
    }

    @PostMapping
    @Operation(summary = "Make a commitment; value+comparator (and max for RANGE) make it quantified and judged automatically")
    ResponseEntity<CommitmentResponse> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CommitmentRequest r) {
        JudgedCommitment created = service.create(caller, new NewCommitment(r.organizationId(), r.owner(), r.text(),
                Target.ofNullable(r.value(), r.max(), r.unit(), r.comparator()), r.deadline(), r.period(),
                r.source(), r.sourceRef()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.commitment().id()).toUri();
        return ResponseEntity.created(location).body(CommitmentResponse.of(created));
    }

    @PostMapping("/adopt")
    @Operation(summary = "Adopt a commitment found in a report's MEASURES section (source MEASURES, sourceRef = the report)")
    ResponseEntity<CommitmentResponse> adopt(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CommitmentRequest r) {
        return ResponseEntity.status(201).body(CommitmentResponse.of(service.adopt(caller, r.organizationId(), r.text(), r.value(),
                r.max(), r.unit(), r.comparator(), r.deadline(), r.sourceRef())));
    }

    @GetMapping
    @Operation(summary = "Commitments in scope below organizationId (inclusive), deadlines in year when given")
    List<CommitmentResponse> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                                  @RequestParam(required = false) Integer year) {
        return queries.list(caller, organizationId, year).stream().map(CommitmentResponse::of).toList();
    }

    @GetMapping("/fulfilment")
    @Operation(summary = "兑现率 of the subtree's commitments with a deadline in year: rate = fulfilled / rated (null when nothing rated)")
    FulfilmentRate fulfilment(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam int year) {
        return queries.fulfilmentRate(caller, organizationId, year);
    }

    @GetMapping("/{id}")
    CommitmentResponse get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return CommitmentResponse.of(service.get(caller, id));
    }

    @GetMapping("/{id}/progress")
    List<Progress> progress(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.progress(caller, id);
    }

    @PostMapping(path = "/{id}/progress", consumes = "application/json")
    @Operation(summary = "Record the value reached so far (cumulative) and/or a note; answers with the re-judged commitment")
    CommitmentResponse recordProgress(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody ProgressRequest r) {
        return CommitmentResponse.of(service.recordProgress(caller, id, r.value(), r.note(), null));
    }

    @PostMapping(path = "/{id}/progress", consumes = "multipart/form-data")
    @Operation(summary = "Record progress with an evidence file (pdf, images, docx, xlsx, txt; checked by content)")
    CommitmentResponse recordProgressWithEvidence(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                                                  @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String note,
                                                  @RequestParam("file") org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        service.get(caller, id);
        String key = evidence.store(file.getOriginalFilename(), file.getSize(), file.getInputStream());
        return CommitmentResponse.of(service.recordProgress(caller, id, value, note, key));
    }

    @PostMapping("/{id}/rate")
    @Operation(summary = "评诺 by the organization department: BROKEN, or any status other than the automatic one, needs a reason")
    CommitmentResponse rate(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody RateRequest r) {
        return CommitmentResponse.of(service.rate(caller, id, r.status(), r.reason()));
    }

    record CommitmentRequest(@NotNull Long organizationId, @Size(max = 100) String owner, @NotBlank @Size(max = 2000) String text,
                             BigDecimal value, BigDecimal max, @Size(max = 20) String unit, Comparator comparator,
                             @NotNull LocalDate deadline, Period period, CommitmentSource source, @Size(max = 200) String sourceRef) {
    }

    record ProgressRequest(BigDecimal value, @Size(max = 2000) String note) {
    }

    record RateRequest(@NotNull CommitmentStatus status, @Size(max = 2000) String reason) {
    }

    record CommitmentResponse(long id, long organizationId, String owner, String text, BigDecimal value, BigDecimal max,
                              String unit, Comparator comparator, LocalDate deadline, Period period, CommitmentSource source,
                              CommitmentStatus status, boolean rated, String ratingReason, BigDecimal latestValue,
                              Instant lastProgressAt, Instant createdAt) {
        static CommitmentResponse of(JudgedCommitment j) {
            Commitment c = j.commitment();
            Target t = c.target();
            return new CommitmentResponse(c.id(), c.organizationId(), c.owner(), c.text(), t == null ? null : t.value(),
                    t == null ? null : t.max(), t == null ? null : t.unit(), t == null ? null : t.comparator(), c.deadline(),
                    c.period(), c.source(), j.status(), c.ratedStatus() != null, c.ratingReason(), c.latestValue(),
                    c.lastProgressAt(), c.createdAt());
        }
    }
}
